import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_INTENTS, SLOTS } from '../../lambda/alexa/intents';
import { recordingAlexa } from '../support/recording-alexa';

/** One natural phrasing, the intent it means, and the slot ids (or the number) it should fill. */
interface Phrasing {
  intent: string;
  slots?: Record<string, string>;
  text: string;
}

/**
 * The development set: phrasings written the way a stranger would talk,
 * before the grammar was measured against them. The grammar grows by
 * mechanisms (carriers, cores, vocabularies), never by pasting these in.
 */
const PHRASINGS = JSON.parse(readFileSync('tests/interaction-model/dev-phrasings.json', 'utf8')) as Phrasing[];

/** Slots as the engine reads them: ItHurts without a symptom means pain (see request-event.ts). */
function meaning(intent: string, slots: Record<string, string>): string {
  const read = intent === CUSTOM_INTENTS.itHurts ? { [SLOTS.symptom]: 'pain', ...slots } : slots;
  return JSON.stringify(Object.entries(read).sort());
}

describe('the development set of natural phrasings (virtual-alexa, committed en-US model)', () => {
  it('has at least 300 phrasings, for every intent that takes samples', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(300);
  });

  it('reaches the right intent and slots for at least 90% of them', async () => {
    const { hear } = recordingAlexa();
    const misses: string[] = [];
    for (const { intent, slots = {}, text } of PHRASINGS) {
      let heard = 'no sample matched';
      try {
        const reached = await hear(text);
        heard = `${reached.intent ?? 'no intent'} ${JSON.stringify(reached.slots)}`;
        if (reached.intent === intent && meaning(intent, reached.slots) === meaning(intent, slots)) continue;
      } catch (error) {
        if (!String(error).includes('Unable to match')) throw error;
      }
      misses.push(`"${text}": ${heard}, not ${intent} ${JSON.stringify(slots)}`);
    }
    const share = (PHRASINGS.length - misses.length) / PHRASINGS.length;
    console.info(
      `dev set: ${(share * 100).toFixed(1)}% of ${PHRASINGS.length} reach the right intent and slots; misses:\n${misses.join('\n')}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
