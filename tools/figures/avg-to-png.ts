import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import type { AvgGraphic, AvgItem } from '../../lambda/screen/avg';

/**
 * Renders AVG back through SVG to a PNG for Alexa app cards. Rendering from the AVG, not the source SVG, means a
 * card shows exactly the drawing (and the mirroring) that an Echo Show gets.
 */

/** The card image background: white, so the dark stroke has strong contrast in the Alexa app's light cards. */
export const CARD_BACKGROUND = '#ffffff';

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

/** The graphic as SVG text. */
export function avgToSvg(graphic: AvgGraphic): string {
  const { width, height, viewportWidth, viewportHeight } = graphic;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${viewportWidth} ${viewportHeight}">${graphic.items.map(itemSvg).join('')}</svg>`;
}

/** The graphic drawn `size` pixels wide on {@link CARD_BACKGROUND}, as resvg's raw image. */
export function renderAvg(graphic: AvgGraphic, size: number): RenderedImage {
  // Figures have no text, so skipping the system font scan changes nothing but the time it takes.
  const svg = new Resvg(avgToSvg(graphic), {
    fitTo: { mode: 'width', value: size },
    background: CARD_BACKGROUND,
    font: { loadSystemFonts: false },
  });
  return svg.render();
}

/** The graphic as a square PNG `size` pixels wide on {@link CARD_BACKGROUND}. */
export function avgPng(graphic: AvgGraphic, size: number): Buffer {
  return renderAvg(graphic, size).asPng();
}
