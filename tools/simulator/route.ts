import type { VirtualAlexa } from 'virtual-alexa';
import { normalizeSpoken } from '../../lambda/alexa/slots';
import { languageOf } from '../../lambda/domain/language';
import { launchPatterns } from './launch-phrases';

/** What the simulator sent for a typed line, for the dimmed trace under "you>". */
export interface Routed {
  readonly response: unknown;
  readonly note?: string;
}

const WAKE_WORD = /^alexa[, ]+/;

/** True when a typed line reaches the skill with no session open: a launch phrase or a one-shot, in the locale's language. */
export function opensSkill(typed: string, locale = 'en-US'): boolean {
  const text = normalizeSpoken(typed).replace(WAKE_WORD, '');
  const { launch, oneShot } = launchPatterns(languageOf(locale));
  return launch.test(text) || oneShot.test(text);
}

/**
 * Sends one typed line the way Alexa would route it: a launch phrase opens
 * the skill, "ask sciatica stretches to ..." is a one-shot, what the model
 * matches goes to its intent, and anything the model cannot match goes to
 * AMAZON.FallbackIntent, as it does on a device.
 */
export async function route(va: VirtualAlexa, typed: string, locale = 'en-US'): Promise<Routed> {
  const text = normalizeSpoken(typed).replace(WAKE_WORD, '');
  const { launch, oneShot } = launchPatterns(languageOf(locale));
  if (launch.test(text)) return { response: await va.launch() };
  const request = oneShot.exec(text)?.[1] ?? text;
  try {
    return { response: await va.utter(request) };
  } catch (error) {
    if (!(error instanceof Error) || !/Unable to match utterance/i.test(error.message)) throw error;
    return { response: await va.intend('AMAZON.FallbackIntent'), note: 'no sample matches: sent AMAZON.FallbackIntent' };
  }
}
