import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, REQUIRED_ROUTINES } from '../../lambda/domain/content-validation';
import { JARGON, type Dose } from '../../lambda/domain/content-schema';
import { isOneTripDown } from '../../lambda/domain/position-moves';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { Beat, Turn } from '../../lambda/domain/routine-events';
import { IDLE, SIDES } from '../../lambda/domain/routine-state';
import { createComposer, fillSide } from '../../lambda/speech/compose';
import { EN } from '../../lambda/speech/catalogues/en';
import { measureRoutines } from '../../lambda/speech/routine-length';
import { durationMs, plainText } from '../../lambda/speech/timeline';
import { content, rawContent } from '../support/content';
import { engineContext } from '../support/engine-context';

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

/**
 * The doses of ../shared/stretch-facts.md, written out here so a content edit
 * that drifts from them fails. Core stretches: hold 30 s, 2 reps a side
 * (cat-cow: 10 breaths, no sides; the seated calf: 30 s of movement, 2 reps).
 * The cross-legged twist: one hold of 30 to 40 s, then switch. The low lunge
 * with knee out: 10 s, then the other side. Chair versions take their floor
 * version's dose. The facts give no dose for the squat and the tennis ball:
 * one 30 s hold is ours.
 */
const FACT_DOSES: Readonly<Record<string, Partial<Dose> & { holdRange?: [number, number] }>> = {
  'cat-cow': { kind: 'breaths', reps: 10, bothSides: false },
  'standing-hip-flexor': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'lying-figure-four': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'seated-figure-four': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'half-kneeling-hip-flexor': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'lying-hamstring-band': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'seated-calf-band': { kind: 'moving', seconds: 30, reps: 2, bothSides: true },
  pigeon: { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'standing-side-body': { kind: 'hold', holdSeconds: 30, reps: 2, bothSides: true },
  'seated-twist': { kind: 'hold', reps: 1, bothSides: true, holdRange: [30, 40] },
  'low-lunge-knee-out': { kind: 'hold', holdSeconds: 10, reps: 1, bothSides: true },
  'resting-squat': { kind: 'hold', holdSeconds: 30, reps: 1, bothSides: false },
  'tennis-ball-release': { kind: 'hold', holdSeconds: 30, reps: 1, bothSides: true },
  'chair-cat-cow': { kind: 'breaths', reps: 10, bothSides: false },
  'chair-twist': { kind: 'hold', reps: 1, bothSides: true, holdRange: [30, 40] },
  'chair-calf-band': { kind: 'moving', seconds: 30, reps: 2, bothSides: true },
};

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
const compose = createComposer(content, EN);
const performBeat = (stretchId: string, overrides: Partial<Extract<Beat, { type: 'perform' }>>): Turn => ({
  state: IDLE,
  beats: [
    {
      type: 'perform',
      stretchId,
      side: 'right',
      cues: 'full',
      easier: false,
      sideNumber: 1,
      positionCue: false,
      warn: false,
      ...overrides,
    },
  ],
  prompt: null,
  effects: [],
});

describe('content', () => {
  it('holds the nine core stretches and the extras from the facts', () => {
    expect(content.stretches.filter((s) => s.core).map((s) => s.id)).toEqual(CORE);
    for (const id of EXTRAS) expect(content.stretch(id), id).toBeDefined();
  });

  it('has every promised routine, with 3 to 5 stretches unless it is the complete set of all nine', () => {
    for (const id of Object.keys(REQUIRED_ROUTINES)) expect(content.routine(id), id).toBeDefined();
    for (const routine of content.routines) {
      if (!routine.complete) expect(routine.stretchIds.length, routine.id).toBeGreaterThanOrEqual(3);
      if (!routine.complete) expect(routine.stretchIds.length, routine.id).toBeLessThanOrEqual(5);
    }
    expect([...(content.routine('all-nine')?.stretchIds ?? [])].sort()).toEqual([...CORE].sort());
  });

  it('orders every routine as one trip down: standing, then a chair, then the floor, ending lying down', () => {
    for (const routine of content.routines) {
      const positions = routine.stretchIds.map((id) => content.stretch(id)?.startPosition ?? 'standing');
      expect(isOneTripDown(positions), routine.id).toBe(true);
    }
    const allNine = content.routine('all-nine')?.stretchIds.map((id) => content.stretch(id)?.startPosition);
    expect(allNine?.[0]).toBe('standing');
    expect(allNine?.at(-1)).toBe('lying-on-back');
    const problems = problemsOf(rawContent.stretches, {
      routines: rawContent.routines.routines.map((r) => (r.id === 'floor' ? { ...r, stretchIds: [...r.stretchIds].reverse() } : r)),
    });
    expect(problems.join('\n')).toMatch(/routines\[3\]\.stretchIds: must be one trip down/);
  });

  it('keeps the seated routine on a chair with no balance needed, and bedtime in bed', () => {
    for (const id of content.routine('seated')?.stretchIds ?? []) {
      expect(content.stretch(id)?.tags, id).toContain('chair');
      expect(content.stretch(id)?.tags, id).not.toContain('needs-balance');
    }
    for (const id of content.routine('bedtime')?.stretchIds ?? []) expect(content.stretch(id)?.tags, id).toContain('in-bed');
  });

  it.each(content.stretches.map((s) => s.id))('%s: the dose is the one the facts sheet gives', (id) => {
    const { holdRange, ...expected } = FACT_DOSES[id] ?? {};
    const dose = content.stretch(id)?.dose;
    expect(dose).toMatchObject(expected);
    if (holdRange && dose?.kind === 'hold') {
      expect(dose.holdSeconds).toBeGreaterThanOrEqual(holdRange[0]);
      expect(dose.holdSeconds).toBeLessThanOrEqual(holdRange[1]);
    }
  });

  it.each(content.stretches.map((s) => s.id))('%s: the key caution is spoken before every hold, full, brief or easier', (id) => {
    const stretch = content.stretch(id);
    if (!stretch) throw new Error(id);
    for (const variant of [{ cues: 'full' }, { cues: 'brief' }, { easier: true }] as const) {
      const text = plainText(compose(performBeat(id, variant)).speech);
      const key = fillSide(variant.easier ? (stretch.easier.keyCaution ?? stretch.keyCaution) : stretch.keyCaution, 'right');
      const hold = fillSide(variant.easier ? ((stretch.easier.hold ?? stretch.hold)[0] ?? '') : (stretch.hold[0] ?? ''), 'right');
      expect(text, JSON.stringify(variant)).toContain(key);
      expect(text.indexOf(key), JSON.stringify(variant)).toBeLessThan(text.indexOf(hold));
    }
  });

  it('names the cautions the review asked for in the normal flow', () => {
    const key = (id: string): string => content.stretch(id)?.keyCaution ?? '';
    for (const id of ['standing-hip-flexor', 'standing-side-body']) {
      expect(`${content.stretch(id)?.position} ${key(id)}`, id).toMatch(/wall or (a sturdy )?chair/);
    }
    expect(key('pigeon')).toMatch(/knees hurt/);
    expect(key('lying-hamstring-band')).toMatch(/nerve|tingling/);
    expect(key('chair-calf-band')).toBe(key('seated-calf-band'));
    expect(key('chair-twist')).toBe(key('seated-twist'));
    expect(key('tennis-ball-release')).toMatch(/never in the middle/);
  });

  it('no spoken line uses jargon, pushes past a mild pull or claims an effect', () => {
    const spoken = content.stretches.flatMap((s) => [
      s.position,
      s.targets,
      s.purpose,
      ...s.setup,
      ...s.brief,
      s.keyCaution,
      ...s.hold,
      s.release,
      ...s.cautions,
      ...s.detail,
      ...s.easier.setup,
      ...(s.easier.hold ?? []),
    ]);
    const lines = [...spoken, ...content.routines.map((r) => r.intro)];
    for (const line of lines) {
      for (const word of Object.keys(JARGON)) expect(line, line).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
      expect(line, line).not.toMatch(
        /deep but comfortable|(turn|lean|reach|pull|push|press|sink|stretch|go) (a little |a bit )?(more|further|deeper)|sink (down|heavily)|round a little|push through/i,
      );
      expect(line, line).not.toMatch(/\b(cures?|treats?|heals?|fix(es)?|prevents?|relieves?)\b|helps keep/i);
      expect(line, line).not.toMatch(/\bmeans the nerve\b/i);
    }
  });

  it('names stretches with articles, as they are said', () => {
    for (const id of ['lying-hamstring-band', 'seated-calf-band', 'chair-calf-band']) {
      expect(content.stretch(id)?.name, id).toMatch(/with a band$/);
    }
  });

  it('names the field when a stretch is broken', () => {
    const stretches = clone(rawContent.stretches) as { stretches: Record<string, unknown>[] };
    delete stretches.stretches[2]?.setup;
    expect(problemsOf(stretches, rawContent.routines)).toContain(
      'content/stretches.json: stretches[2].setup: Invalid input: expected array, received undefined',
    );
  });

  it('rejects over-long cues, two sentences in a cue, jargon, unknown placeholders and markup, naming each', () => {
    const stretches = clone(rawContent.stretches) as unknown as {
      stretches: { setup: string[]; hold: string[]; release: string; brief: string[] }[];
    };
    const first = stretches.stretches[1];
    if (!first) throw new Error('no stretch');
    first.setup[0] = 'word '.repeat(40);
    first.setup[1] = 'Sit tall. Then lean forward.';
    first.brief[0] = 'Hinge at your hips.';
    first.hold[0] = 'Hold your {sdie} leg.';
    first.release = 'Let go & relax.';
    const problems = problemsOf(stretches, rawContent.routines).join('\n');
    expect(problems).toContain('stretches[1].setup[0]: is longer than 120 characters');
    expect(problems).toContain('stretches[1].setup[1]: has two sentences: one action per cue');
    expect(problems).toContain('stretches[1].brief[0]: says "hinge": say "lean forward from your hips" instead');
    expect(problems).toContain('stretches[1].hold[0]: uses an unknown placeholder');
    expect(problems).toContain('stretches[1].release: must be plain words');
  });

  it('rejects a routine intro that states a length or equipment, since both are computed', () => {
    const routines = clone(rawContent.routines) as { routines: { intro: string }[] };
    (routines.routines[0] as { intro: string }).intro = 'Three gentle stretches, about seven minutes.';
    expect(problemsOf(rawContent.stretches, routines).join('\n')).toContain('routines[0].intro: must not state a length or the equipment');
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

  it('every two-sided cue names the side, one-sided cues never do, and position cues never do', () => {
    for (const stretch of content.stretches) {
      const setup = stretch.setup.join(' ');
      if (stretch.dose.bothSides) expect(setup, stretch.id).toMatch(/\{side\}/);
      else expect(setup, stretch.id).not.toMatch(/\{side\}|\{other\}/);
      expect(stretch.position, stretch.id).not.toMatch(/\{side\}|\{other\}/);
    }
    expect(SIDES).toEqual(['right', 'left']);
  });
});

/** Every length an intro can state, exactly: half minutes below ten minutes, whole minutes from ten to ninety. */
const SAYABLE_MS = [...Array.from({ length: 19 }, (_, i) => (i + 1) * 30_000), ...Array.from({ length: 81 }, (_, i) => (i + 10) * 60_000)];

describe('routine lengths said in intros', () => {
  const engine = createRoutineEngine(content);
  const lengthOf = measureRoutines(content, engine, compose);

  it.each(content.routines.map((r) => r.id))('%s: the length said is within 10%% of the routine played through', (id) => {
    const speak = createComposer(content, EN, { routineMs: lengthOf });
    const ctx = engineContext({ suggestedRoutine: id });
    let turn = engine.apply(IDLE, { type: 'start-routine', routine: { kind: 'match', id } }, ctx);
    const intro = plainText(speak(turn).speech);
    let played = durationMs(speak(turn).speech);
    while (turn.prompt && turn.state.plan) {
      turn = engine.apply(turn.state, { type: 'next' }, ctx);
      played += durationMs(speak(turn).speech);
    }
    const statedMs = SAYABLE_MS.find((ms) => intro.includes(EN.routineLength(ms)));
    expect(statedMs, intro).toBeDefined();
    const error = Math.abs((statedMs ?? 0) - played) / played;
    expect(error, `said ${(statedMs ?? 0) / 60_000} min for ${(played / 60_000).toFixed(1)} min`).toBeLessThanOrEqual(0.1);
  });
});
