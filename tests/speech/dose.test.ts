import { describe, expect, it } from 'vitest';
import type { Dose, Movement } from '../../lambda/domain/content-schema';
import { countdown, doseTimeline, EASE_BACK_MS, paced, type DoseWords } from '../../lambda/speech/dose';
import { EN } from '../../lambda/speech/catalogues/en';
import { durationMs, plainText, speechMs, type TimelineItem } from '../../lambda/speech/timeline';

const words: DoseWords = {
  secondsLeft: EN.secondsLeft,
  again: 'Once more, your right side.',
  easeBack: EN.easeBack,
  lastBreath: EN.lastBreath,
  breathsHalfway: EN.breathsHalfway,
};
const movement: Movement = {
  cues: ['Draw your toes up toward your shin.', 'Now press them away, into the band.'],
  short: ['Toes up.', 'And press away.'],
  cycleSeconds: 6,
};
const lines = { hold: ['Breathe.'], release: 'And release.', movement: null };
const silences = (items: readonly TimelineItem[]): number[] => items.flatMap((i) => (i.kind === 'pause' ? [i.ms] : []));

describe('count-down holds', () => {
  it('a 30 s hold lasts 30 s, with calm cues at twenty and ten seconds to go', () => {
    const items = countdown(30, EN.secondsLeft);
    expect(plainText(items)).toBe('Twenty seconds to go. Ten more seconds.');
    expect(durationMs(items)).toBe(30_000);
    expect(silences(items)[0]).toBe(10_000);
    expect(silences(items).every((ms) => ms > 8000)).toBe(true);
  });

  it('a 10 s hold is one silence with no cues', () => {
    expect(countdown(10, EN.secondsLeft)).toEqual([{ kind: 'pause', ms: 10_000, hold: true }]);
  });

  it('a 35 s hold counts down from thirty', () => {
    const items = countdown(35, EN.secondsLeft);
    expect(plainText(items)).toBe('Thirty seconds to go. Twenty seconds to go. Ten more seconds.');
    expect(durationMs(items)).toBe(35_000);
  });
});

describe('a moving dose is paced the whole time, never left to cues that do not come', () => {
  it('30 s at a 6 s cycle: the two full cues once, then a short cue every 3 s, lasting 30 s', () => {
    const items = paced(30, movement);
    const spoken = items.flatMap((i) => (i.kind === 'say' ? [i.text] : []));
    expect(spoken).toHaveLength(10);
    expect(spoken.slice(0, 2)).toEqual([...movement.cues]);
    expect(spoken.slice(2)).toEqual(Array.from({ length: 8 }, (_, k) => movement.short[k % 2]));
    expect(durationMs(items)).toBeGreaterThanOrEqual(30_000);
    expect(durationMs(items)).toBeLessThan(30_000 + speechMs(movement.cues[0]));
    expect(Math.max(...silences(items))).toBeLessThan(3000);
  });

  it('a side of a moving dose speaks its hold line, paces, and releases', () => {
    const dose: Dose = { kind: 'moving', seconds: 30, reps: 1, bothSides: true, restSeconds: 5, movement };
    const text = plainText(doseTimeline(dose, { ...lines, movement }, words));
    expect(text.startsWith('Breathe. Draw your toes up toward your shin. Now press them away, into the band. Toes up.')).toBe(true);
    expect(text.endsWith('And press away. And release.')).toBe(true);
    expect(text).not.toMatch(/seconds/);
  });
});

describe('a side of a stretch', () => {
  it('two 30 s holds: a rest, then "ease back in" with time to do it, and only then the counted hold', () => {
    const dose: Dose = { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true, restSeconds: 5 };
    const items = doseTimeline(dose, lines, words);
    expect(plainText(items)).toBe(
      'Breathe. Twenty seconds to go. Ten more seconds. And release. Once more, your right side. Ease back into the stretch, slowly. Breathe. Twenty seconds to go. Ten more seconds. And release.',
    );
    const ease = items.findIndex((i) => i.kind === 'say' && i.text === EN.easeBack);
    expect(items[ease + 1]).toEqual({ kind: 'pause', ms: EASE_BACK_MS });
    expect(items[ease + 2]).toEqual({ kind: 'say', text: 'Breathe.' });
    expect(silences(items)).toContain(5000);
  });

  it('breaths pace each rep, shorten the cues after two reps, and mark halfway and the last one', () => {
    const dose: Dose = {
      kind: 'breaths',
      reps: 10,
      inhaleSeconds: 3,
      exhaleSeconds: 3,
      bothSides: false,
      inhaleCue: 'Breathe in and arch.',
      exhaleCue: 'Breathe out and round.',
      inhaleShort: 'In.',
      exhaleShort: 'Out.',
    };
    const items = doseTimeline(dose, lines, words);
    const text = plainText(items);
    expect(text.match(/Breathe in and arch\./g)).toHaveLength(2);
    expect(text.match(/In\./g)).toHaveLength(8);
    expect(text).toContain("That's five. Five more.");
    expect(text).toContain('Last one.');
    expect(silences(items).filter((ms) => ms === 3000)).toHaveLength(20);
  });
});
