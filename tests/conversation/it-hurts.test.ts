import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { say, sayAll, startConversation } from '../support/conversation';

const STOP_NOW = 'Okay. Stop the stretch now, and slowly ease out of the position.';
const PAIN_ADVICE =
  `${STOP_NOW} A stretch should feel like a mild pull, never sharp, burning, or spreading pain. ` +
  'If the pain is severe, or it keeps coming back, please see a doctor or physical therapist.';
const RED_FLAGS =
  'Get medical help promptly if you notice numbness in your groin or inner thighs, trouble controlling your bladder or bowels, ' +
  'or leg weakness that is getting worse.';
const GENTLER = 'Would you like to try a gentler version of this stretch?';
const URGENT =
  'Please stop stretching now. Numbness in the groin, trouble controlling your bladder or bowels, or leg weakness that is getting worse ' +
  "need a doctor promptly. Contact your doctor or an urgent care service today, or call emergency services if it's severe. I'll stop here.";

/** The bedtime routine, on the left side of stretch one (the seated calf stretch). */
async function onLeftSideOfCalf(): Promise<VirtualAlexa> {
  const va = startConversation();
  await sayAll(va, ['start my bedtime routine', 'next']);
  return va;
}

/** The bedtime routine, on the right side of stretch two (the lying hamstring stretch), with stretch one done. */
async function onHamstring(): Promise<VirtualAlexa> {
  const va = await onLeftSideOfCalf();
  expect((await say(va, 'next')).text).toMatch(/^Stretch two of three: the lying hamstring stretch with band\./);
  return va;
}

describe('"it hurts" mid-stretch', () => {
  it('stops at once, gives the red-flag guidance, and offers a gentler version', async () => {
    const hurt = await say(await onLeftSideOfCalf(), 'that hurts');
    expect(hurt.text).toBe(`${PAIN_ADVICE} ${RED_FLAGS} ${GENTLER}`);
    expect(hurt.text).toContain('numbness in your groin');
    expect(hurt.text).toContain('bladder or bowels');
    expect(hurt.text).toContain('leg weakness that is getting worse');
    expect(hurt.open).toBe(true);
    expect(hurt.reprompt).toBe('Say yes to try the gentler version, or no to stop for today.');
  });

  it('"yes" plays the easier variant of the same side', async () => {
    const va = await onLeftSideOfCalf();
    await say(va, 'that hurts');
    const easier = await say(va, 'yes');
    expect(easier.text).toMatch(
      /^Here's an easier way: calf stretch with a loose band\. Now your left side\. Sit with your left leg long, and keep the band loose\./,
    );
    expect(easier.text).not.toMatch(/your right side/);
    expect(easier.text.endsWith("Next up: the lying hamstring stretch with band. Say next when you're ready.")).toBe(true);
    expect(easier.open).toBe(true);
  });

  it('"yes" on the right side of a stretch plays the easier right side, with the left side still to come', async () => {
    const va = await onHamstring();
    await say(va, 'it hurts');
    const easier = await say(va, 'yes');
    expect(easier.text.startsWith("Here's an easier way: hamstring stretch, other knee bent.")).toBe(true);
    expect(easier.text).toContain("We'll start with your right side. Lie on your back, and bend your left knee, with that foot flat.");
    expect(easier.text.endsWith("Say next when you're ready for your left side.")).toBe(true);
  });

  it('"no" says goodbye, ends the session, and does not count the stretch that hurt', async () => {
    const va = await onHamstring();
    await say(va, 'that hurts');
    const bye = await say(va, 'no');
    expect(bye.text).toBe('Good work today: you did one stretch. Goodbye, and take it easy.');
    expect(bye.open).toBe(false);
    expect(bye.reprompt).toBeNull();
  });

  it('"no" after the very first side hurt says goodbye with no count at all', async () => {
    const va = startConversation();
    await say(va, 'start my bedtime routine');
    await say(va, 'that hurts');
    const bye = await say(va, 'no');
    expect(bye.text).toBe('Goodbye, and take it easy.');
    expect(bye.open).toBe(false);
  });

  it('"my leg is numb" gets the numbness wording, the red flags, and the gentler-version question', async () => {
    const numb = await say(await onLeftSideOfCalf(), 'my leg is numb');
    expect(numb.text).toBe(
      'Okay. Stop now, and gently come out of the stretch. ' +
        "Numbness or tingling means the nerve is irritated, so don't stretch through it. " +
        "If it doesn't settle within a few minutes, or it keeps coming back, please see a doctor or physical therapist. " +
        `${RED_FLAGS} ${GENTLER}`,
    );
    expect(numb.open).toBe(true);
  });

  it('pain on the gentlest version stops the stretch and offers to move on or stop, not to resume it', async () => {
    const va = await onLeftSideOfCalf();
    await sayAll(va, ['that hurts', 'yes']);
    const again = await say(va, 'that hurts');
    expect(again.text).toBe(`${PAIN_ADVICE} ${RED_FLAGS} You can say skip to move on to the next stretch, or stop to finish for today.`);
    expect(again.reprompt).toBe('Say skip to move on, or stop to finish.');
    expect(again.open).toBe(true);
    const moved = await say(va, 'skip this one');
    expect(moved.text).toMatch(/^Okay, skipping the seated calf stretch with band\./);
  });
});

describe('red flags end the session at once', () => {
  it.each(["i can't control my bladder", 'i have numbness in my groin', 'my leg is getting weaker', "i can't control my bowels"])(
    '"%s" mid-stretch: urgent advice and the session ends',
    async (utterance) => {
      const urgent = await say(await onLeftSideOfCalf(), utterance);
      expect(urgent.text).toBe(URGENT);
      expect(urgent.open).toBe(false);
      expect(urgent.reprompt).toBeNull();
    },
  );

  it('a red flag while the gentler-version question is pending still ends the session', async () => {
    const va = await onLeftSideOfCalf();
    await say(va, 'my leg is numb');
    const urgent = await say(va, 'i have bladder problems');
    expect(urgent.text).toBe(URGENT);
    expect(urgent.open).toBe(false);
  });
});

describe('"it hurts" outside a routine', () => {
  it('after launch, gives the safety advice and ends the session', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const hurt = await say(va, 'it hurts');
    expect(hurt.text).toBe(
      "I'm sorry you're hurting. Please rest in whatever position is most comfortable, and take it easy. " +
        `If the pain is severe, or it keeps coming back, please see a doctor or physical therapist. ${RED_FLAGS}`,
    );
    expect(hurt.text).not.toContain(GENTLER);
    expect(hurt.open).toBe(false);
    expect(hurt.reprompt).toBeNull();
  });
});
