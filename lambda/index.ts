import routines from '../content/routines.json';
import stretches from '../content/stretches.json';
import { loadConfig } from './config';
import { loadContent } from './domain/content';
import { createSkillHandler, type SkillHandler } from './alexa/skill';

/**
 * The composition root: configuration, content and logging are wired once
 * per cold start, and every invocation reuses them.
 */
export const handler: SkillHandler = createSkillHandler({
  config: loadConfig(),
  content: loadContent(stretches, routines),
  log: (summary) => console.error(JSON.stringify(summary)),
});
