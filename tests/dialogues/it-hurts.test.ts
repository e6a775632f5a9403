import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { say, sayAll, startConversation } from '../support/conversation';

const PAIN_ADVICE = EN.hurtsPain.join(' ');
const RED_FLAGS = EN.redFlags;
const GENTLER = 'Would you like to try a gentler version of this stretch?';
const EMERGENCY = EN.emergency.join(' ');
const URGENT = EN.urgent.join(' ');

/** The bedtime routine, on the left side of stretch one (the seated calf stretch). */
async function onLeftSideOfCalf(): Promise<VirtualAlexa> {
  const va = startConversation();
  await sayAll(va, ['start my bedtime routine', 'next', 'next']);
  return va;
}

/** The bedtime routine, on the right side of stretch two (the lying hamstring stretch), with stretch one done. */
async function onHamstring(): Promise<VirtualAlexa> {
  const va = await onLeftSideOfCalf();
  expect((await say(va, 'next')).text).toMatch(/^Stretch two of three: the lying hamstring stretch with a band\./);
  expect((await say(va, 'next')).text).toMatch(/^We'll start with your right side\./);
  return va;
}

describe('"it hurts" mid-stretch', () => {
  it('stops at once, gives the emergency red flags, and offers a gentler version', async () => {
    const hurt = await say(await onLeftSideOfCalf(), 'that hurts');
    expect(hurt.text).toBe(`${PAIN_ADVICE} ${RED_FLAGS} ${GENTLER}`);
    expect(hurt.text).toContain('numbness in your groin or inner thighs');
    expect(hurt.text).toContain('go to an emergency department, or call emergency services');
    expect(hurt.open).toBe(true);
    expect(hurt.reprompt).toBe('Say yes to try the gentler version, or no to stop for today.');
  });

  it('"yes" plays the easier variant of the same side', async () => {
    const va = await onLeftSideOfCalf();
    await say(va, 'that hurts');
    const easier = await say(va, 'yes');
    expect(easier.text).toMatch(
      /^Here's an easier way: seated calf stretch with a loose band\. Now your left side\. Bend your left knee a little/,
    );
    expect(easier.text).not.toMatch(/your right side/);
    expect(easier.text.endsWith("Next up: the lying hamstring stretch with a band. Say next when you're ready.")).toBe(true);
    expect(easier.open).toBe(true);
  });

  it('"yes" on the right side of a stretch plays the easier right side, with the left side still to come', async () => {
    const va = await onHamstring();
    await say(va, 'it hurts');
    const easier = await say(va, 'yes');
    expect(easier.text.startsWith("Here's an easier way: lying hamstring stretch with the other knee bent.")).toBe(true);
    expect(easier.text).toMatch(
      /We'll start with your right side\. Lie on your back on a mat or in bed, with both legs long\. Bend your left knee, with your left foot flat\./,
    );
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
    await sayAll(va, ['start my bedtime routine', 'next', 'that hurts']);
    const bye = await say(va, 'no');
    expect(bye.text).toBe('Goodbye, and take it easy.');
    expect(bye.open).toBe(false);
  });

  it('"my leg is numb" gets the numbness wording, which diagnoses nothing, the red flags, and the gentler-version question', async () => {
    const numb = await say(await onLeftSideOfCalf(), 'my leg is numb');
    expect(numb.text).toBe(`${EN.hurtsNumb.join(' ')} ${RED_FLAGS} ${GENTLER}`);
    expect(numb.text).toContain('can mean the nerve is irritated');
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
    expect(moved.text).toMatch(/^Okay, skipping the seated calf stretch with a band\./);
  });
});

/** Emergency red flags: the issue's own phrases first, then more people say. */
const EMERGENCY_PHRASES = [
  "i can't pee",
  'both my legs are numb',
  "i can't control my bladder",
  'i have numbness in my groin',
  'my leg is getting weaker',
  "i can't control my bowels",
  "i can't feel my groin",
  'i wet myself',
  'my legs are numb',
  'i have bladder problems',
  'my leg keeps giving way',
  'my inner thighs are numb',
];
/** Red flags that need a doctor today: the issue's own phrases first, then more. */
const URGENT_PHRASES = [
  'i have a fever',
  'i fell and now my back hurts',
  "i've got a temperature",
  'i slipped and fell',
  'i had a fall',
  'i have a fever and back pain',
  'i injured my back',
  'i fell over and hurt my back',
];

describe('red flags end the session at once', () => {
  it.each(EMERGENCY_PHRASES)('"%s" mid-stretch: emergency care now, unconditionally, and the session ends', async (utterance) => {
    const answer = await say(await onLeftSideOfCalf(), utterance);
    expect(answer.text).toBe(EMERGENCY);
    expect(answer.text).toContain('Go to an emergency department now, or call emergency services.');
    expect(answer.open).toBe(false);
    expect(answer.reprompt).toBeNull();
  });

  it.each(URGENT_PHRASES)('"%s" mid-stretch: a doctor today, and the session ends', async (utterance) => {
    const answer = await say(await onLeftSideOfCalf(), utterance);
    expect(answer.text).toBe(URGENT);
    expect(answer.open).toBe(false);
  });

  it.each([...EMERGENCY_PHRASES.slice(0, 2), ...URGENT_PHRASES.slice(0, 2)])(
    '"%s" right after launch gets the same answer',
    async (utterance) => {
      const va = startConversation();
      await say(va, 'open sciatica stretches');
      const answer = await say(va, utterance);
      expect([EMERGENCY, URGENT]).toContain(answer.text);
      expect(answer.open).toBe(false);
    },
  );

  it('a red flag while the gentler-version question is pending still ends the session', async () => {
    const va = await onLeftSideOfCalf();
    await say(va, 'my leg is numb');
    const answer = await say(va, 'i have bladder problems');
    expect(answer.text).toBe(EMERGENCY);
    expect(answer.open).toBe(false);
  });

  it('a red flag while getting down to the floor ends the session too', async () => {
    const va = startConversation();
    await say(va, 'start my bedtime routine');
    const answer = await say(va, "i can't pee");
    expect(answer.text).toBe(EMERGENCY);
    expect(answer.open).toBe(false);
  });
});

describe('"it hurts" outside a routine', () => {
  it('after launch, gives the safety advice and ends the session', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const hurt = await say(va, 'it hurts');
    expect(hurt.text).toBe(`${EN.hurtsIdle.join(' ')} ${RED_FLAGS}`);
    expect(hurt.text).not.toContain(GENTLER);
    expect(hurt.open).toBe(false);
    expect(hurt.reprompt).toBeNull();
  });
});
