import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import type { AvgGraphic } from '../../lambda/screen/avg';
import { avgItemsSvg } from './avg-svg';

/**
 * Renders AVG back through SVG to a PNG for Alexa app cards. Rendering from the AVG, not the source SVG, means a
 * card shows exactly the drawing (and the mirroring) that an Echo Show gets.
 */

/** The card image background: white, so the dark stroke has strong contrast in the Alexa app's light cards. */
export const CARD_BACKGROUND = '#ffffff';

/** A card image's size in pixels. */
export interface CardSize {
  readonly width: number;
  readonly height: number;
}

/** Space kept clear above and below the figure, as a share of the card height, so no stroke touches the card's edge. */
export const CARD_MARGIN = 0.05;

/**
 * The graphic framed for a card of `size`: scaled to fit the height less {@link CARD_MARGIN} (and the width too, should a
 * figure ever be wider than the card), and centred. Cards are wider than the square figures, so the sides stay blank.
 */
function cardSvg(graphic: AvgGraphic, size: CardSize): string {
  const { viewportWidth, viewportHeight } = graphic;
  const { width, height } = size;
  const margin = height * CARD_MARGIN;
  const scale = Math.min((height - 2 * margin) / viewportHeight, (width - 2 * margin) / viewportWidth);
  const x = (width - viewportWidth * scale) / 2;
  const y = (height - viewportHeight * scale) / 2;
  const items = avgItemsSvg(graphic.items);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g transform="translate(${x} ${y}) scale(${scale})">${items}</g></svg>`;
}

/** The graphic as a card of `size` on {@link CARD_BACKGROUND}, as resvg's raw image. */
export function renderAvg(graphic: AvgGraphic, size: CardSize): RenderedImage {
  // Figures have no text, so skipping the system font scan changes nothing but the time it takes.
  const svg = new Resvg(cardSvg(graphic, size), { background: CARD_BACKGROUND, font: { loadSystemFonts: false } });
  return svg.render();
}

/** The graphic as a PNG card of `size` on {@link CARD_BACKGROUND}. */
export function avgPng(graphic: AvgGraphic, size: CardSize): Buffer {
  return renderAvg(graphic, size).asPng();
}
