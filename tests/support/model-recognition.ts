import { SLOT_TYPES } from '../../lambda/alexa/intents';
import { INTENT_SLOTS, type InteractionModel } from '../../tools/interaction-model/build-model';
import type { IntentName } from '../../tools/interaction-model/utterances';
import { recordingAlexa } from './recording-alexa';

/** A built-in slot's value as said in the model's language, and as Alexa sends it. */
export interface SpokenValue {
  readonly phrase: string;
  readonly id: string;
}

/**
 * Every sample of the model said once through virtual-alexa, each slot filled with the next value of its type in
 * turn (so every value is used and thousands of samples stay quick), and what did not reach its own intent with
 * the expected ids: a sample that another intent's sample (or virtual-alexa's own built-in phrases) shadows, which
 * the duplicate check cannot see.
 */
export async function misheardSamples(
  model: InteractionModel,
  locale: string,
  builtins: { readonly score: SpokenValue; readonly time: SpokenValue },
): Promise<string[]> {
  const { hear } = recordingAlexa(locale);
  const { intents, types } = model.interactionModel.languageModel;
  const valueFor = (type: string, n: number): SpokenValue | undefined => {
    if (type === SLOT_TYPES.score) return builtins.score;
    if (type === SLOT_TYPES.time) return builtins.time;
    const values = types.find((t) => t.name === type)?.values ?? [];
    const value = values[n % Math.max(values.length, 1)];
    return value ? { id: value.id, phrase: value.name.value } : undefined;
  };
  const wrong: string[] = [];
  for (const intent of intents) {
    let turn = 0;
    for (const sample of intent.samples) {
      let said = sample;
      const expected: Record<string, string> = {};
      for (const slot of intent.slots ?? []) {
        if (!said.includes(`{${slot.name}}`)) continue;
        const value = valueFor(slot.type, turn);
        said = said.replace(`{${slot.name}}`, value?.phrase ?? '');
        if (value) expected[slot.name] = value.id;
      }
      turn += 1;
      const heard = await hear(said);
      if (heard.intent !== intent.name || JSON.stringify(heard.slots) !== JSON.stringify(expected)) {
        wrong.push(`"${said}" reached ${heard.intent} ${JSON.stringify(heard.slots)}, not ${intent.name} ${JSON.stringify(expected)}`);
      }
    }
  }
  return wrong;
}

/** Every value and synonym of each intent's slot type, said in its carrier phrase, that did not resolve to its id. */
export async function misheardSynonyms(
  model: InteractionModel,
  locale: string,
  carriers: Partial<Record<IntentName, string>>,
): Promise<string[]> {
  const { hear } = recordingAlexa(locale);
  const { types } = model.interactionModel.languageModel;
  const wrong: string[] = [];
  for (const [intent, carrier] of Object.entries(carriers)) {
    const slot = INTENT_SLOTS[intent as IntentName]?.[0];
    if (!slot) throw new Error(`${intent} has no slot`);
    for (const value of types.find((t) => t.name === slot.type)?.values ?? []) {
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const said = carrier.replace(`{${slot.name}}`, phrase);
        const heard = await hear(said);
        if (heard.intent !== intent || heard.slots[slot.name] !== value.id)
          wrong.push(`"${said}" -> ${heard.intent} ${JSON.stringify(heard.slots)}`);
      }
    }
  }
  return wrong;
}
