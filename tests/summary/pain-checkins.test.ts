import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { content } from '../support/content';
import { createTestHandler } from '../support/skill';
import { storedFor } from '../persistence/harness';
import { cardText, QUICK_RELIEF_STEPS, Speaker, type Reply } from './summary-harness';

const ON = "Okay. I'll ask about your pain before and after each routine. Say turn off pain check-ins to stop.";
const OFF = "Okay. I won't ask about your pain any more.";
const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
/** The quick relief intro, as spoken: what it is, its measured length, what to have at hand, the warm-up. */
const INTRO = new RegExp(
  `^${content.routine('quick-relief')?.intro} It takes about [a-z ]+ minutes\\. You'll need a chair and a mat\\. .*${EN.warmUp}`.replace(
    /\?/g,
    '\\?',
  ),
);
const BEFORE = 'Before we start: on a scale of zero to ten, how is your pain right now? Or say skip.';
const AFTER = 'Before you go: on a scale of zero to ten, how is your pain now? Or say skip.';
const REPROMPT = 'How is your pain, from zero to ten? You can also say skip.';
const STRETCH_ONE = /^Stretch one of three: the seated figure four\. /;
const CLOSING = `That's the end of the quick relief routine. Well done: you did three stretches. ${EN.finishedAdvice.join(' ')}`;
const ON_A_CHAIR = "When you're sitting on your chair, say next.";

/** A new user who launched and said "turn on pain check-ins"; the session is then left behind. */
async function withCheckins(): Promise<{ speaker: Speaker; on: Reply }> {
  const speaker = new Speaker(createTestHandler());
  await speaker.launch();
  const on = await speaker.say('PainCheckinsOnIntent');
  return { speaker, on };
}

/** "Alexa, ask sciatica stretches to start the quick relief routine": a new session. */
const startQuickRelief = (speaker: Speaker): Promise<Reply> => speaker.oneShot('StartRoutineIntent', { routine: 'quick relief' });

/** Says "next" through the remaining sides of quick relief to its last side (cat cow); returns the last answer. */
async function toLastSide(speaker: Speaker): Promise<Reply> {
  let reply: Reply | undefined;
  for (let side = 2; side <= QUICK_RELIEF_STEPS.length; side += 1) reply = await speaker.nextSide();
  if (!reply) throw new Error('no sides');
  return reply;
}

/** The question as asked: its exact words (or, after the intro, its ending), its reprompt, and the session left open for the answer. */
function expectQuestion(reply: Reply, text: string, intro = false): void {
  if (intro) {
    expect(reply.text).toMatch(INTRO);
    expect(reply.text.endsWith(` ${text}`)).toBe(true);
  } else expect(reply.text).toBe(text);
  expect(reply.reprompt).toBe(REPROMPT);
  expect(reply.open).toBe(true);
}

describe('pain check-ins, through the real handler and DynamoDB Local', () => {
  it('"turn on pain check-ins" is kept, and the next session asks after the routine intro, before the first stretch', async () => {
    const { speaker, on } = await withCheckins();
    expect(on.text).toBe(`${ON} ${OFFER}`);
    expect(on.open).toBe(true);
    expect((await storedFor(speaker.userId)).profile).toMatchObject({ painCheckins: true, disclaimerHeard: true });

    expect((await speaker.launch()).text).toBe(`Welcome to Sciatica Stretches. ${OFFER}`);
    const asked = await speaker.say('AMAZON.YesIntent');
    expectQuestion(asked, BEFORE, true);
    const stored = await storedFor(speaker.userId);
    expect(stored.records).toEqual([]);
    expect(stored.active).toBeNull();
  });

  it('"4" before and "2" after: each is noted, the routine runs between them, and the record keeps both', async () => {
    const { speaker } = await withCheckins();
    expectQuestion(await startQuickRelief(speaker), BEFORE, true);

    const four = await speaker.say('PainScoreIntent', { score: '4' });
    expect(four.text).toMatch(/^Thanks\. Four it is\. Stretch one of three: the seated figure four\. /);
    expect(four.text.endsWith(ON_A_CHAIR)).toBe(true);
    expect(four.open).toBe(true);
    expect((await speaker.next()).text.endsWith("That's your right side done. Say next when you're ready for your left side.")).toBe(true);
    expect((await storedFor(speaker.userId)).active?.point).toMatchObject({
      done: QUICK_RELIEF_STEPS.slice(0, 1),
      pain: { before: 4, after: null },
    });

    expect((await toLastSide(speaker)).text.endsWith(EN.promptFinishRoutine)).toBe(true);
    expectQuestion(await speaker.nextSide(), AFTER);

    const two = await speaker.say('PainScoreIntent', { score: '2' });
    expect(two.text).toBe(`Thanks. Two it is. ${CLOSING}`);
    expect(two.open).toBe(false);
    const stored = await storedFor(speaker.userId);
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0]).toMatchObject({ done: QUICK_RELIEF_STEPS, completed: true, pain: { before: 4, after: 2 } });
    expect(stored.active).toBeNull();
  });

  it('"skip" at the question: no score this time, and stretch one starts', async () => {
    const { speaker } = await withCheckins();
    await startQuickRelief(speaker);
    const skipped = await speaker.say('SkipIntent');
    expect(skipped.text.startsWith(`${EN.painSkipped} Stretch one of three: the seated figure four. `)).toBe(true);
    expect(skipped.open).toBe(true);
    await speaker.next();
    const stored = await storedFor(speaker.userId);
    expect(stored.active?.point).toMatchObject({ done: QUICK_RELIEF_STEPS.slice(0, 1), pain: { before: null, after: null } });
    expect(stored.records[0]?.pain).toEqual({ before: null, after: null });
  });

  it.each([
    ['"15"', 'PainScoreIntent', { score: '15' }],
    ['something not understood', 'AMAZON.FallbackIntent', {}],
  ])('"eleven" is asked once more; then %s lets the routine go on without a score', async (_, second, slots) => {
    const { speaker } = await withCheckins();
    await startQuickRelief(speaker);
    expectQuestion(await speaker.say('PainScoreIntent', { score: '11' }), `Sorry, I need a whole number from zero to ten. ${BEFORE}`);

    const goesOn = await speaker.say(second, slots);
    expect(goesOn.text.startsWith(`${EN.painSkipped} `)).toBe(true);
    expect(goesOn.text.slice(EN.painSkipped.length + 1)).toMatch(STRETCH_ONE);
    expect(goesOn.open).toBe(true);
    await speaker.next();
    expect((await storedFor(speaker.userId)).active?.point.pain).toEqual({ before: null, after: null });
  });

  it('silence at the question: the reprompt, then a session end that saves nothing, and a later launch starts clean', async () => {
    const { speaker } = await withCheckins();
    expectQuestion(await startQuickRelief(speaker), BEFORE, true);

    const ended = await speaker.timeout();
    expect(ended.text).toBe('');
    const stored = await storedFor(speaker.userId);
    expect(stored.records).toEqual([]);
    expect(stored.active).toBeNull();
    expect(stored.profile).toMatchObject({ painCheckins: true, disclaimerHeard: true, timesDone: {} });

    const later = await speaker.launch();
    expect(later.text).toBe(`Welcome to Sciatica Stretches. ${OFFER}`);
    expect(later.open).toBe(true);
  });

  it('"turn off pain check-ins": kept, and the next routine starts with stretch one', async () => {
    const { speaker } = await withCheckins();
    await speaker.launch();
    const off = await speaker.say('PainCheckinsOffIntent');
    expect(off.text).toBe(`${OFF} ${OFFER}`);
    expect(off.open).toBe(true);
    expect((await storedFor(speaker.userId)).profile.painCheckins).toBe(false);

    const start = await startQuickRelief(speaker);
    expect(start.text).toMatch(INTRO);
    expect(start.text).toContain(' Stretch one of three: the seated figure four. ');
    expect(start.text).not.toContain('scale of zero to ten');
    expect(start.text.endsWith(ON_A_CHAIR)).toBe(true);
  });

  it('with check-ins, the weekly summary gives the pain averages instead of the invitation to track pain', async () => {
    const { speaker } = await withCheckins();
    await startQuickRelief(speaker);
    await speaker.inPosition(await speaker.say('PainScoreIntent', { score: '4' }));
    await toLastSide(speaker);
    await speaker.nextSide();
    expect((await speaker.say('PainScoreIntent', { score: '2' })).open).toBe(false);

    const summary = await speaker.oneShot('WeeklySummaryIntent');
    expect(summary.text).toBe(
      'This week you stretched once, on one day: five minutes of stretching, and three stretches in all. ' +
        "Last week you had none, so that's a step up. For prevention, three to five times a week is a good aim: two more sessions would get you there. " +
        'Your pain averaged four out of ten before stretching, and two after.',
    );
    expect(summary.open).toBe(false);
    expect(cardText(summary)).toContain('\nPain (0 to 10): 4 before, 2 after (1 check-in)\n');
  });
});
