import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { intend, say, sayAll, startConversation } from '../support/conversation';
import { createTestHandler } from '../support/skill';
import { createVirtualAlexa, type SkillHandler } from '../support/virtual-alexa';

const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
const SITTING = "When you're sitting down, say next.";
const LYING = "When you're lying on your back, say next.";
const FOR_LEFT_SIDE = "Say next when you're ready for your left side.";
const FOR_HAMSTRING = "Next up: the lying hamstring stretch with a band. Say next when you're ready.";
const OFFER_FIGURE_FOUR = 'You were on the lying figure four, right side, in the bedtime routine.';
const PICK_UP_FIGURE_FOUR = /^Let's pick up where you left off: the lying figure four, right side\. Lie on your back/;

/** The bedtime routine, sitting, on the right side of stretch one (the seated calf stretch with a band). */
async function onRightSide(va: VirtualAlexa = startConversation()): Promise<VirtualAlexa> {
  expect((await say(va, 'start my bedtime routine')).text.endsWith(SITTING)).toBe(true);
  expect((await say(va, 'next')).text).toMatch(/^We'll start with your right side\./);
  return va;
}

/** A user who stopped the bedtime routine with two stretches done, and has just opened the skill again. */
async function atResumeOffer(): Promise<VirtualAlexa> {
  const va = await onRightSide();
  await sayAll(va, ['next', 'next', 'next', 'next']);
  expect((await say(va, 'stop')).open).toBe(false);
  const again = await say(va, 'open sciatica stretches');
  expect(again.text).toBe(`${EN.welcome} ${OFFER_FIGURE_FOUR} ${EN.promptResumeOffer}`);
  return va;
}

describe('the same words mean what the moment needs', () => {
  it.each(["ok I'm ready", 'next one please', "I've finished that one", 'done', 'go on', 'ok done'])(
    'mid-routine, "%s" moves on to the next side',
    async (utterance) => {
      const moved = await say(await onRightSide(), utterance);
      expect(moved.text).toMatch(/^Now your left side\. Loop the band around your left foot/);
      expect(moved.text.endsWith(`That's your left side done. ${FOR_HAMSTRING}`)).toBe(true);
    },
  );

  it.each(["I'm ready", "ok I'm ready", "I'm sitting down now"])('getting into position, "%s" starts the first side', async (utterance) => {
    const va = startConversation();
    await say(va, 'start my bedtime routine');
    expect((await say(va, utterance)).text).toMatch(/^We'll start with your right side\./);
  });

  it.each(['yeah', 'sure', "sure let's go", "let's do it", 'go on then', 'okay'])(
    'at "Shall we do the quick relief routine?", "%s" starts it',
    async (utterance) => {
      const va = startConversation();
      expect((await say(va, 'open sciatica stretches')).text.endsWith(OFFER)).toBe(true);
      const started = await say(va, utterance);
      expect(started.text).toMatch(/^This short, gentle routine is for a flare up/);
      expect(started.text).toContain('Stretch one of three: the seated figure four.');
    },
  );

  it.each(['wait a minute', 'I need a break', 'hang on', 'give me a minute'])('mid-routine, "%s" pauses', async (utterance) => {
    const paused = await say(await onRightSide(), utterance);
    expect(paused.text).toBe(`${EN.paused} ${EN.promptResume}`);
    expect(paused.open).toBe(true);
  });

  it.each(['can you say that again', 'say that one more time please', 'what was that'])(
    'mid-routine, "%s" replays the side',
    async (utterance) => {
      const again = await say(await onRightSide(), utterance);
      expect(again.text).toMatch(/^We'll start with your right side\. Sit on the floor/);
      expect(again.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
    },
  );

  it.each(['what do I do now', 'what can I say'])('mid-routine, "%s" gets the commands and the same prompt', async (utterance) => {
    const help = await say(await onRightSide(), utterance);
    expect(help.text.startsWith(EN.helpRoutine)).toBe(true);
    expect(help.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
  });
});

describe('questions people ask mid-routine', () => {
  it.each(['which side am I on', 'where am I', 'where are we up to'])(
    '"%s" names the stretch, the side and the count',
    async (utterance) => {
      const where = await say(await onRightSide(), utterance);
      expect(where.text).toBe(`You're on the seated calf stretch with a band, right side: stretch one of three. ${FOR_LEFT_SIDE}`);
    },
  );

  it('"where am I" while getting into position says so', async () => {
    const va = startConversation();
    await say(va, 'start my bedtime routine');
    expect((await say(va, 'where am I')).text).toBe(`You're getting into position for the seated calf stretch with a band. ${SITTING}`);
  });

  it.each(["I don't have a band", "I haven't got a strap"])('"%s" on a band stretch offers a stand-in, or a skip', async (utterance) => {
    const noBand = await say(await onRightSide(), utterance);
    expect(noBand.text).toMatch(
      /^If you have no band, a towel or a belt works just as well\. Or say skip to move on to the next stretch\./,
    );
    expect(noBand.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
  });

  it('"I don\'t have a band" before a routine names the routines that need none, and keeps the offer', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const noBand = await say(va, "I don't have a band");
    expect(noBand.text).toMatch(/^That's fine: the .+ routines? needs? no band\./);
    expect(noBand.text).toContain('quick relief');
    expect(noBand.text.endsWith(OFFER)).toBe(true);
    expect((await say(va, 'yes')).text).toMatch(/^This short, gentle routine is for a flare up/);
  });

  it.each(['this is too easy', "I can't feel anything"])(
    '"%s" gets a kind answer that never pushes, and the routine waits',
    async (utterance) => {
      const va = await onRightSide();
      const easy = await say(va, utterance);
      expect(easy.text).toBe(`${EN.tooEasy.join(' ')} ${FOR_LEFT_SIDE}`);
      expect(easy.text).not.toMatch(/further|deeper|harder|push yourself/i);
      expect((await say(va, 'next')).text).toMatch(/^Now your left side\./);
    },
  );
});

describe('a question never drops an offer', () => {
  it.each([
    ['how many are left', /^You're on stretch three of three\. This is the last one\./],
    ['what is this for', /^The lying figure four\. This stretches /],
    ['help', /^I'll guide you through short stretch routines/],
    ['repeat', /^You were on the lying figure four, right side, in the bedtime routine\./],
    ['where am I', /^You're on the lying figure four, right side: stretch three of three\./],
  ])('at the resume offer, "%s" is answered, the offer is asked again, and "yes" picks up the saved place', async (utterance, answer) => {
    const va = await atResumeOffer();
    const answered = await say(va, utterance);
    expect(answered.text).toMatch(answer);
    expect(answered.text.endsWith(EN.promptResumeOffer)).toBe(true);
    expect(answered.open).toBe(true);
    expect((await say(va, 'yes')).text).toMatch(PICK_UP_FIGURE_FOUR);
  });

  it('at the resume offer, "how did I do this week" gives the summary and asks again; "sure" carries on', async () => {
    const va = await atResumeOffer();
    const summary = await say(va, 'how did I do this week');
    expect(summary.text).toMatch(/^This week you stretched once, on one day/);
    expect(summary.text.endsWith(EN.promptResumeOffer)).toBe(true);
    expect(summary.open).toBe(true);
    expect((await say(va, 'sure')).text).toMatch(PICK_UP_FIGURE_FOUR);
  });

  it('at the resume offer, "carry on" accepts it like "yes"', async () => {
    expect((await say(await atResumeOffer(), 'carry on')).text).toMatch(PICK_UP_FIGURE_FOUR);
  });

  it('at the pain question, "help" and "what is this for" are answered and the question is asked again; "four" is noted', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    await say(va, 'turn on pain check ins');
    expect((await say(va, 'start my bedtime routine')).text.endsWith(EN.promptPainBefore)).toBe(true);
    for (const utterance of ['help', 'what is this for']) {
      const answered = await say(va, utterance);
      expect(answered.text.endsWith(EN.promptPainBefore)).toBe(true);
      expect(answered.reprompt).toBe(EN.repromptPain);
    }
    const noted = await say(va, 'four');
    expect(noted.text).toMatch(/^Thanks\. Four it is\. Stretch one of three: the seated calf stretch with a band\./);
  });

  it('at "Shall we do the quick relief routine?", "how many routines are there" lists them and the offer stays', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const listed = await say(va, 'what routines are there');
    expect(listed.text).toMatch(/^There are five routines: quick relief, with three stretches/);
    expect((await say(va, 'yes please')).text).toMatch(/^This short, gentle routine is for a flare up/);
  });
});

describe('not understood', () => {
  it('one miss says what can be said now; two in a row offer help; then the routine carries on', async () => {
    const va = await onRightSide();
    const first = await intend(va, 'AMAZON.FallbackIntent');
    expect(first.text).toBe(`${EN.notUnderstood} ${FOR_LEFT_SIDE}`);
    const second = await intend(va, 'AMAZON.FallbackIntent');
    expect(second.text.startsWith(`${EN.stillNotUnderstood} ${EN.helpRoutine}`)).toBe(true);
    expect(second.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
    expect(second.open).toBe(true);
    expect((await say(va, 'next')).text).toMatch(/^Now your left side\./);
  });

  it('a miss, then something understood, then a miss: the count starts again', async () => {
    const va = await onRightSide();
    await intend(va, 'AMAZON.FallbackIntent');
    await say(va, 'where am I');
    expect((await intend(va, 'AMAZON.FallbackIntent')).text).toBe(`${EN.notUnderstood} ${FOR_LEFT_SIDE}`);
  });

  it('a stretch name nobody knows gets a kind answer with examples, and the place is kept', async () => {
    const va = await onRightSide();
    const answer = await intend(va, 'StartStretchIntent', { stretch: 'purple monkey' });
    expect(answer.text).toMatch(/^Sorry, I don't know a stretch called purple monkey\. You could try the /);
    expect(answer.open).toBe(true);
    expect((await say(va, 'next')).text).toMatch(/^Now your left side\./);
  });
});

describe('the weekly summary', () => {
  it('asked after opening the skill: the summary, then the routine offer, and the session stays open', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const summary = await say(va, 'how did I do this week');
    expect(summary.text.startsWith(EN.summary.nothingThisWeek[0] ?? '')).toBe(true);
    expect(summary.text.endsWith(OFFER)).toBe(true);
    expect(summary.open).toBe(true);
    expect((await say(va, 'yes')).text).toMatch(/^This short, gentle routine is for a flare up/);
  });

  it('asked in one breath ("ask sciatica stretches to give me my weekly summary"): the summary, and the session ends', async () => {
    const summary = await say(startConversation(), 'ask sciatica stretches to give me my weekly summary');
    expect(summary.text.startsWith(EN.summary.nothingThisWeek[0] ?? '')).toBe(true);
    expect(summary.open).toBe(false);
  });

  it('stopping after one side is not a session: the summary still says none this week', async () => {
    const va = await onRightSide();
    await say(va, 'stop');
    await say(va, 'open sciatica stretches');
    const summary = await say(va, 'how did I do this week');
    expect(summary.text.startsWith(EN.summary.nothingThisWeek[0] ?? '')).toBe(true);
  });
});

describe('pause and resume', () => {
  /** A conversation whose clock moves only when the test moves it. */
  function withClock(): { va: VirtualAlexa; wait: (ms: number) => void } {
    let now = Date.parse('2026-11-30T08:00:00Z');
    const handler = createTestHandler({ SPEECH_RENDERER: 'apla' }, { clock: () => new Date(now) });
    return { va: createVirtualAlexa(handler as SkillHandler, 'en-US'), wait: (ms) => (now += ms) };
  }

  it('a pause long after the side was heard moves on: resume names the next side', async () => {
    const { va, wait } = withClock();
    await onRightSide(va);
    await say(va, 'next');
    wait(5 * 60_000);
    await say(va, 'pause');
    const resumed = await say(va, 'resume');
    expect(resumed.text).toMatch(
      /^Let's pick up where you left off: the lying hamstring stretch with a band, right side\. Lie on your back/,
    );
    expect(resumed.text.endsWith(LYING)).toBe(true);
  });

  it('"Alexa, pause" said over the side replays that side on resume', async () => {
    const { va, wait } = withClock();
    await onRightSide(va);
    await say(va, 'next');
    wait(5_000);
    await say(va, 'pause');
    const resumed = await say(va, 'resume');
    expect(resumed.text).toMatch(/^Let's pick up where you left off: the seated calf stretch with a band, left side\. Sit on the floor/);
    expect(resumed.text.endsWith(SITTING)).toBe(true);
    const replayed = await say(va, 'next');
    expect(replayed.text).toMatch(/^Now your left side\. Loop the band around your left foot/);
    expect(replayed.text.endsWith(`That's your left side done. ${FOR_HAMSTRING}`)).toBe(true);
  });
});
