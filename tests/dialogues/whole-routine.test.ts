import { describe, expect, it } from 'vitest';
import type { SpeechRenderer } from '../../lambda/config';
import { EN } from '../../lambda/speech/catalogues/en';
import { holdCue, holdsAfter, movesIn, say, sayAll, sidesIn, startConversation, type Heard } from '../support/conversation';
import { content } from '../support/content';

const WELCOME = 'Welcome to Sciatica Stretches.';
const DISCLAIMER = EN.disclaimer.join(' ');
const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
const CHOOSE_AGAIN = 'Which routine would you like: quick relief, bedtime, seated, floor, or all nine?';
const ON_A_CHAIR = "When you're sitting on your chair, say next.";

/** Says "next" until the session ends (at most `limit` times), returning every answer. */
async function nextUntilTheEnd(va: ReturnType<typeof startConversation>, limit: number): Promise<Heard[]> {
  const answers: Heard[] = [];
  while (answers.length < limit && answers.at(-1)?.open !== false) answers.push(await say(va, 'next'));
  return answers;
}

describe.each(['apla', 'ssml'] as SpeechRenderer[])('the whole quick relief routine, from launch to goodbye (%s renderer)', (renderer) => {
  it('launch welcomes, gives the medical note with the wake word and pregnancy lines, and offers the quick relief routine', async () => {
    const launch = await say(startConversation({ renderer }), 'open sciatica stretches');
    expect(launch.text.startsWith(`${WELCOME} ${DISCLAIMER}`)).toBe(true);
    expect(launch.text).toContain('say Alexa first: Alexa, it hurts, stops the stretch');
    expect(launch.text).toContain('If your sciatica came with pregnancy, or you have a known disc problem');
    expect(launch.text.endsWith(OFFER)).toBe(true);
    expect(launch.open).toBe(true);
    expect(launch.reprompt).toBe(CHOOSE_AGAIN);
  });

  it('"yes" starts with the intro, its measured length and equipment, then where to be, a wait, and "say next"', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const first = await say(va, 'yes');
    expect(first.text).toMatch(
      /^This short, gentle routine is for a flare up, or any day your back and leg feel tight\. It takes about [a-z ]+ minutes\. You'll need a chair and a mat\. If you don't have one, use a bench or a sturdy stool for the chair and a rug or a folded blanket for the mat\. If you can, walk around gently for a few minutes first\. Stretch one of three: the seated figure four\./,
    );
    expect(first.text).toContain(`Sit near the front of a sturdy chair, with your feet flat on the floor. ${EN.takeYourTime}`);
    expect(first.text).not.toContain('not a substitute for professional medical advice');
    expect(first.text).not.toMatch(/seconds to go|We'll start with your right side/);
    expect(first.text.endsWith(ON_A_CHAIR)).toBe(true);
    expect(first.reprompt).toBe("Say next when you're sitting on your chair. If you need more time, say pause.");
    expect(first.open).toBe(true);
    const side = await say(va, 'next');
    expect(side.text).toMatch(/^We'll start with your right side\. Sit up tall\./);
    expect(side.text).toContain(EN.sharpWarning);
    expect(side.text.endsWith("That's your right side done. Say next when you're ready for your left side.")).toBe(true);
    expect(side.reprompt).toBe("When you're ready for your left side, say next. Or say stop to finish.");
  });

  it('"next" walks every side, moving before each new position, one response per side or move, then the closing words', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'yes'), ...(await nextUntilTheEnd(va, 12))];
    expect(answers).toHaveLength(sidesIn('quick-relief') + movesIn('quick-relief') + 1);
    const opening = answers.map(
      (a) => /(We'll start with your \w+ side\.|Now your \w+ side\.|When you're [a-z ]+, say next\.)/.exec(a.text)?.[1] ?? null,
    );
    expect(opening).toEqual([
      ON_A_CHAIR,
      "We'll start with your right side.",
      'Now your left side.',
      "When you're on your hands and knees, say next.",
      null, // cat cow is done once, with no sides
      "When you're lying on your back, say next.",
      "We'll start with your right side.",
      'Now your left side.',
      null, // the closing words
    ]);
    expect(answers[3]?.text).toMatch(/^Stretch two of three: the cat cow\./);
    expect(answers[5]?.text).toMatch(/^Last one: the lying figure four\./);
    expect(answers[7]?.text.endsWith('That was the last stretch. Say next to finish.')).toBe(true);
    const last = answers.at(-1);
    expect(last?.text).toContain("That's the end of the quick relief routine. Well done: you did three stretches.");
    expect(last?.text).toContain(EN.finishedAdvice.join(' '));
    expect(last?.open).toBe(false);
    expect(last?.reprompt).toBeNull();
    expect(answers.slice(0, -1).every((a) => a.open && a.reprompt !== null)).toBe(true);
  });

  it('each side of a 30 s hold is silence of 10000 ms right after the hold cue, and silences plus count-downs add to 30 s', async () => {
    const va = startConversation({ renderer });
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'yes'), ...(await nextUntilTheEnd(va, 12))];
    const sides = [
      [1, 'seated-figure-four', 'right'],
      [2, 'seated-figure-four', 'left'],
      [6, 'lying-figure-four', 'right'],
      [7, 'lying-figure-four', 'left'],
    ] as const;
    for (const [at, stretchId, side] of sides) {
      const holds = holdsAfter(answers[at]?.segments ?? [], holdCue(stretchId, side));
      expect(holds, `${stretchId} ${side}`).toHaveLength(2);
      for (const hold of holds) {
        expect(hold.firstSilenceMs).toBe(10_000);
        expect(hold.countdowns).toEqual(['Twenty seconds to go.', 'Ten more seconds.']);
        expect(hold.totalMs).toBe(30_000);
      }
    }
    expect(holdsAfter(answers[1]?.segments ?? [], holdCue('seated-figure-four', 'right'))[0]?.release).toBe(
      'And slowly sit up, with your right foot back on the floor.',
    );
  });
});

describe('a routine chosen by name', () => {
  it('"let\'s do the seated ones" after launch starts the seated routine at chair cat cow, all on the chair', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const first = await say(va, "let's do the seated ones");
    expect(first.text).toMatch(/^This seated routine keeps you in your chair the whole time.* Stretch one of four: the chair cat cow\./);
    expect(first.text).toContain(
      "You'll need a chair and a band. If you don't have one, use a bench or a sturdy stool for the chair and a towel or a belt for the band.",
    );
    expect(first.text.endsWith(ON_A_CHAIR)).toBe(true);
    const rest = await nextUntilTheEnd(va, 12);
    expect(rest).toHaveLength(sidesIn('seated') + 1);
    expect(rest[0]?.text.endsWith("Next up: the seated figure four. Say next when you're ready.")).toBe(true);
    expect(rest.at(-1)?.text).toContain("That's the end of the seated routine. Well done: you did four stretches.");
    expect(rest.at(-1)?.open).toBe(false);
  });

  it('"all nine" is one trip down, from standing to lying, and counts nine stretches', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const answers = [await say(va, 'all nine'), ...(await nextUntilTheEnd(va, 30))];
    expect(answers).toHaveLength(sidesIn('all-nine') + movesIn('all-nine') + 1);
    expect(answers[0]?.text).toMatch(
      /^This is the complete set of nine stretches, from standing to lying down.* Stretch one of nine: the standing hip flexor stretch\./,
    );
    const announced = answers.flatMap((a) => /(Stretch \w+ of nine: the [a-z ]+\.|Last one: the [a-z ]+\.)/.exec(a.text)?.[1] ?? []);
    const names = (content.routine('all-nine')?.stretchIds ?? []).map((id) => content.stretch(id)?.name.toLowerCase());
    expect(announced).toHaveLength(9);
    announced.forEach((line, i) => expect(line).toContain(`the ${names[i]}.`));
    expect(answers.at(-1)?.text).toContain('Well done: you did nine stretches.');
    expect(answers.at(-1)?.open).toBe(false);
  });

  it('the closing words are said only once, in the last response', async () => {
    const va = startConversation();
    const turns = sidesIn('bedtime') + movesIn('bedtime') - 1 + 1;
    const answers = await sayAll(va, [
      'open sciatica stretches',
      'start my bedtime routine',
      ...Array.from({ length: turns }, () => 'next'),
    ]);
    const closings = answers.filter((a) => a.text.includes("That's the end of the bedtime routine."));
    expect(closings).toHaveLength(1);
    expect(answers.indexOf(closings[0] as Heard)).toBe(answers.length - 1);
    expect(closings[0]?.text).toContain('Well done: you did three stretches.');
  });
});
