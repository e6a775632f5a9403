import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mirrorAvg, type AvgGraphic } from '../../lambda/screen/avg';
import type { Content } from '../../lambda/domain/content';
import { stretchFigureKey } from '../../lambda/screen/figure-key';
import type { CardSize } from './avg-to-png';
import { svgToAvg } from './svg-to-avg';

/** Where the hand-drawn figures live, one SVG per figure key. */
export const FIGURE_DIR = 'content/figures';

/** The generated, committed AVG for every figure, by key: the Lambda bundle imports it. */
export const FIGURES_JSON = 'content/figures.json';

/** Where the build writes card PNGs; dist/ is not committed. */
export const FIGURE_PNG_DIR = 'dist/figures';

/** The Alexa app's Standard card small image size: Amazon asks for about 720 by 480. */
export const CARD_SMALL_SIZE: CardSize = { width: 720, height: 480 };

/** The Alexa app's Standard card large image size: Amazon asks for about 1200 by 800. */
export const CARD_LARGE_SIZE: CardSize = { width: 1200, height: 800 };

/** The PNGs written for every card image, by the suffix on the file name: `<name>-small.png` and `<name>-large.png`. */
export const CARD_PNG_SIZES: Readonly<Record<'small' | 'large', CardSize>> = { small: CARD_SMALL_SIZE, large: CARD_LARGE_SIZE };

/** Every figure converted to AVG, by key (the file name without .svg), in key order so the JSON is stable. */
export function loadFigures(dir = FIGURE_DIR): Record<string, AvgGraphic> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.svg'))
    .sort();
  return Object.fromEntries(
    files.map((name) => [name.slice(0, -'.svg'.length), svgToAvg(join(dir, name), readFileSync(join(dir, name), 'utf8'))]),
  );
}

/** The committed JSON text for these figures. */
export function renderFiguresJson(figures: Readonly<Record<string, AvgGraphic>>): string {
  return `${JSON.stringify(figures, null, 2)}\n`;
}

/**
 * Every card image to write, by PNG name: each figure as drawn, and the left side (mirrored) of each two-sided
 * stretch as "<key>-left".
 */
export function cardImages(figures: Readonly<Record<string, AvgGraphic>>, content: Content): Map<string, AvgGraphic> {
  const images = new Map(Object.entries(figures));
  for (const stretch of content.stretches) {
    const key = stretchFigureKey(stretch.id);
    const figure = figures[key];
    if (figure && stretch.dose.bothSides) images.set(`${key}-left`, mirrorAvg(figure));
  }
  return images;
}
