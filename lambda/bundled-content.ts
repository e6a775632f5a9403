import esRoutines from '../content/es/routines.json';
import esStretches from '../content/es/stretches.json';
import figures from '../content/figures.json';
import routines from '../content/routines.json';
import stretches from '../content/stretches.json';
import type { Content } from './domain/content';
import { loadContent } from './domain/content-validation';
import type { Language } from './domain/language';
import type { AvgGraphic } from './screen/avg';

/** Each language's content files, as JSON: the English at the top of content/, the Spanish in content/es. */
const SOURCES: Readonly<Record<Language, { readonly stretches: unknown; readonly routines: unknown }>> = {
  en: { stretches, routines },
  es: { stretches: esStretches, routines: esRoutines },
};

/**
 * A language's content, validated. Run from source (tests, the simulator),
 * this validates the files on every call. The Lambda bundle replaces this
 * module with the content exactly as the build validated it (see
 * `prevalidatedContent` in tools/lambda-build-options.ts), so a cold start
 * neither builds nor runs the content schema.
 */
export function bundledContent(language: Language = 'en'): Content {
  const source = SOURCES[language];
  return loadContent(source.stretches, source.routines);
}

/**
 * The stretch figures as Alexa Vector Graphics, by key. `npm run figures` writes the file from the SVGs in
 * content/figures, checking each against the AVG subset, and a test keeps it in step with them.
 */
export function bundledFigures(): Readonly<Record<string, AvgGraphic>> {
  return figures as unknown as Readonly<Record<string, AvgGraphic>>;
}
