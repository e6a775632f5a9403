import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledContent } from '../lambda/bundled-content';
import type { Content } from '../lambda/domain/content';
import { ContentError } from '../lambda/domain/content-validation';
import { languageOf, type Language } from '../lambda/domain/language';
import { buildInteractionModel, LOCALES, renderModel } from './interaction-model/build-model';
import { NAME_FREE_INTERACTION } from './interaction-model/name-free';

/** Where the ASK CLI expects each locale's model, relative to the repository root. */
export const MODEL_DIR = 'interaction-model/interactionModels/custom';

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function loadOrExit(language: Language): Content {
  try {
    return bundledContent(language);
  } catch (error) {
    // A content mistake is the author's to fix: name the field, skip the stack.
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Writes `interaction-model/interactionModels/custom/<locale>.json` for every
 * locale from the content of its language (content/ for English, content/es
 * for Spanish). With `--check` it writes nothing and exits 1 if a committed
 * file differs, so CI catches a content edit without `npm run model`. With
 * `--name-free` the English models also carry the name-free launch phrases,
 * for a live skill that Amazon has made eligible for them (they are English
 * phrases, and only en-* skills get them).
 */
function main(): void {
  const check = process.argv.includes('--check');
  const nameFree = process.argv.includes('--name-free');
  const root = join(import.meta.dirname, '..');
  const contents = new Map<Language, Content>();
  const stale: string[] = [];
  let wrote = false;
  for (const locale of LOCALES) {
    const relative = `${MODEL_DIR}/${locale}.json`;
    const path = join(root, relative);
    const language = languageOf(locale);
    const content = contents.get(language) ?? loadOrExit(language);
    contents.set(language, content);
    const model = buildInteractionModel(content, locale);
    const text = renderModel(
      nameFree && language === 'en'
        ? { interactionModel: { ...model.interactionModel, _nameFreeInteraction: NAME_FREE_INTERACTION } }
        : model,
    );
    if (readIfExists(path) === text) continue;
    if (check) {
      stale.push(relative);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${relative}`);
      wrote = true;
    }
  }
  for (const relative of stale) console.error(`${relative} is out of date: run npm run model`);
  if (stale.length > 0) process.exit(1);
  if (stale.length === 0 && !wrote) console.log('interaction models are up to date');
}

main();
