import type { AvgGraphic, AvgItem } from '../../lambda/screen/avg';

/**
 * AVG back to SVG markup: for the card PNGs (through resvg) and for the simulator's screen preview (in a browser),
 * so both draw exactly the paths an Echo Show gets. No Node APIs: the preview page bundles this file.
 */

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  pathData: 'd',
  fill: 'fill',
  fillOpacity: 'fill-opacity',
  stroke: 'stroke',
  strokeOpacity: 'stroke-opacity',
  strokeWidth: 'stroke-width',
  strokeLineCap: 'stroke-linecap',
  strokeLineJoin: 'stroke-linejoin',
};

function itemSvg(item: AvgItem): string {
  if (item.type === 'group') {
    const transform = `translate(${item.translateX ?? 0} ${item.translateY ?? 0}) scale(${item.scaleX ?? 1} ${item.scaleY ?? 1})`;
    return `<g transform="${transform}">${item.items.map(itemSvg).join('')}</g>`;
  }
  // AVG paths are unfilled unless they say otherwise; SVG paths are filled black, so say "none" explicitly.
  const attributes = Object.entries({ fill: 'none', ...item })
    .filter(([key]) => key in ATTRIBUTE_NAMES)
    .map(([key, value]) => `${ATTRIBUTE_NAMES[key]}="${String(value)}"`);
  return `<path ${attributes.join(' ')}/>`;
}

/** The items of a graphic as SVG elements, in the graphic's own coordinates. */
export function avgItemsSvg(items: readonly AvgItem[]): string {
  return items.map(itemSvg).join('');
}

/** A whole graphic as an SVG document that scales to its box, keeping its proportions. */
export function avgSvg(graphic: AvgGraphic): string {
  const { viewportWidth, viewportHeight } = graphic;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${viewportWidth} ${viewportHeight}" preserveAspectRatio="xMidYMid meet">${avgItemsSvg(graphic.items)}</svg>`;
}
