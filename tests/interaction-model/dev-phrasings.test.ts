import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpokenNumber } from '../../lambda/alexa/slots';
import { CUSTOM_INTENTS, SLOTS } from '../../lambda/alexa/intents';
import { createVirtualAlexa } from '../support/virtual-alexa';

/** One natural phrasing, the intent it means, and the slot ids (or the number) it should fill. */
interface Phrasing {
  intent: string;
  slots?: Record<string, string>;
  text: string;
}

interface Sent {
  request?: {
    intent?: {
      name: string;
      slots?: Record<string, { value?: string; resolutions?: { resolutionsPerAuthority?: { values?: { value: { id: string } }[] }[] } }>;
    };
  };
}

/**
 * The development set: phrasings written the way a stranger would talk,
 * before the grammar was measured against them. The grammar grows by
 * mechanisms (carriers, cores, vocabularies), never by pasting these in.
 */
const PHRASINGS = JSON.parse(readFileSync('tests/interaction-model/dev-phrasings.json', 'utf8')) as Phrasing[];

/** The slots a request carries: resolved ids, and a number slot as its number. */
function slotsOf(sent: Sent | undefined): Record<string, string> {
  const slots = sent?.request?.intent?.slots ?? {};
  return Object.fromEntries(
    Object.entries(slots).flatMap(([name, slot]) => {
      if (name === SLOTS.score) {
        const score = parseSpokenNumber(slot.value);
        return score === null ? [] : [[name, String(score)]];
      }
      const id = slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id;
      return id === undefined ? [] : [[name, id]];
    }),
  );
}

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
    const sent: Sent[] = [];
    const va = createVirtualAlexa(async (event) => {
      sent.push(event as Sent);
      return { version: '1.0', response: { shouldEndSession: false } };
    });
    const misses: string[] = [];
    for (const { intent, slots = {}, text } of PHRASINGS) {
      sent.length = 0;
      let heard = 'no sample matched';
      try {
        await va.utter(text);
        const reached = sent.at(-1)?.request?.intent?.name;
        heard = `${reached ?? 'no intent'} ${JSON.stringify(slotsOf(sent.at(-1)))}`;
        if (reached === intent && meaning(intent, slotsOf(sent.at(-1))) === meaning(intent, slots)) continue;
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
