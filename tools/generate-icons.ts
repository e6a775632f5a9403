import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * Renders the skill's icons (108 and 512 pixels square, as the Alexa app asks)
 * from one committed drawing, so the two sizes never drift apart and a change
 * to the icon is a reviewable change to an SVG.
 */

/** Where the ASK skill package keeps images; skill.json names them as file://assets/images/... */
export const ICON_DIR = 'interaction-model/assets/images';

/**
 * The drawing both icons are rendered from. It sits beside this script rather
 * than in {@link ICON_DIR} because the whole assets folder is uploaded with the
 * skill package, and the source has no business there.
 */
export const ICON_SOURCE = join(import.meta.dirname, 'skill-icon.svg');

/** The two icons and their sizes in pixels, by file name. */
export const ICONS = { 'small-icon.png': 108, 'large-icon.png': 512 } as const;

/** Renders {@link ICON_SOURCE} as a square PNG `size` pixels wide. */
export function iconPng(size: number): Buffer {
  // The drawing has no text, so skipping the system font scan changes nothing but the time it takes.
  const svg = new Resvg(readFileSync(ICON_SOURCE), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return svg.render().asPng();
}

if (process.argv[1]?.endsWith('generate-icons.ts')) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const [name, size] of Object.entries(ICONS)) writeFileSync(join(ICON_DIR, name), iconPng(size));
  console.log(`wrote ${Object.keys(ICONS).join(', ')} in ${ICON_DIR} from ${ICON_SOURCE}`);
}
