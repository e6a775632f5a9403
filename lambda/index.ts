import { randomUUID } from 'node:crypto';
import routines from '../content/routines.json';
import stretches from '../content/stretches.json';
import { createSkillHandler, type SkillHandler } from './alexa/skill';
import { loadConfig } from './config';
import { loadContent } from './domain/content';
import { createProgressRepository } from './storage/create-repository';

const config = loadConfig();
const clock = (): Date => new Date();
const content = loadContent(stretches, routines);

/**
 * The composition root: configuration, content, storage, clock and ids are
 * wired once per cold start, and every invocation reuses them.
 */
export const handler: SkillHandler = createSkillHandler({
  config,
  content,
  repository: createProgressRepository(config, clock, content),
  log: (summary) => console.error(JSON.stringify(summary)),
  clock,
  newId: randomUUID,
});
