import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';
import { createComposer, fillSide } from '../../lambda/speech/compose';
import { EN } from '../../lambda/speech/catalogues/en';
import { hasHold, plainText, type Timeline } from '../../lambda/speech/timeline';
import { content } from '../support/content';
import { engineContext } from '../support/engine-context';

const engine = createRoutineEngine(content);
const compose = createComposer(content, EN);
const ctx = engineContext();

/** What Alexa says for each event in turn: the plain words and the timeline. */
function heard(events: RoutineEvent[], from: RoutineState = IDLE): { text: string; speech: Timeline }[] {
  let state = from;
  return events.map((event) => {
    const turn = engine.apply(state, event, ctx);
    state = turn.state;
    const { speech } = compose(turn);
    return { text: plainText(speech), speech };
  });
}
const said = (events: RoutineEvent[]): string[] => heard(events).map((h) => h.text);

const next = { type: 'next' } as const;
const stretch = (id: string) => ({ type: 'start-stretch', stretch: { kind: 'match', id } }) as const;
const routine = (id: string) => ({ type: 'start-routine', routine: { kind: 'match', id } }) as const;

describe('composed speech', () => {
  it('fills the working side and the other side into cues', () => {
    expect(fillSide('Cross your {side} ankle over your {other} knee.', 'left')).toBe('Cross your left ankle over your right knee.');
  });

  it('a new position: where to be, a patient wait with no hold, then "say next when you are there"', () => {
    const [move] = heard([stretch('lying-figure-four')]);
    expect(move?.text).toBe(
      [
        "Let's do the lying figure four.",
        content.stretch('lying-figure-four')?.targets,
        content.stretch('lying-figure-four')?.position,
        EN.takeYourTime,
        ...EN.whileYouMove.slice(0, 2),
        "When you're lying on your back, say next.",
      ].join(' '),
    );
    expect(hasHold(move?.speech ?? [])).toBe(false);
    const silences = (move?.speech ?? []).flatMap((item) => (item.kind === 'pause' && item.wait ? [item.ms] : []));
    expect(silences.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20_000);
    expect(Math.max(...silences)).toBeLessThanOrEqual(10_000);
  });

  it('names the side at the start of each side, and uses brief cues the second time', () => {
    const [, right, left] = said([stretch('lying-figure-four'), next, next]);
    expect(right).toMatch(/^We'll start with your right side\. Cross your right ankle over your left knee\./);
    expect(left).toMatch(/^Now your left side\. Cross your left ankle over your right knee\./);
    expect(left).toMatch(/That's your left side done\. Say next to finish\.$/);
  });

  it('every side says its key caution before the hold, and the first hold of a session the warning about sharp pain', () => {
    const [, right, left] = said([stretch('pigeon'), next, next]);
    const key = content.stretch('pigeon')?.keyCaution ?? '';
    for (const side of [right, left]) expect(side?.indexOf(key)).toBeLessThan(side?.indexOf('seconds to go') ?? 0);
    expect(right).toContain(EN.sharpWarning);
    expect(left).not.toContain(EN.sharpWarning);
  });

  it('the second rep says to ease back in before its hold', () => {
    const [, right] = said([stretch('seated-figure-four'), next]);
    expect(right).toContain(
      `And slowly sit up, with your right foot back on the floor. Once more, your right side. ${EN.easeBack} Breathe slowly.`,
    );
  });

  it('an easier variant in another position moves there, then plays with its own cues and release', () => {
    const [, , easier, ready] = said([stretch('pigeon'), next, { type: 'easier' }, next]);
    expect(easier).toMatch(/^Here's an easier way: lying figure four instead of the pigeon\. Lie on your back/);
    expect(easier).not.toContain('seconds to go');
    expect(ready).toContain('And gently let go, with both feet back down.');
    expect(ready).not.toContain('press back up');
  });

  it('skipping the only stretch after it hurt does not congratulate', () => {
    const [, , , skipped] = said([stretch('pigeon'), next, { type: 'hurts', symptom: 'pain' }, { type: 'skip' }]);
    expect(skipped).toBe(`Okay, skipping the pigeon. ${EN.finishedNothing}`);
  });

  it('a routine intro says its measured length, what to have ready, each substitute for its own item only, and to warm up', () => {
    const withLength = createComposer(content, EN, { routineMs: () => 7.4 * 60_000 });
    const turn = engine.apply(IDLE, routine('seated'), ctx);
    const text = plainText(withLength(turn).speech);
    expect(text).toContain('It takes about seven and a half minutes.');
    expect(text).toContain(
      "You'll need a chair and a band. If you don't have one, use a bench or a sturdy stool for the chair and a towel or a belt for the band.",
    );
    expect(text).toContain(EN.warmUp);
    expect(plainText(compose(turn).speech)).not.toContain('It takes');
  });

  it('counts down every hold calmly, never second by second', () => {
    const [, first] = said([stretch('seated-figure-four'), next]);
    expect(first?.match(/Twenty seconds to go\. Ten more seconds\./g)).toHaveLength(2);
    expect(first).not.toMatch(/\b(nine|eight|seven)\b/i);
  });

  it('finishing gives the one frequency message', () => {
    const texts = said([stretch('chair-cat-cow'), next, next]);
    expect(texts.at(-1)).toContain(EN.finishedAdvice.join(' '));
  });
});

describe('safety answers', () => {
  it('an emergency red flag says emergency, unconditionally, and stops', () => {
    const [, , answer] = said([stretch('pigeon'), next, { type: 'hurts', symptom: 'emergency' }]);
    expect(answer).toContain('Go to an emergency department now, or call emergency services.');
    expect(answer).not.toMatch(/\bif it's severe\b|\btoday\b/);
  });

  it('an urgent red flag says to see a doctor today, and when to go to an emergency department', () => {
    const [answer] = said([{ type: 'hurts', symptom: 'urgent' }]);
    expect(answer).toContain("needs a doctor's check today");
    expect(answer).toContain('go to an emergency department now');
  });

  it('ordinary pain stops the stretch and still names the emergency red flags', () => {
    const [, , answer] = said([stretch('pigeon'), next, { type: 'hurts', symptom: 'pain' }]);
    expect(answer).toMatch(/^Okay\. Stop the stretch now/);
    expect(answer).toContain("that's an emergency: go to an emergency department, or call emergency services.");
  });

  it('numbness "can mean" an irritated nerve: no diagnosis', () => {
    const [, , answer] = said([stretch('pigeon'), next, { type: 'hurts', symptom: 'numbness' }]);
    expect(answer).toContain('can mean the nerve is irritated');
  });

  it('help teaches the wake word and the line about pregnancy and disc problems', () => {
    const [, help] = said([stretch('pigeon'), { type: 'help' }]);
    expect(help).toContain(EN.helpWakeWord);
    expect(help).toContain(EN.helpAdvice);
  });
});

describe('answers to where am I, no band, too easy and misses', () => {
  const speak = (beats: Turn['beats'], prompt: Turn['prompt'] = null): string =>
    plainText(compose({ state: IDLE, beats, prompt, effects: [] }).speech);

  it('where am I: the stretch, the side and the place, or what the user is getting ready for', () => {
    expect(speak([{ type: 'where', stretchId: 'lying-figure-four', side: 'left', number: 2, total: 3, moving: false }])).toBe(
      "You're on the lying figure four, left side: stretch two of three.",
    );
    expect(speak([{ type: 'where', stretchId: 'pigeon', side: 'right', number: 1, total: 1, moving: true }])).toBe(
      "You're getting into position for the pigeon.",
    );
  });

  it('no band: the stand-ins the stretch itself names, and a way on; or that it needs none; or, between routines, the routines without one', () => {
    expect(speak([{ type: 'stand-ins', stretchId: 'lying-hamstring-band', item: 'band' }])).toBe(
      `If you have no band, a towel or a belt works just as well. ${EN.orSkip}`,
    );
    expect(speak([{ type: 'stand-ins', stretchId: 'lying-figure-four', item: 'band' }])).toBe(
      "You don't need a band for the lying figure four.",
    );
    const between = speak([{ type: 'stand-ins', stretchId: null, item: 'band' }]);
    expect(between).toBe("That's fine: the quick relief and floor routines need no band.");
  });

  it('too easy is kind, never pushes, and points whoever means numbness to the safe answer', () => {
    const text = speak([{ type: 'too-easy' }]);
    expect(text).toContain('never push into pain');
    expect(text).toContain('numbness or tingling');
    expect(text).not.toMatch(/further|deeper|harder/);
  });

  it('a second miss in a row says so and gives the help for the moment', () => {
    expect(speak([{ type: 'not-understood', misses: 1 }])).toBe(EN.notUnderstood);
    expect(speak([{ type: 'not-understood', misses: 2 }])).toBe(EN.stillNotUnderstood);
  });
});
