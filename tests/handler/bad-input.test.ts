import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { intent, launch, SKILL_ID } from '../support/envelopes';
import { createTestHandler, logged, spokenText } from '../support/skill';

const handler = createTestHandler({ SPEECH_RENDERER: 'ssml' });

/** Where the routine stands in a response's session attributes: the plan, the side, what is done, the storage bookkeeping. */
const placeOf = (response: ResponseEnvelope): unknown => {
  const { routine, sync } = response.sessionAttributes as { routine: Record<string, unknown>; sync: unknown };
  return { plan: routine.plan, step: routine.step, done: routine.done, question: routine.question, sync };
};

/** The bedtime routine, its first side played. */
async function startedBedtime(): Promise<ResponseEnvelope> {
  const moving = await handler(intent('StartRoutineIntent', { routine: 'bedtime' }));
  return handler(intent('AMAZON.NextIntent', {}, { attributes: moving.sessionAttributes }));
}

describe('bad input gets a clear spoken answer and loses nothing', () => {
  it('an unknown routine name is named back, and the routines are offered', async () => {
    const response = await handler(intent('StartRoutineIntent', { routine: 'hot yoga' }));
    expect(spokenText(response)).toContain("Sorry, I don't have a routine called hot yoga.");
    expect(spokenText(response)).toContain('quick relief routine');
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('an unknown stretch name mid-routine keeps the routine where it was', async () => {
    const started = await startedBedtime();
    const response = await handler(intent('StartStretchIntent', { stretch: 'the splits' }, { attributes: started.sessionAttributes }));
    expect(spokenText(response)).toContain("Sorry, I don't know a stretch called the splits.");
    expect(spokenText(response)).toContain("Say next when you're ready for your left side.");
    expect(placeOf(response)).toEqual(placeOf(started));
  });

  it('an empty stretch slot asks which stretch', async () => {
    const response = await handler(intent('StartStretchIntent'));
    expect(spokenText(response)).toMatch(
      /Which stretch would you like\? You could try the seated figure four, the cat cow, or the lying figure four\./,
    );
  });

  it('an empty routine slot ("start my stretches") starts the suggested routine', async () => {
    const response = await handler(intent('StartRoutineIntent'));
    expect(spokenText(response)).toContain('Stretch one of three: the seated figure four.');
  });

  it('an intent the skill does not know gets "didn\'t catch that" and the current prompt', async () => {
    const started = await startedBedtime();
    const response = await handler(intent('SomeNewIntent', {}, { attributes: started.sessionAttributes }));
    expect(spokenText(response)).toBe("Sorry, I didn't catch that. Say next when you're ready for your left side.");
    expect(placeOf(response)).toEqual(placeOf(started));
  });

  it('tampered session attributes restart safely with a clear sentence', async () => {
    const started = await startedBedtime();
    const attributes = structuredClone(started.sessionAttributes) as { routine: { step: number } };
    attributes.routine.step = 999;
    for (const tampered of [
      attributes,
      { v: 1, routine: 'hello' },
      { v: 99 },
      { routine: { plan: { routineId: 'x', stretchIds: ['nope'] } } },
    ]) {
      const response = await handler(intent('AMAZON.NextIntent', {}, { attributes: tampered }));
      expect(spokenText(response)).toMatch(
        /^Sorry, I lost track of where we were, so let's start fresh\. .*Shall we do the quick relief routine\?/,
      );
      expect(response.response.shouldEndSession).toBe(false);
      expect(response.sessionAttributes).toMatchObject({ v: 3, routine: { plan: null } });
    }
  });

  it.each([
    ['no request', { version: '1.0' }],
    ['a request with no type', { version: '1.0', request: {} }],
    ['an IntentRequest with no intent', { version: '1.0', request: { type: 'IntentRequest', requestId: 'r' } }],
    ['a truncated envelope', JSON.parse(JSON.stringify({ version: '1.0', request: { type: 'IntentRequest', intent: { name: 42 } } }))],
    ['null', null],
    ['a string', 'hello'],
  ])('a malformed envelope (%s) gets a spoken apology, not a crash', async (_name, event) => {
    const response = await handler(event);
    expect(spokenText(response)).toContain("Sorry, I didn't catch that.");
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('an unexpected failure inside a handler speaks kindly and keeps the session attributes', async () => {
    const started = await startedBedtime();
    const broken = intent('AMAZON.NextIntent', {}, { attributes: started.sessionAttributes });
    const intentObject = (broken.request as { intent: unknown }).intent;
    let reads = 0;
    Object.defineProperty(broken.request, 'intent', {
      get() {
        reads += 1;
        if (reads > 1) throw new Error('boom');
        return intentObject;
      },
    });
    const response = await handler(broken);
    expect(spokenText(response)).toContain('Sorry, something went wrong on my side.');
    expect(placeOf(response)).toEqual(placeOf(started));
    expect(logged.at(-1)).toEqual({ event: 'handler-error', name: 'Error' });
    expect(JSON.stringify(logged)).not.toContain('boom');
  });

  it('refuses requests for another skill when SKILL_ID is set, and serves its own', async () => {
    const guarded = createTestHandler({ SKILL_ID });
    await expect(guarded(launch({ skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555' }))).rejects.toThrow(/another skill/);
    await expect(guarded({ version: '1.0', request: { type: 'LaunchRequest' } })).rejects.toThrow(/another skill/);
    expect(spokenText(await guarded(launch()))).toContain('Welcome to Sciatica Stretches.');
  });

  it('a SKILL_ID that is not a skill id fails at start-up, naming the variable', () => {
    expect(() => createTestHandler({ SKILL_ID: 'my-skill' })).toThrow(/SKILL_ID must look like amzn1\.ask\.skill/);
    expect(() => createTestHandler({ SPEECH_RENDERER: 'mp3' })).toThrow(/SPEECH_RENDERER must be one of apla, ssml/);
  });
});
