import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { intend, say, sayAll, startConversation } from '../support/conversation';

const FOR_LEFT_SIDE = "Say next when you're ready for your left side.";
const FOR_LEFT_SIDE_AGAIN = "When you're ready for your left side, say next. Or say stop to finish.";
const FOR_HAMSTRING = "Next up: the lying hamstring stretch with a band. Say next when you're ready.";
const FOR_HAMSTRING_AGAIN = 'Say next to start the lying hamstring stretch with a band, or stop to finish.';
const SITTING = "When you're sitting down, say next.";
const LYING = "When you're lying on your back, say next.";

/** The bedtime routine, on the right side of stretch one (the seated calf stretch with a band). */
async function onRightSide(): Promise<VirtualAlexa> {
  const va = startConversation();
  expect((await say(va, 'start my bedtime routine')).text.endsWith(SITTING)).toBe(true);
  expect((await say(va, 'next')).text).toMatch(/^We'll start with your right side\./);
  return va;
}

/** The bedtime routine, on the left side of stretch one. */
async function onLeftSide(): Promise<VirtualAlexa> {
  const va = await onRightSide();
  expect((await say(va, 'next')).text).toMatch(/^Now your left side\./);
  return va;
}

describe('moving around mid-routine', () => {
  it.each(['repeat', 'say that again'])('"%s" replays the same side with the full setup cues and the same prompt', async (utterance) => {
    const va = await onLeftSide();
    const again = await say(va, utterance);
    expect(again.text).toMatch(
      /^Now your left side\. Keep your left leg long in front of you\. Bend your right knee, with your right foot flat\./,
    );
    expect(again.text).not.toContain('Loop the band around your left foot, with your left leg long.');
    expect(again.text.endsWith(`That's your left side done. ${FOR_HAMSTRING}`)).toBe(true);
    expect(again.reprompt).toBe(FOR_HAMSTRING_AGAIN);
  });

  it('"repeat" while getting into position says where to be again, with no hold', async () => {
    const va = startConversation();
    await say(va, 'start my bedtime routine');
    const again = await say(va, 'repeat');
    expect(again.text).toMatch(/^Sit on the floor, or sit up in bed/);
    expect(again.text).not.toMatch(/seconds to go|Toes up/);
    expect(again.text.endsWith(SITTING)).toBe(true);
  });

  it('"go back" returns to the previous side', async () => {
    const va = await onLeftSide();
    const back = await say(va, 'go back');
    expect(back.text).toMatch(/^Stretch one of three: the seated calf stretch with a band\. We'll start with your right side\./);
    expect(back.text.endsWith(`That's your right side done. ${FOR_LEFT_SIDE}`)).toBe(true);
  });

  it('"go back" on the very first side says so and plays it again', async () => {
    const back = await say(await onRightSide(), 'go back');
    expect(back.text).toMatch(/^This is the first one, so here it is again\. Stretch one of three: the seated calf stretch with a band\./);
    expect(back.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
  });

  it('"skip this one" moves on to the next stretch, into its position first, and "how many are left" reflects it', async () => {
    const va = await onRightSide();
    const skipped = await say(va, 'skip this one');
    expect(skipped.text).toMatch(
      /^Okay, skipping the seated calf stretch with a band\. Stretch two of three: the lying hamstring stretch with a band\. This stretches your hamstrings, the muscles along the back of your thigh\. Lie on your back/,
    );
    expect(skipped.text.endsWith(LYING)).toBe(true);
    const left = await say(va, 'how many are left');
    expect(left.text).toBe(`You're on stretch two of three. One more after this: the lying figure four. ${LYING}`);
    expect((await say(va, 'next')).text).toMatch(/^We'll start with your right side\. Loop the band around the ball of your right foot\./);
  });

  it.each(['resume', 'continue'])(
    '"pause" waits, then "%s" names the place and waits while the user gets back into position',
    async (utterance) => {
      const va = await onLeftSide();
      const paused = await say(va, 'pause');
      expect(paused.text).toBe("Okay, paused. Take your time. Say resume when you're ready.");
      expect(paused.reprompt).toBe('Say resume to carry on, or stop to finish.');
      expect(paused.open).toBe(true);
      const resumed = await say(va, utterance);
      expect(resumed.text).toMatch(/^Let's pick up where you left off: the seated calf stretch with a band, left side\. Sit on the floor/);
      expect(resumed.text.endsWith(SITTING)).toBe(true);
      const side = await say(va, 'next');
      expect(side.text).toMatch(/^Now your left side\./);
      expect(side.text.endsWith(FOR_HAMSTRING)).toBe(true);
    },
  );

  it('"start over" goes back to stretch one, into its position first', async () => {
    const va = await onLeftSide();
    await say(va, 'next');
    const over = await say(va, 'start over');
    expect(over.text).toMatch(/^Starting over from the top\. Stretch one of three: the seated calf stretch with a band\./);
    expect(over.text.endsWith(SITTING)).toBe(true);
  });

  it('"make it easier" plays the easier variant of the same side', async () => {
    const va = await onLeftSide();
    const easier = await say(va, 'make it easier');
    expect(easier.text).toMatch(
      /^Here's an easier way: seated calf stretch with a loose band\. Now your left side\. Bend your left knee a little, to soften the stretch\. Loop the band loosely around your left foot\./,
    );
    expect(easier.text).toContain('Draw your left toes gently toward you. Now point them gently away. Toes up. And point.');
    expect(easier.text.endsWith(FOR_HAMSTRING)).toBe(true);
    const again = await say(va, 'make it easier');
    expect(again.text).toBe(`${EN.alreadyEasiest} ${FOR_HAMSTRING}`);
  });
});

describe('questions mid-routine keep the routine where it is', () => {
  it('"how many are left" names the stretch number and the ones after it', async () => {
    const left = await say(await onRightSide(), 'how many are left');
    expect(left.text).toBe(
      `You're on stretch one of three. Two more after this: the lying hamstring stretch with a band and the lying figure four. ${FOR_LEFT_SIDE}`,
    );
    expect(left.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
  });

  it('"what is this for" gives the targets and purpose of the current stretch', async () => {
    const purpose = await say(await onRightSide(), 'what is this for');
    expect(purpose.text).toBe(
      'The seated calf stretch with a band. This stretches your calf, at the back of your lower leg. ' +
        `Gentle movement in your calf and ankle can ease tightness along the back of your leg. ${FOR_LEFT_SIDE}`,
    );
  });

  it('"tell me more" gives the detail lines and further cautions for the current side, then the prompt', async () => {
    const va = await onLeftSide();
    const detail = await intend(va, 'MoreDetailIntent');
    expect(detail.text).toMatch(/^Keep your left knee straight, but not locked\. Move through your whole ankle/);
    expect(detail.text).toContain('Keep the pull on the band gentle.');
    expect(detail.text.endsWith(`Say repeat to do this side again with these tips. ${FOR_HAMSTRING}`)).toBe(true);
    expect(detail.reprompt).toBe(FOR_HAMSTRING_AGAIN);
  });

  it('"list the routines" mid-routine lists them but keeps the routine\'s prompt', async () => {
    const listed = await say(await onRightSide(), 'list the routines');
    expect(listed.text).toMatch(/^There are five routines: quick relief, with three stretches, bedtime, with three stretches,/);
    expect(listed.text.endsWith(`like the seated figure four or the cat cow. ${FOR_LEFT_SIDE}`)).toBe(true);
    expect(listed.text).not.toContain('Which would you like?');
    expect(listed.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
  });

  it('after an info question, "next" carries on from the same side', async () => {
    const va = await onRightSide();
    await sayAll(va, ['how many are left', 'what is this for', 'list the routines']);
    const next = await say(va, 'next');
    expect(next.text).toMatch(/^Now your left side\. Loop the band around your left foot, with your left leg long\./);
  });
});

describe('stopping', () => {
  it.each(['stop', 'cancel'])('"%s" says goodbye with the number of stretches done and ends the session', async (utterance) => {
    const va = await onLeftSide();
    await say(va, 'next');
    await say(va, 'next');
    const bye = await say(va, utterance);
    expect(bye.text).toBe('Good work today: you did two stretches. Goodbye, and take it easy.');
    expect(bye.open).toBe(false);
    expect(bye.reprompt).toBeNull();
  });

  it('"stop" at launch says goodbye without a count', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const bye = await say(va, 'stop');
    expect(bye.text).toBe('Goodbye, and take it easy.');
    expect(bye.open).toBe(false);
  });
});
