import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { recordingAlexa, type Heard } from '../support/recording-alexa';

const phrasingsSchema = z.object({
  functions: z.record(
    z.string(),
    z.array(z.object({ text: z.string(), slots: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  ),
});

/**
 * The held-out sets: natural phrasings by function, written by people who
 * never saw the interaction model, never used to tune it item by item.
 * - The first set's misses were once handed to the grammar's author as
 *   categories of phrasing (never as items), so it is partly seen; it must
 *   reach 90 percent.
 * - The second set was written afterwards by someone else and has never been
 *   shown to the grammar's author: it measures how far the grammar
 *   generalises. Its floor guards against regressions; it is not a target to
 *   tune towards.
 */
const SETS = [
  { file: 'held-out-phrasings.json', floor: 0.9 },
  { file: 'held-out-2-phrasings.json', floor: 0.6 },
] as const;

/** Alexa ends the session itself on "exit" and tells the skill so: a stop, done by Alexa. */
const USER_ENDED = 'SessionEndedRequest:USER_INITIATED';

/**
 * The intents that carry out each function. Where the engine gives several
 * intents one meaning at that moment, each of them is right: "next", "carry
 * on" and "yes" all move on mid-routine and all accept an offer; a stop and a
 * cancel both end the session.
 */
const INTENTS_FOR: Readonly<Record<string, readonly string[]>> = {
  next: [BUILTIN_INTENTS.next, BUILTIN_INTENTS.resume, BUILTIN_INTENTS.yes],
  agree: [BUILTIN_INTENTS.yes, BUILTIN_INTENTS.next, BUILTIN_INTENTS.resume],
  decline: [BUILTIN_INTENTS.no],
  repeat: [BUILTIN_INTENTS.repeat],
  previous: [BUILTIN_INTENTS.previous],
  pause: [BUILTIN_INTENTS.pause],
  resume: [BUILTIN_INTENTS.resume, BUILTIN_INTENTS.next],
  'start-over': [BUILTIN_INTENTS.startOver],
  skip: [CUSTOM_INTENTS.skip],
  easier: [CUSTOM_INTENTS.easier],
  'too-easy': [CUSTOM_INTENTS.tooEasy],
  'more-detail': [CUSTOM_INTENTS.moreDetail],
  'how-many-left': [CUSTOM_INTENTS.howManyLeft],
  'what-is-this-for': [CUSTOM_INTENTS.whatIsThisFor],
  'where-am-i': [CUSTOM_INTENTS.whereAmI],
  'no-band': [CUSTOM_INTENTS.noEquipment],
  'list-routines': [CUSTOM_INTENTS.listRoutines],
  'start-routine': [CUSTOM_INTENTS.startRoutine],
  'start-stretch': [CUSTOM_INTENTS.startStretch],
  'hurts-pain': [CUSTOM_INTENTS.itHurts],
  'hurts-numbness': [CUSTOM_INTENTS.itHurts],
  emergency: [CUSTOM_INTENTS.itHurts],
  'see-doctor': [CUSTOM_INTENTS.itHurts],
  help: [BUILTIN_INTENTS.help],
  stop: [BUILTIN_INTENTS.stop, BUILTIN_INTENTS.cancel, USER_ENDED],
  'weekly-summary': [CUSTOM_INTENTS.weeklySummary],
  'pain-score': [CUSTOM_INTENTS.painScore],
  'checkins-on': [CUSTOM_INTENTS.painCheckinsOn],
  'checkins-off': [CUSTOM_INTENTS.painCheckinsOff],
  'set-default': [CUSTOM_INTENTS.setDefault],
  'delete-history': [CUSTOM_INTENTS.deleteHistory],
};

/** Slots whose absence is a right answer: "it hurts" with no symptom is pain. */
const ABSENT_MEANS: Readonly<Record<string, string>> = { symptom: 'pain' };

/** What an utterance reaches: the intent (or Alexa's own ending of the session) and the slots, or nothing. */
async function reach(
  hear: (utterance: string) => Promise<Heard>,
  utterance: string,
): Promise<{ intent: string | null; slots: Record<string, string> }> {
  try {
    const heard = await hear(utterance);
    if (heard.type === 'SessionEndedRequest') return { intent: `SessionEndedRequest:${heard.reason ?? ''}`, slots: {} };
    return { intent: heard.intent ?? null, slots: heard.slots };
  } catch {
    return { intent: null, slots: {} };
  }
}

describe('held-out phrasings reach the right intent and slot', () => {
  it.each(SETS)(
    '$file: at least $floor of them, across every function',
    async ({ file, floor }) => {
      const heldOut = phrasingsSchema.parse(JSON.parse(readFileSync(`tests/interaction-model/${file}`, 'utf8')));
      const { hear } = recordingAlexa();
      const misses: string[] = [];
      let total = 0;
      for (const [fn, phrasings] of Object.entries(heldOut.functions)) {
        const intents = INTENTS_FOR[fn];
        expect(intents, `no intents for the function ${fn}`).toBeDefined();
        for (const { text, slots = {} } of phrasings) {
          total += 1;
          const got = await reach(hear, text);
          const slotsRight = Object.entries(slots).every(([name, want]) => String(got.slots[name] ?? ABSENT_MEANS[name]) === String(want));
          if (!got.intent || !intents?.includes(got.intent) || !slotsRight)
            misses.push(`${fn}: "${text}" -> ${got.intent ?? 'nothing'} ${JSON.stringify(got.slots)}`);
        }
      }
      const share = (total - misses.length) / total;
      console.info(`${file}: ${total - misses.length} of ${total} (${(share * 100).toFixed(1)} percent) reach the right intent and slot`);
      expect(share).toBeGreaterThanOrEqual(floor);
    },
    600_000,
  );
});
