import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { readSession } from '../../lambda/conversation/session-codec';
import { content } from '../support/content';
import { intent, launch, newUserId } from '../support/envelopes';
import { responseProblems } from '../support/response-checks';
import { createTestHandler } from '../support/skill';
import { envelopeProblems, flakyRepository, moveArb, screenArb } from './fuzz-support';
import { aplDirective } from '../support/apl-screen';

/** Thousands of turns in all; each run is one session of random requests. */
const SESSIONS = 1000;

describe('fuzzing the real handler (property-based)', () => {
  it('random intent sequences with random slots, storage faults, screens and languages: every response is valid, playable and consistent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(moveArb, { minLength: 1, maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        screenArb,
        fc.constantFrom('en-US', 'en-GB', 'es-US', 'es-ES'),
        async (moves, faults, screen, locale) => {
          const handler = createTestHandler({}, { repository: flakyRepository(faults) });
          const userId = newUserId();
          let attributes: Record<string, unknown> | undefined;
          for (const move of moves) {
            const request: RequestEnvelope = move({ userId, screen, locale, ...(attributes ? { attributes } : {}) });
            const response = await handler(request);
            expect(envelopeProblems(response)).toEqual([]);
            if (request.request.type === 'SessionEndedRequest') {
              expect(response.response.outputSpeech).toBeUndefined();
              attributes = undefined;
              continue;
            }
            expect(await responseProblems(response)).toEqual([]);
            const shown = aplDirective(response)?.datasources.payload.screen;
            // A screen only for a device that can show one, and then one with something on it.
            if (screen === undefined || screen.dpi <= 0) expect(shown).toBeUndefined();
            else expect(shown?.title).toBeTruthy();
            expect(readSession(response.sessionAttributes, content).tampered).toBe(false);
            attributes = response.response.shouldEndSession === false ? response.sessionAttributes : undefined;
          }
        },
      ),
      { numRuns: SESSIONS },
    );
  }, 300_000);

  it('random and mutated session attributes never crash the skill, and what it writes back is always valid', async () => {
    const handler = createTestHandler({}, { repository: flakyRepository([]) });
    const started = await handler(intent('StartRoutineIntent', { routine: 'bedtime' }, { userId: newUserId() }));
    const valid = started.sessionAttributes ?? {};
    const mutated = fc.tuple(fc.constantFrom('routine', 'sync', 'v'), fc.jsonValue()).map(([key, value]) => ({ ...valid, [key]: value }));
    const junk = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, junk), moveArb, async (attributes, move) => {
        const response: ResponseEnvelope = await handler(move({ userId: newUserId(), attributes }));
        expect(envelopeProblems(response)).toEqual([]);
        if (response.response.outputSpeech) expect(await responseProblems(response)).toEqual([]);
        // A session that goes on must carry state the skill can read back; an ended one carries nothing forward.
        if (response.response.shouldEndSession === false) expect(readSession(response.sessionAttributes, content).tampered).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('malformed and truncated envelopes get a valid spoken answer, never a crash', async () => {
    const handler = createTestHandler({}, { repository: flakyRepository([]) });
    const whole = JSON.stringify(launch({ userId: newUserId() }));
    const truncated = fc.integer({ min: 0, max: whole.length }).map((cut) => {
      try {
        return JSON.parse(whole.slice(0, cut) + '}'.repeat(6)) as unknown;
      } catch {
        return whole.slice(0, cut);
      }
    });
    const withHoles = fc
      .tuple(fc.constantFrom('request', 'session', 'context', 'version'), fc.anything())
      .map(([key, value]) => ({ ...(JSON.parse(whole) as Record<string, unknown>), [key]: value }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), truncated, withHoles), async (event) => {
        const response = await handler(event);
        expect(envelopeProblems(response)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});
