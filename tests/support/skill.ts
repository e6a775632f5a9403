import type { ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../lambda/config';
import { createSkillHandler, type SkillHandler } from '../../lambda/alexa/skill';
import { content } from './content';

/** Error summaries the skill logged, for tests that check what is (not) logged. */
export const logged: Record<string, string>[] = [];

/** The real skill handler over the real content, configured from `env` like the Lambda is. */
export function createTestHandler(env: Record<string, string> = {}): SkillHandler {
  return createSkillHandler({ config: loadConfig(env), content, log: (summary) => logged.push(summary) });
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
