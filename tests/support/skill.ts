import type { ResponseEnvelope } from 'ask-sdk-model';
import { inject } from 'vitest';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { composeSkill, type SkillOverrides } from '../../lambda/compose-skill';
import { loadConfig, type Config } from '../../lambda/config';
import { mergeRecords } from '../../lambda/domain/progress';
import type { LogEvent } from '../../lambda/log';
import { createMemoryProgressRepository } from '../../lambda/storage/memory-progress-repository';
import { content } from './content';

/** Events the skill logged, for tests that check what is (not) logged. */
export const logged: LogEvent[] = [];

/** The table the tests share on DynamoDB Local; every test uses its own user ids. */
export const TEST_TABLE = 'sciatica-stretches-test';

/** The configuration the tests run with: DynamoDB Local from the global setup, plus `env`. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: TEST_TABLE, ...env });
}

/**
 * The real skill handler from the composition root, over DynamoDB Local,
 * configured from `env` like the Lambda is; its log goes to {@link logged}.
 */
export function createTestHandler(env: Record<string, string> = {}, overrides: SkillOverrides = {}): SkillHandler {
  return composeSkill(
    { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: TEST_TABLE, ...env },
    { log: (event) => logged.push(event), ...overrides },
  );
}

/**
 * The real skill handler from the composition root over the in-memory
 * repository: no database and no Java, for the unit project.
 */
export function createMemoryHandler(env: Record<string, string> = {}, overrides: SkillOverrides = {}): SkillHandler {
  const now = overrides.clock ?? ((): Date => new Date());
  const repository = createMemoryProgressRepository({ now, merge: (stored, incoming) => mergeRecords(stored, incoming, content) });
  return composeSkill(env, { log: (event) => logged.push(event), repository, ...overrides });
}

/** An APL-A component as the skill sends them. */
export interface AplaItem {
  readonly type: string;
  readonly content?: string;
  readonly duration?: number;
  readonly source?: string;
}

/** The components of every APL-A document in a response, in playing order. */
export function aplaItems(envelope: ResponseEnvelope): AplaItem[] {
  return (envelope.response.directives ?? []).flatMap(
    (directive) =>
      (directive as { document?: { mainTemplate?: { item?: { items?: AplaItem[] } } } }).document?.mainTemplate?.item?.items ?? [],
  );
}

/** Every SSML string in a response: outputSpeech, reprompt, and APL-A Speech components. */
export function ssmlOf(envelope: ResponseEnvelope): { speech: string[]; reprompt: string | null } {
  const response = envelope.response;
  const speech: string[] = [];
  const output = response.outputSpeech;
  if (output?.type === 'SSML') speech.push(output.ssml);
  for (const item of aplaItems(envelope)) if (item.type === 'Speech' && item.content) speech.push(item.content);
  const reprompt = response.reprompt?.outputSpeech;
  return { speech, reprompt: reprompt?.type === 'SSML' ? reprompt.ssml : null };
}

/** The words Alexa says in a response, markup removed, for readable assertions. */
export function spokenText(envelope: ResponseEnvelope): string {
  return ssmlOf(envelope)
    .speech.map((ssml) => ssml.replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
