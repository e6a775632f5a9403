import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, REQUIRED_ROUTINES } from '../../lambda/domain/content';
import { content, rawContent } from '../support/content';

const CORE = [
  'cat-cow',
  'standing-hip-flexor',
  'lying-figure-four',
  'seated-figure-four',
  'half-kneeling-hip-flexor',
  'lying-hamstring-band',
  'seated-calf-band',
  'pigeon',
  'standing-side-body',
];
const EXTRAS = ['seated-twist', 'resting-squat', 'low-lunge-knee-out', 'tennis-ball-release'];

const clone = <T>(value: T): T => structuredClone(value);
const problemsOf = (stretches: unknown, routines: unknown): string[] => {
  try {
    loadContent(stretches, routines);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('content', () => {
  it('holds the nine core stretches, in order, and the extras from the facts', () => {
    expect(content.stretches.filter((s) => s.core).map((s) => s.id)).toEqual(CORE);
    for (const id of EXTRAS) expect(content.stretch(id), id).toBeDefined();
  });

  it('has every promised routine, with 3 to 5 stretches unless it is the complete set', () => {
    for (const id of Object.keys(REQUIRED_ROUTINES)) expect(content.routine(id), id).toBeDefined();
    for (const routine of content.routines) {
      if (!routine.complete) expect(routine.stretchIds.length, routine.id).toBeGreaterThanOrEqual(3);
      if (!routine.complete) expect(routine.stretchIds.length, routine.id).toBeLessThanOrEqual(5);
    }
    expect(content.routine('all-nine')?.stretchIds).toEqual(CORE);
  });

  it('keeps the seated routine on a chair with no balance needed, and bedtime in bed', () => {
    for (const id of content.routine('seated')?.stretchIds ?? []) {
      expect(content.stretch(id)?.tags, id).toContain('chair');
      expect(content.stretch(id)?.tags, id).not.toContain('needs-balance');
    }
    for (const id of content.routine('bedtime')?.stretchIds ?? []) expect(content.stretch(id)?.tags, id).toContain('in-bed');
  });

  it('uses the doses from the facts: 30 s holds, 2 reps a side; cat-cow 10 breaths', () => {
    for (const id of [
      'standing-hip-flexor',
      'lying-figure-four',
      'seated-figure-four',
      'half-kneeling-hip-flexor',
      'lying-hamstring-band',
      'pigeon',
      'standing-side-body',
    ]) {
      expect(content.stretch(id)?.dose, id).toMatchObject({ kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true });
    }
    expect(content.stretch('cat-cow')?.dose).toMatchObject({ kind: 'breaths', reps: 10, bothSides: false });
    expect(content.stretch('seated-calf-band')?.dose).toMatchObject({ kind: 'moving', seconds: 30, reps: 2, bothSides: true });
  });

  it('names the field when a stretch is broken', () => {
    const stretches = clone(rawContent.stretches) as { stretches: Record<string, unknown>[] };
    delete stretches.stretches[2]?.setup;
    expect(problemsOf(stretches, rawContent.routines)).toContain(
      'content/stretches.json: stretches[2].setup: Invalid input: expected array, received undefined',
    );
  });

  it('rejects over-long cues, unknown placeholders and markup characters, naming each', () => {
    const stretches = clone(rawContent.stretches) as unknown as { stretches: { setup: string[]; hold: string[]; release: string }[] };
    const first = stretches.stretches[1];
    if (!first) throw new Error('no stretch');
    first.setup[0] = 'word '.repeat(40);
    first.hold[0] = 'Hold your {sdie} leg.';
    first.release = 'Let go & relax.';
    const problems = problemsOf(stretches, rawContent.routines).join('\n');
    expect(problems).toContain('stretches[1].setup[0]: is longer than 140 characters');
    expect(problems).toContain('stretches[1].hold[0]: uses an unknown placeholder');
    expect(problems).toContain('stretches[1].release: must be plain words');
  });

  it('rejects a routine naming a stretch that does not exist, or a missing required routine', () => {
    const routines = clone(rawContent.routines) as { routines: { id: string; stretchIds: string[] }[] };
    const first = routines.routines[0];
    if (!first) throw new Error('no routine');
    first.stretchIds[0] = 'no-such-stretch';
    routines.routines = routines.routines.filter((r) => r.id !== 'floor');
    const problems = problemsOf(rawContent.stretches, routines);
    expect(problems).toContain('content/routines.json: routines[0].stretchIds[0]: no stretch has the id "no-such-stretch"');
    expect(problems).toContain('content/routines.json: routines: the "floor" routine is missing');
  });

  it('rejects a spoken alias claimed by two stretches, since Alexa could not tell them apart', () => {
    const stretches = clone(rawContent.stretches) as { stretches: { aliases: string[] }[] };
    stretches.stretches[0]?.aliases.push(stretches.stretches[1]?.aliases[0] ?? '');
    expect(problemsOf(stretches, rawContent.routines).join('\n')).toMatch(/stretches\[1\]\.aliases\[0\]: ".*" is also a name of cat-cow/);
  });

  it('every two-sided cue names the side, and one-sided cues never do', () => {
    for (const stretch of content.stretches) {
      const setup = stretch.setup.join(' ');
      if (stretch.dose.bothSides) expect(setup, stretch.id).toMatch(/\{side\}/);
      else expect(setup, stretch.id).not.toMatch(/\{side\}|\{other\}/);
    }
  });
});
