import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { intend, say, sayAll, startConversation, type Heard } from '../support/conversation';

const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
const CHOOSE_AGAIN = 'Which routine would you like: quick relief, bedtime, seated, floor, or all nine?';
const HELP_ROUTINE = `${EN.helpRoutine} ${EN.helpWakeWord} ${EN.helpAdvice}`;
const FOR_LEFT_SIDE = "Say next when you're ready for your left side.";
const FOR_LEFT_SIDE_AGAIN = "When you're ready for your left side, say next. Or say stop to finish.";
const SITTING_AGAIN = "Say next when you're sitting down. If you need more time, say pause.";

async function launched(): Promise<VirtualAlexa> {
  const va = startConversation();
  await say(va, 'open sciatica stretches');
  return va;
}

/** The bedtime routine, on the right side of stretch one. */
async function midStretch(): Promise<VirtualAlexa> {
  const va = startConversation();
  await sayAll(va, ['start my bedtime routine', 'next']);
  return va;
}

describe('help', () => {
  it('"help" at launch explains the skill and offers the routines', async () => {
    const help = await say(await launched(), 'help');
    expect(help.text).toBe(
      `I'll guide you through short stretch routines for sciatica, one stretch and one side at a time, with timed holds. ` +
        `You can also ask how you did this week, turn on pain check-ins, say make bedtime my default, or delete my history. ` +
        `${EN.helpWakeWord} ${EN.helpAdvice} ${OFFER}`,
    );
    expect(help.open).toBe(true);
    expect(help.reprompt).toBe(CHOOSE_AGAIN);
  });

  it('"help" then "yes" at launch starts the offered routine', async () => {
    const va = await launched();
    await say(va, 'help');
    const started = await say(va, 'yes');
    expect(started.text).toMatch(/^This short, gentle routine is for a flare up/);
    expect(started.text).toContain('Stretch one of three: the seated figure four. This stretches your buttock and the outside of your hip');
  });

  it('"help" mid-stretch lists the commands and ends with the current prompt, keeping the session open', async () => {
    const help = await say(await midStretch(), 'help');
    expect(help.text).toBe(`${HELP_ROUTINE} ${FOR_LEFT_SIDE}`);
    expect(help.open).toBe(true);
    expect(help.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
  });

  it('"help" mid-stretch does not move the routine: the following "next" plays the left side', async () => {
    const va = await midStretch();
    await say(va, 'help');
    const next = await say(va, 'next');
    expect(next.text).toMatch(/^Now your left side\. Loop the band around your left foot, with your left leg long\./);
    expect(next.text.endsWith("Next up: the lying hamstring stretch with a band. Say next when you're ready.")).toBe(true);
  });

  it('"help" while the gentler-version question is pending keeps the question', async () => {
    const va = await midStretch();
    await say(va, 'that hurts');
    const help = await say(va, 'help');
    expect(help.text).toBe(`${HELP_ROUTINE} Would you like to try a gentler version of this stretch?`);
    const yes = await say(va, 'yes');
    expect(yes.text).toMatch(/^Here's an easier way: seated calf stretch with a loose band\./);
  });
});

describe('the fallback', () => {
  it('mid-routine: "Sorry, I didn\'t catch that." and the current prompt, position unchanged', async () => {
    const va = await midStretch();
    const fallback = await intend(va, 'AMAZON.FallbackIntent');
    expect(fallback.text).toBe(`Sorry, I didn't catch that. ${FOR_LEFT_SIDE}`);
    expect(fallback.open).toBe(true);
    expect(fallback.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
    expect((await say(va, 'next')).text).toMatch(/^Now your left side\./);
  });

  it('at launch: "Sorry, I didn\'t catch that." and the routine offer', async () => {
    const fallback = await intend(await launched(), 'AMAZON.FallbackIntent');
    expect(fallback.text).toBe(`Sorry, I didn't catch that. ${OFFER}`);
    expect(fallback.reprompt).toBe(CHOOSE_AGAIN);
  });

  it('while paused: the resume prompt', async () => {
    const va = await midStretch();
    await say(va, 'pause');
    const fallback = await intend(va, 'AMAZON.FallbackIntent');
    expect(fallback.text).toBe("Sorry, I didn't catch that. Say resume when you're ready.");
    expect(fallback.reprompt).toBe('Say resume to carry on, or stop to finish.');
  });
});

describe('reprompts', () => {
  it('every response that keeps the session open has a reprompt that says what to say', async () => {
    const va = await launched();
    const answers: Heard[] = [await intend(va, 'AMAZON.FallbackIntent')];
    for (const utterance of [
      'help',
      'list the routines',
      'start my bedtime routine',
      'next',
      'how many are left',
      'pause',
      'continue',
      'that hurts',
    ]) {
      answers.push(await say(va, utterance));
    }
    answers.push(await intend(va, 'MoreDetailIntent'), await say(va, 'next'), await say(va, 'what is this for'));
    expect(answers.every((a) => a.open)).toBe(true);
    expect(answers.map((a) => a.reprompt)).toEqual([
      CHOOSE_AGAIN,
      CHOOSE_AGAIN,
      CHOOSE_AGAIN,
      SITTING_AGAIN,
      FOR_LEFT_SIDE_AGAIN,
      FOR_LEFT_SIDE_AGAIN,
      'Say resume to carry on, or stop to finish.',
      SITTING_AGAIN,
      'Say yes to try the gentler version, or no to stop for today.',
      'Say yes to try the gentler version, or no to stop for today.',
      SITTING_AGAIN,
      SITTING_AGAIN,
    ]);
  });
});
