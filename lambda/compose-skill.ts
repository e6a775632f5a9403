import { randomUUID } from 'node:crypto';
import { createSkillHandler, type SkillHandler } from './alexa/skill';
import { loadConfig } from './config';
import { bundledContent, bundledFigures } from './bundled-content';
import { consoleLog, type Log } from './log';
import { ENGLISH_VOCABULARY } from './alexa/slot-vocabulary';
import { SPANISH_VOCABULARY } from './alexa/vocabulary-es';
import { EN } from './speech/catalogues/en';
import { ES } from './speech/catalogues/es';
import { createProgressRepository } from './storage/create-repository';
import type { ProgressRepository } from './storage/progress-repository';

/** What a caller may swap: storage (to inject faults or keep it in memory), the clock, run ids, where logs go. */
export interface SkillOverrides {
  readonly repository?: ProgressRepository;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  readonly log?: Log;
}

/**
 * The composition root: configuration from `env`, the content, storage,
 * clock, ids and log, wired once. Lambda (lambda/index.ts), the tests, the
 * simulator, the load test and the benchmarks all build the skill here, so
 * what they run is what Lambda runs.
 * @throws ConfigError or ContentError at once, naming what is wrong
 */
export function composeSkill(env: Readonly<Record<string, string | undefined>>, overrides: SkillOverrides = {}): SkillHandler {
  const config = loadConfig(env);
  const content = bundledContent('en');
  const clock = overrides.clock ?? ((): Date => new Date());
  return createSkillHandler({
    config,
    languages: {
      en: { content, catalogue: EN, vocabulary: ENGLISH_VOCABULARY },
      es: { content: bundledContent('es'), catalogue: ES, vocabulary: SPANISH_VOCABULARY },
    },
    figures: bundledFigures(),
    repository: overrides.repository ?? createProgressRepository(config, clock, content),
    log: overrides.log ?? consoleLog,
    clock,
    newId: overrides.newId ?? randomUUID,
  });
}
