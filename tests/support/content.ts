import esRoutines from '../../content/es/routines.json';
import esStretches from '../../content/es/stretches.json';
import routines from '../../content/routines.json';
import stretches from '../../content/stretches.json';
import type { Content } from '../../lambda/domain/content';
import { loadContent } from '../../lambda/domain/content-validation';

/** The real content, validated the way the skill loads it. */
export const content: Content = loadContent(stretches, routines);

/** The raw content files, for tests that break them on purpose. */
export const rawContent = { stretches, routines } as const;

/** The Spanish content (content/es), validated the same way. */
export const spanishContent: Content = loadContent(esStretches, esRoutines);
