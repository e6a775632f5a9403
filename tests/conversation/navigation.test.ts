import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { intend, say, sayAll, startConversation } from '../support/conversation';

const FOR_LEFT_SIDE = "Say next when you're ready for your left side.";
const FOR_LEFT_SIDE_AGAIN = "When you're ready for your left side, say next. Or say stop to finish.";
const FOR_HAMSTRING = "Next up: the lying hamstring stretch with band. Say next when you're ready.";
const FOR_HAMSTRING_AGAIN = 'Say next to start the lying hamstring stretch with band, or stop to finish.';

/** The bedtime routine, on the right side of stretch one (the seated calf stretch). */
async function onRightSide(): Promise<VirtualAlexa> {
  const va = startConversation();
  await say(va, 'start my bedtime routine');
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
      /^Now your left side\. Sit on the floor, or sit up in bed\. Stretch your left leg out long in front of you\. Bend your right knee, with that foot flat\./,
    );
    expect(again.text).not.toContain('Sit with your left leg long, and the band around your left foot.');
    expect(again.text.endsWith(`That's your left side done. ${FOR_HAMSTRING}`)).toBe(true);
    expect(again.reprompt).toBe(FOR_HAMSTRING_AGAIN);
  });

  it('"go back" returns to the previous side', async () => {
    const va = await onLeftSide();
    const back = await say(va, 'go back');
    expect(back.text).toMatch(/^Stretch one of three: the seated calf stretch with band\. We'll start with your right side\./);
    expect(back.text.endsWith(`That's your right side done. ${FOR_LEFT_SIDE}`)).toBe(true);
  });

  it('"go back" on the very first side says so and plays it again', async () => {
    const back = await say(await onRightSide(), 'go back');
    expect(back.text).toMatch(/^This is the first one, so here it is again\. Stretch one of three: the seated calf stretch with band\./);
    expect(back.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
  });

  it('"skip this one" moves to the next stretch\'s right side, and "how many are left" reflects it', async () => {
    const va = await onRightSide();
    const skipped = await say(va, 'skip this one');
    expect(skipped.text).toMatch(
      /^Okay, skipping the seated calf stretch with band\. Stretch two of three: the lying hamstring stretch with band\. This stretches your hamstrings, the muscles along the back of your thigh\. We'll start with your right side\./,
    );
    expect(skipped.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
    const left = await say(va, 'how many are left');
    expect(left.text).toBe(`You're on stretch two of three. One more after this: the lying figure four. ${FOR_LEFT_SIDE}`);
  });

  it.each(['resume', 'continue'])('"pause" waits, then "%s" replays the paused side', async (utterance) => {
    const va = await onLeftSide();
    const paused = await say(va, 'pause');
    expect(paused.text).toBe("Okay, paused. Take your time. Say resume when you're ready.");
    expect(paused.reprompt).toBe('Say resume to carry on, or stop to finish.');
    expect(paused.open).toBe(true);
    const resumed = await say(va, utterance);
    expect(resumed.text).toMatch(/^Let's pick up where you left off\. Now your left side\. Sit with your left leg long/);
    expect(resumed.text.endsWith(FOR_HAMSTRING)).toBe(true);
  });

  it('"start over" goes back to stretch one, right side', async () => {
    const va = await onLeftSide();
    await say(va, 'next');
    const over = await say(va, 'start over');
    expect(over.text).toMatch(
      /^Starting over from the top\. Stretch one of three: the seated calf stretch with band\. We'll start with your right side\./,
    );
    expect(over.text.endsWith(FOR_LEFT_SIDE)).toBe(true);
  });

  it('"make it easier" plays the easier variant of the same side', async () => {
    const va = await onLeftSide();
    const easier = await say(va, 'make it easier');
    expect(easier.text).toMatch(
      /^Here's an easier way: calf stretch with a loose band\. Now your left side\. Sit with your left leg long, and keep the band loose\. Bend your left knee a little, to soften the stretch\. Just flex and point your left foot, without pulling on the band\./,
    );
    expect(easier.text.endsWith(FOR_HAMSTRING)).toBe(true);
    const again = await say(va, 'make it easier');
    expect(again.text).toBe(
      `This is already the gentlest version. If it still hurts, stop, and say skip to move on, or stop to finish. ${FOR_HAMSTRING}`,
    );
  });
});

describe('questions mid-routine keep the routine where it is', () => {
  it('"how many are left" names the stretch number and the ones after it', async () => {
    const left = await say(await onRightSide(), 'how many are left');
    expect(left.text).toBe(
      `You're on stretch one of three. Two more after this: the lying hamstring stretch with band and the lying figure four. ${FOR_LEFT_SIDE}`,
    );
    expect(left.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
  });

  it('"what is this for" gives the targets and purpose of the current stretch', async () => {
    const purpose = await say(await onRightSide(), 'what is this for');
    expect(purpose.text).toBe(
      'The seated calf stretch with band. This stretches your calf, at the back of your lower leg. ' +
        `Gentle movement in your calf and ankle can ease tightness along the back of your leg. ${FOR_LEFT_SIDE}`,
    );
  });

  it('"tell me more" gives the detail lines for the current side, then the prompt', async () => {
    const va = await onLeftSide();
    const detail = await intend(va, 'MoreDetailIntent');
    expect(detail.text).toBe(
      'Keep your left knee straight, but not locked. Move through your whole ankle, slowly, like pressing a pedal. ' +
        'Sit tall, rather than slumping over your leg. A towel or a belt works well if you have no band. ' +
        'Keep the pull on the band gentle. If you feel tingling, or pain running down your leg, ease off. ' +
        `Say repeat to do this side again with these tips. ${FOR_HAMSTRING}`,
    );
    expect(detail.reprompt).toBe(FOR_HAMSTRING_AGAIN);
  });

  it('"list the routines" mid-routine lists them but keeps the routine\'s prompt', async () => {
    const listed = await say(await onRightSide(), 'list the routines');
    expect(listed.text).toMatch(/^There are five routines: quick relief, with three stretches, bedtime, with three stretches,/);
    expect(listed.text.endsWith(`the lying figure four. ${FOR_LEFT_SIDE}`)).toBe(true);
    expect(listed.text).not.toContain('Which would you like?');
    expect(listed.reprompt).toBe(FOR_LEFT_SIDE_AGAIN);
  });

  it('after an info question, "next" carries on from the same side', async () => {
    const va = await onRightSide();
    await sayAll(va, ['how many are left', 'what is this for', 'list the routines']);
    const next = await say(va, 'next');
    expect(next.text).toMatch(/^Now your left side\. Sit with your left leg long, and the band around your left foot\./);
  });
});

describe('stopping', () => {
  it.each(['stop', 'cancel'])('"%s" says goodbye with the number of stretches done and ends the session', async (utterance) => {
    const va = await onLeftSide();
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
