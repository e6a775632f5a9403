import { describe, expect, it } from 'vitest';
import type { SpeechRenderer } from '../../lambda/config';
import { holdCue, holdsAfter, say, sayAll, sidesIn, startConversation, type Heard } from '../support/conversation';

const WELCOME = 'Welcome to Sciatica Stretches.';
const DISCLAIMER = "A quick note before we start: I'm a stretching guide, not a substitute for professional medical advice.";
const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
const CHOOSE_AGAIN = 'Which routine would you like: quick relief, bedtime, seated, floor, or all nine?';

/** Says "next" until the session ends (at most `limit` times), returning every answer. */
async function nextUntilTheEnd(va: ReturnType<typeof startConversation>, limit: number): Promise<Heard[]> {
  const answers: Heard[] = [];
  while (answers.length < limit && answers.at(-1)?.open !== false) answers.push(await say(va, 'next'));
  return answers;
}

describe.each(['apla', 'ssml'] as SpeechRenderer[])('the whole quick relief routine, from launch to goodbye (%s renderer)', (renderer) => {
  it('launch welcomes, gives the medical disclaimer, and offers the quick relief routine', async () => {
    const launch = await say(startConversation({ renderer }), 'open sciatica stretches');
    expect(launch.text.startsWith(`${WELCOME} ${DISCLAIMER}`)).toBe(true);
    expect(launch.text).toContain('Say "it hurts" at any time and we will stop.');
    expect(launch.text.endsWith(OFFER)).toBe(true);
    expect(launch.open).toBe(true);
    expect(launch.reprompt).toBe(CHOOSE_AGAIN);
  });

  it('"yes" starts with the intro and the right side of stretch one of three, without repeating the disclaimer', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const first = await say(va, 'yes');
    expect(first.text).toMatch(
      /^Here is a short, gentle routine for a flare up: three easy stretches, starting in a chair, about seven minutes\. You'll need a chair or a bench and a mat or a bed\. Stretch one of three: the seated figure four\. .* We'll start with your right side\. Sit near the front of a sturdy chair/,
    );
    expect(first.text).not.toContain('not a substitute for professional medical advice');
    expect(first.text.endsWith("That's your right side done. Say next when you're ready for your left side.")).toBe(true);
    expect(first.reprompt).toBe("When you're ready for your left side, say next. Or say stop to finish.");
    expect(first.open).toBe(true);
  });

  it('"next" walks every side, naming each side, one response per side, then "next" hears the closing words', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'yes'), ...(await nextUntilTheEnd(va, 10))];
    expect(answers).toHaveLength(sidesIn('quick-relief') + 1);
    expect(answers).toHaveLength(6);
    const opening = answers.map((a) => /(We'll start with your \w+ side\.|Now your \w+ side\.)/.exec(a.text)?.[1] ?? null);
    expect(opening).toEqual([
      "We'll start with your right side.",
      'Now your left side.',
      "We'll start with your right side.",
      'Now your left side.',
      null, // cat cow is done once, on both sides together
      null, // the closing words
    ]);
    expect(answers[2]?.text).toMatch(/^Stretch two of three: the lying figure four\./);
    expect(answers[4]?.text).toMatch(/^Last one: the cat cow\./);
    expect(answers[4]?.text.endsWith('That was the last stretch. Say next to finish.')).toBe(true);
    expect(answers[4]?.open).toBe(true);
    const last = answers.at(-1);
    expect(last?.text).toContain("That's the end of the quick relief routine. Well done: you did three stretches.");
    expect(last?.text.endsWith('Take care.')).toBe(true);
    expect(last?.open).toBe(false);
    expect(last?.reprompt).toBeNull();
    expect(answers.slice(0, -1).every((a) => a.open && a.reprompt !== null)).toBe(true);
  });

  it('each side of a 30 s hold is silence of 10000 ms right after the hold cue, and silences plus count-downs add to 30 s', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'yes'), ...(await nextUntilTheEnd(va, 10))];
    const sides = [
      ['seated-figure-four', 'right'],
      ['seated-figure-four', 'left'],
      ['lying-figure-four', 'right'],
      ['lying-figure-four', 'left'],
    ] as const;
    sides.forEach(([stretchId, side], i) => {
      const holds = holdsAfter(answers[i]?.segments ?? [], holdCue(stretchId, side));
      expect(holds, `${stretchId} ${side}`).toHaveLength(2);
      for (const hold of holds) {
        expect(hold.firstSilenceMs).toBe(10_000);
        expect(hold.countdowns).toEqual(['Twenty seconds.', 'Ten more seconds.']);
        expect(hold.totalMs).toBe(30_000);
      }
    });
    expect(holdsAfter(answers[0]?.segments ?? [], holdCue('seated-figure-four', 'right'))[0]?.release).toBe(
      'And slowly sit up, and put your foot back down.',
    );
  });
});

describe('a routine chosen by name', () => {
  it('"let\'s do the seated ones" after launch starts the seated routine at chair cat cow', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const first = await say(va, "let's do the seated ones");
    expect(first.text).toMatch(
      /^This seated routine needs only a sturdy chair and a band or towel: four stretches, about ten minutes\. You'll need a chair or a bench and a band or a strap\. Stretch one of four: the chair cat cow\./,
    );
    expect(first.text.endsWith("Next up: the seated figure four. Say next when you're ready.")).toBe(true);
    expect(first.reprompt).toBe('Say next to start the seated figure four, or stop to finish.');
    const rest = await nextUntilTheEnd(va, 10);
    expect(rest).toHaveLength(sidesIn('seated'));
    expect(rest.at(-1)?.text).toContain("That's the end of the seated routine. Well done: you did four stretches.");
    expect(rest.at(-1)?.open).toBe(false);
  });

  it('"all nine" flows through all nine stretches in seventeen sides and counts nine stretches', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'all nine'), ...(await nextUntilTheEnd(va, 20))];
    expect(answers).toHaveLength(sidesIn('all-nine') + 1);
    expect(answers).toHaveLength(18);
    expect(answers[0]?.text).toMatch(
      /^This is the complete set: all nine stretches, about twenty five minutes.* Stretch one of nine: the cat cow\./,
    );
    const announced = answers.flatMap((a) => /(Stretch \w+ of nine: the [a-z ]+\.|Last one: the [a-z ]+\.)/.exec(a.text)?.[1] ?? []);
    expect(announced).toEqual([
      'Stretch one of nine: the cat cow.',
      'Stretch two of nine: the standing hip flexor stretch.',
      'Stretch three of nine: the lying figure four.',
      'Stretch four of nine: the seated figure four.',
      'Stretch five of nine: the half kneeling hip flexor with reach.',
      'Stretch six of nine: the lying hamstring stretch with band.',
      'Stretch seven of nine: the seated calf stretch with band.',
      'Stretch eight of nine: the pigeon.',
      'Last one: the standing side body stretch.',
    ]);
    expect(answers.at(-1)?.text).toContain('Well done: you did nine stretches.');
    expect(answers.at(-1)?.open).toBe(false);
  });

  it('the closing words are said only once, in the last response', async () => {
    const va = startConversation();
    const answers = await sayAll(va, [
      'open sciatica stretches',
      'start my bedtime routine',
      'next',
      'next',
      'next',
      'next',
      'next',
      'next',
    ]);
    const closings = answers.filter((a) => a.text.includes("That's the end of the bedtime routine."));
    expect(closings).toHaveLength(1);
    expect(answers.indexOf(closings[0] as Heard)).toBe(7);
    expect(closings[0]?.text).toContain('Well done: you did three stretches.');
  });
});
