import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { speechMs } from '../../lambda/speech/timeline';
import { aplaItems, ssmlOf } from './skill';

/** Alexa's limits for one response. */
export const LIMITS = { audioMs: 240_000, textChars: 8000, breakMs: 10_000, audioTags: 5, repromptMs: 90_000 } as const;

const SOUND_MS = 1200;

/** Estimated playing time of some SSML: speech at Alexa's pace plus every break and sound. */
export function ssmlMs(ssml: string): number {
  const breaks = [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const sounds = (ssml.match(/<audio /g) ?? []).length * SOUND_MS;
  return breaks + sounds + speechMs(ssml.replace(/<[^>]+>/g, ' '));
}

/** Estimated playing time of a whole response: outputSpeech and every APL-A component. */
export function responseMs(envelope: ResponseEnvelope): number {
  const { speech } = ssmlOf(envelope);
  const silences = aplaItems(envelope).map((i) => (i.type === 'Silence' ? (i.duration ?? 0) : i.type === 'Audio' ? SOUND_MS : 0));
  return speech.reduce((sum, s) => sum + ssmlMs(s), 0) + silences.reduce((a, b) => a + b, 0);
}

/**
 * Everything that makes a response unplayable or unkind, as readable problems:
 * invalid SSML, a break over 10 s, too long to play, too much text, or an
 * open session with no reprompt.
 */
export async function responseProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  const { speech, reprompt } = ssmlOf(envelope);
  for (const ssml of [...speech, ...(reprompt ? [reprompt] : [])]) {
    const errors = await check(ssml, { platform: 'amazon' });
    if (errors) problems.push(`invalid SSML ${JSON.stringify(errors)} in ${ssml.slice(0, 200)}`);
    for (const m of ssml.matchAll(/<break time="(\d+)ms"\/>/g)) {
      if (Number(m[1]) > LIMITS.breakMs) problems.push(`break of ${m[1]} ms`);
    }
    if ((ssml.match(/<audio /g) ?? []).length > LIMITS.audioTags) problems.push('more than 5 audio tags');
  }
  if (speech.length === 0) problems.push('nothing is spoken');
  const ms = responseMs(envelope);
  if (ms > LIMITS.audioMs) problems.push(`about ${Math.round(ms / 1000)} s of audio`);
  const chars = speech.join('').length;
  if (chars > LIMITS.textChars) problems.push(`${chars} characters of speech`);
  if (envelope.response.shouldEndSession === false && !reprompt) problems.push('the session stays open with no reprompt');
  if (reprompt && ssmlMs(reprompt) > LIMITS.repromptMs) problems.push('reprompt over 90 s');
  return problems;
}
