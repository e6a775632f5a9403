import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import routines from '../../content/routines.json';
import stretches from '../../content/stretches.json';
import { loadContent } from '../../lambda/domain/content-validation';
import { avgPng } from './avg-to-png';
import { CARD_PNG_SIZES, cardImages, FIGURE_PNG_DIR, FIGURES_JSON, loadFigures, renderFiguresJson } from './figure-set';
import { FigureSubsetError } from './svg-to-avg';

/**
 * `npm run figures`: converts content/figures/*.svg to the committed AVG JSON and renders each card image into
 * dist/figures at the Standard card's small and large sizes. With `--check` it writes nothing and exits 1 if the
 * committed JSON is out of date, as `npm run model -- --check` does for the interaction model.
 */
function main(): void {
  let figures;
  try {
    figures = loadFigures();
  } catch (error) {
    // A figure outside the subset is the artist's to fix: the message names the file and element, so skip the stack.
    if (!(error instanceof FigureSubsetError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const json = renderFiguresJson(figures);
  if (process.argv.includes('--check')) {
    const current = readFileSync(FIGURES_JSON, 'utf8') === json;
    console.log(current ? `${FIGURES_JSON} is up to date` : `${FIGURES_JSON} is out of date: run npm run figures`);
    process.exit(current ? 0 : 1);
  }
  writeFileSync(FIGURES_JSON, json);
  mkdirSync(FIGURE_PNG_DIR, { recursive: true });
  const images = cardImages(figures, loadContent(stretches, routines));
  const sizes = Object.entries(CARD_PNG_SIZES);
  for (const [name, graphic] of images) {
    for (const [suffix, size] of sizes) writeFileSync(join(FIGURE_PNG_DIR, `${name}-${suffix}.png`), avgPng(graphic, size));
  }
  const count = images.size * sizes.length;
  console.log(`wrote ${FIGURES_JSON} (${Object.keys(figures).length} figures) and ${count} PNGs in ${FIGURE_PNG_DIR}`);
}

main();
