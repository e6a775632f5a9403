import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mirrorAvg, type AvgGraphic } from '../../lambda/screen/avg';
import type { Content } from '../../lambda/domain/content';
import { stretchFigureKey } from '../../lambda/screen/figure-key';
import { svgToAvg } from './svg-to-avg';

/** Where the hand-drawn figures live, one SVG per figure key. */
export const FIGURE_DIR = 'content/figures';

/** The generated, committed AVG for every figure, by key: the Lambda bundle imports it. */
export const FIGURES_JSON = 'content/figures.json';

/** Where the build writes card PNGs; dist/ is not committed. */
export const FIGURE_PNG_DIR = 'dist/figures';

/** Card image size in pixels: large enough for the Alexa app's large card image (720 wide and up). */
export const CARD_PNG_SIZE = 720;

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
