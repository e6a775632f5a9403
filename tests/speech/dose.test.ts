import { describe, expect, it } from 'vitest';
import type { Dose } from '../../lambda/domain/content-schema';
import { countdown, doseTimeline } from '../../lambda/speech/dose';
import { durationMs, plainText, type TimelineItem } from '../../lambda/speech/timeline';

const lines = { hold: ['Breathe.'], release: 'And release.', movement: ['Flex and point.'] };
const silences = (items: readonly TimelineItem[]): number[] => items.flatMap((i) => (i.kind === 'pause' ? [i.ms] : []));

describe('count-down holds', () => {
  it('a 30 s hold lasts 30 s, with calm cues at twenty and ten seconds left', () => {
    const items = countdown(30);
    expect(plainText(items)).toBe('Twenty seconds. Ten more seconds.');
    expect(durationMs(items)).toBe(30_000);
    expect(silences(items)[0]).toBe(10_000);
    expect(silences(items).every((ms) => ms > 8000)).toBe(true);
  });

  it('a 10 s hold is one silence with no cues', () => {
    expect(countdown(10)).toEqual([{ kind: 'pause', ms: 10_000, hold: true }]);
  });

  it('a 35 s hold counts down from thirty', () => {
    const items = countdown(35);
    expect(plainText(items)).toBe('Thirty seconds. Twenty seconds. Ten more seconds.');
    expect(durationMs(items)).toBe(35_000);
  });
});

describe('a side of a stretch', () => {
  it('two 30 s holds with a rest between them and a cue to go again', () => {
    const dose: Dose = { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true, restSeconds: 5 };
    const text = plainText(doseTimeline(dose, lines, 'Once more, your right side.'));
    expect(text).toBe(
      'Breathe. Twenty seconds. Ten more seconds. And release. Once more, your right side. Breathe. Twenty seconds. Ten more seconds. And release.',
    );
    expect(silences(doseTimeline(dose, lines, 'again'))).toContain(5000);
  });

  it('a moving dose speaks the movement cue, then counts down', () => {
    const dose: Dose = { kind: 'moving', seconds: 30, reps: 1, bothSides: true, restSeconds: 5, movementCues: ['x'] };
    expect(plainText(doseTimeline(dose, lines, 'again'))).toBe('Breathe. Flex and point. Twenty seconds. Ten more seconds. And release.');
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
    const items = doseTimeline(dose, lines, 'again');
    const text = plainText(items);
    expect(text.match(/Breathe in and arch\./g)).toHaveLength(2);
    expect(text.match(/In\./g)).toHaveLength(8);
    expect(text).toContain("That's five. Five more.");
    expect(text).toContain('Last one.');
    expect(silences(items).filter((ms) => ms === 3000)).toHaveLength(20);
  });
});
