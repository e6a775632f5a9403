import type { VirtualAlexa } from 'virtual-alexa';
import { normalizeSpoken } from '../../lambda/alexa/slots';
import { INVOCATION_NAME } from '../interaction-model/build-model';

/** What the simulator sent for a typed line, for the dimmed trace under "you>". */
export interface Routed {
  readonly response: unknown;
  readonly note?: string;
}

const WAKE_WORD = /^alexa[, ]+/;
const LAUNCH = new RegExp(`^(open|start|launch|load|begin|run|play) ${INVOCATION_NAME}$`);
/** "ask sciatica stretches to ...", "tell sciatica stretches ...": the rest is the request, in the current session or a new one. */
const ONE_SHOT = new RegExp(`^(ask|tell) ${INVOCATION_NAME} (?:(?:to|for|about|if|whether|that) )?(.+)$`);

/** True when a typed line reaches the skill with no session open: a launch phrase or an "ask sciatica stretches to ..." one-shot. */
export function opensSkill(typed: string): boolean {
  const text = normalizeSpoken(typed).replace(WAKE_WORD, '');
  return LAUNCH.test(text) || ONE_SHOT.test(text);
}

/**
 * Sends one typed line the way Alexa would route it: a launch phrase opens
 * the skill, "ask sciatica stretches to ..." is a one-shot, what the model
 * matches goes to its intent, and anything the model cannot match goes to
 * AMAZON.FallbackIntent, as it does on a device.
 */
export async function route(va: VirtualAlexa, typed: string): Promise<Routed> {
  const text = normalizeSpoken(typed).replace(WAKE_WORD, '');
  if (LAUNCH.test(text)) return { response: await va.launch() };
  const request = ONE_SHOT.exec(text)?.[2] ?? text;
  try {
    return { response: await va.utter(request) };
  } catch (error) {
    if (!(error instanceof Error) || !/Unable to match utterance/i.test(error.message)) throw error;
    return { response: await va.intend('AMAZON.FallbackIntent'), note: 'no sample matches: sent AMAZON.FallbackIntent' };
  }
}
