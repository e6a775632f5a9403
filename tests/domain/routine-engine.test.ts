import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, stepsOf, type RoutineState } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext } from '../support/engine-context';

const engine = createRoutineEngine(content);
const ctx: EngineContext = engineContext();
const run = (events: RoutineEvent[], from: RoutineState = IDLE, context = ctx): Turn[] => {
  const turns: Turn[] = [];
  let state = from;
  for (const event of events) {
    const turn = engine.apply(state, event, context);
    turns.push(turn);
    state = turn.state;
  }
  return turns;
};
const last = (turns: Turn[]): Turn => turns[turns.length - 1] as Turn;
const types = (turn: Turn): string[] => turn.beats.map((b) => b.type);
const performed = (turn: Turn) => turn.beats.filter((b) => b.type === 'perform');
const bedtime = { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } } as const;
const bedtimeIds = content.routine('bedtime')?.stretchIds ?? [];

describe('routine engine', () => {
  it('launch welcomes and offers the suggested routine', () => {
    const turn = engine.apply(IDLE, { type: 'launch' }, ctx);
    expect(types(turn)).toEqual(['welcome']);
    expect(turn.prompt).toEqual({ type: 'choose-routine', suggested: 'quick-relief' });
    expect(turn.state.question).toBe('start-suggested');
  });

  it('adds the medical disclaimer once, on first use, whatever the first request', () => {
    const turns = run([bedtime, { type: 'next' }], IDLE, engineContext({ firstUse: true }));
    expect(types(turns[0] as Turn)[0]).toBe('disclaimer');
    expect(types(last(turns))).not.toContain('disclaimer');
    expect(types(engine.apply(IDLE, { type: 'launch' }, engineContext({ firstUse: true })))).toEqual(['welcome', 'disclaimer']);
  });

  it('does not delay safety advice with the disclaimer', () => {
    const turn = engine.apply(IDLE, { type: 'hurts', symptom: 'pain' }, engineContext({ firstUse: true }));
    expect(types(turn)).toEqual(['hurts']);
  });

  it('yes to the offer starts the suggested routine at its first side', () => {
    const [, started] = run([{ type: 'launch' }, { type: 'yes' }]);
    expect(started?.state.plan?.routineId).toBe('quick-relief');
    expect(types(started as Turn)).toEqual(['routine-intro', 'stretch-intro', 'perform']);
    expect(performed(started as Turn)[0]).toMatchObject({ side: 'right', cues: 'full', sideNumber: 1 });
  });

  it('walks every side of every stretch with next, then finishes and ends the session', () => {
    const plan = { routineId: 'bedtime', stretchIds: bedtimeIds };
    const total = stepsOf(plan, content).length;
    const turns = run([bedtime, ...Array.from({ length: total }, () => ({ type: 'next' }) as const)]);
    expect(turns.at(-2)?.prompt).toEqual({ type: 'finish', routineId: 'bedtime' });
    const sides = turns.flatMap(performed).map((b) => `${b.stretchId}:${b.side ?? 'both'}`);
    expect(sides).toEqual(stepsOf(plan, content).map((s) => `${s.stretchId}:${s.side ?? 'both'}`));
    expect(types(last(turns))).toContain('finished');
    expect(last(turns).prompt).toBeNull();
    expect(last(turns).beats.find((b) => b.type === 'finished')).toEqual({
      type: 'finished',
      routineId: 'bedtime',
      stretchId: bedtimeIds[0],
      stretchesDone: bedtimeIds.length,
    });
  });

  it('gives full cues the first time and brief cues for the second side', () => {
    const [first, second] = run([bedtime, { type: 'next' }]);
    expect(performed(first as Turn)[0]?.cues).toBe('full');
    expect(performed(second as Turn)[0]).toMatchObject({ cues: 'brief', side: 'left', sideNumber: 2 });
    expect((first as Turn).prompt).toEqual({ type: 'next-side', stretchId: bedtimeIds[0], side: 'left' });
    expect((second as Turn).prompt).toEqual({ type: 'next-stretch', stretchId: bedtimeIds[1] });
  });

  it('repeat plays the same side again with full cues and no second introduction', () => {
    const first = last(run([bedtime, { type: 'repeat' }]));
    expect(types(first)).toEqual(['perform']);
    const turn = last(run([bedtime, { type: 'next' }, { type: 'repeat' }]));
    expect(performed(turn)[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'left', cues: 'full' });
    expect(turn.state.step).toBe(1);
  });

  it('previous goes back one side, and says so at the very first side', () => {
    const back = last(run([bedtime, { type: 'next' }, { type: 'previous' }]));
    expect(performed(back)[0]).toMatchObject({ side: 'right' });
    const atStart = last(run([bedtime, { type: 'previous' }]));
    expect(types(atStart)).toEqual(['already-first', 'stretch-intro', 'perform']);
  });

  it('skip moves to the first side of the next stretch and does not count the skipped one', () => {
    const turn = last(run([bedtime, { type: 'skip' }]));
    expect(types(turn)).toEqual(['skipping', 'stretch-intro', 'perform']);
    expect(performed(turn)[0]).toMatchObject({ stretchId: bedtimeIds[1], side: 'right' });
  });

  it('skip on the last stretch finishes the routine', () => {
    const plan = { routineId: 'bedtime', stretchIds: bedtimeIds };
    const total = stepsOf(plan, content).length;
    const turns = run([bedtime, ...Array.from({ length: total - 2 }, () => ({ type: 'next' }) as const), { type: 'skip' }]);
    expect(types(turns.at(-2) as Turn)).toEqual(['stretch-intro', 'perform']);
    expect(types(last(turns))).toEqual(['skipping', 'finished']);
  });

  it('pause waits for resume, and resume replays the paused side', () => {
    const [, , paused, resumed] = run([bedtime, { type: 'next' }, { type: 'pause' }, { type: 'resume' }]);
    expect(paused?.prompt).toEqual({ type: 'resume' });
    expect(paused?.state.paused).toBe(true);
    expect(types(resumed as Turn)).toEqual(['resuming', 'perform']);
    expect(performed(resumed as Turn)[0]).toMatchObject({ side: 'left' });
    expect(resumed?.state.paused).toBe(false);
  });

  it('resume when not paused carries on to the next side', () => {
    const turn = last(run([bedtime, { type: 'resume' }]));
    expect(performed(turn)[0]).toMatchObject({ side: 'left' });
  });

  it('start over restarts the routine from its first side', () => {
    const turn = last(run([bedtime, { type: 'next' }, { type: 'next' }, { type: 'start-over' }]));
    expect(types(turn)[0]).toBe('starting-over');
    expect(turn.state.step).toBe(0);
    expect(turn.state.done).toEqual([`${bedtimeIds[0]}:right`]);
  });

  it('easier switches the current stretch to its easier variant and replays the side', () => {
    const turn = last(run([bedtime, { type: 'easier' }]));
    expect(types(turn)).toEqual(['easier-on', 'perform']);
    expect(performed(turn)[0]).toMatchObject({ easier: true, side: 'right' });
    const again = engine.apply(turn.state, { type: 'easier' }, ctx);
    expect(types(again)).toEqual(['already-easiest']);
  });

  it('answers how many are left, what it is for and more detail without moving', () => {
    const [start, left, purpose, detail] = run([bedtime, { type: 'how-many-left' }, { type: 'what-is-this-for' }, { type: 'more-detail' }]);
    expect(left?.beats).toEqual([{ type: 'left', number: 1, total: bedtimeIds.length, remainingIds: bedtimeIds.slice(1) }]);
    expect(purpose?.beats).toEqual([{ type: 'purpose', stretchId: bedtimeIds[0] }]);
    expect(detail?.beats).toEqual([{ type: 'detail', stretchId: bedtimeIds[0], side: 'right' }]);
    for (const turn of [left, purpose, detail]) {
      expect(turn?.state).toEqual(start?.state);
      expect(turn?.prompt).toEqual(start?.prompt);
    }
  });

  it('it hurts stops the side, uncounts it, and offers the gentler version', () => {
    const turn = last(run([bedtime, { type: 'hurts', symptom: 'pain' }]));
    expect(types(turn)).toEqual(['hurts']);
    expect(turn.state.done).toEqual([]);
    expect(turn.state.question).toBe('try-easier');
    expect(turn.prompt).toEqual({ type: 'try-easier', stretchId: bedtimeIds[0] });
    const yes = engine.apply(turn.state, { type: 'yes' }, ctx);
    expect(performed(yes)[0]).toMatchObject({ easier: true, side: 'right' });
    const no = engine.apply(turn.state, { type: 'no' }, ctx);
    expect(types(no)).toEqual(['goodbye']);
    expect(no.prompt).toBeNull();
  });

  it('a red-flag symptom ends the session at once', () => {
    const turn = last(run([bedtime, { type: 'hurts', symptom: 'red-flag' }]));
    expect(turn.beats).toEqual([{ type: 'hurts', symptom: 'red-flag', stretchId: bedtimeIds[0] }]);
    expect(turn.prompt).toBeNull();
  });

  it('a single named stretch is a one-stretch plan', () => {
    const turn = engine.apply(IDLE, { type: 'start-stretch', stretch: { kind: 'match', id: 'pigeon' } }, ctx);
    expect(turn.state.plan).toEqual({ routineId: null, stretchIds: ['pigeon'] });
    expect(types(turn)).toEqual(['stretch-intro', 'perform']);
  });

  it('unknown names keep the user where they were', () => {
    const [start, unknown] = run([bedtime, { type: 'start-routine', routine: { kind: 'no-match', heard: 'yoga' } }]);
    expect(unknown?.beats).toEqual([{ type: 'unknown-routine', heard: 'yoga' }]);
    expect(unknown?.state).toEqual(start?.state);
    const stretch = engine.apply(IDLE, { type: 'start-stretch', stretch: { kind: 'none' } }, ctx);
    expect(stretch.beats).toEqual([{ type: 'unknown-stretch', heard: '' }]);
    expect(stretch.prompt?.type).toBe('choose-routine');
  });

  it('navigation with nothing active says so and offers a routine', () => {
    for (const type of ['next', 'previous', 'skip', 'pause', 'resume', 'start-over', 'easier', 'how-many-left'] as const) {
      const turn = engine.apply(IDLE, { type }, ctx);
      expect(turn.beats, type).toEqual([{ type: 'nothing-active' }]);
      expect(turn.prompt?.type, type).toBe('choose-routine');
    }
  });

  it('stop says goodbye with the number of stretches done and ends', () => {
    const turn = last(run([bedtime, { type: 'next' }, { type: 'next' }, { type: 'stop' }]));
    expect(turn.beats).toEqual([{ type: 'goodbye', stepsDone: 2 }]);
    expect(turn.prompt).toBeNull();
  });

  it('lost track restarts from idle and offers a routine', () => {
    const turn = engine.apply(IDLE, { type: 'lost-track' }, ctx);
    expect(types(turn)).toEqual(['lost-track']);
    expect(turn.state.plan).toBeNull();
    expect(turn.prompt?.type).toBe('choose-routine');
  });
});

describe('routine engine after a stretch hurts on its gentlest version', () => {
  it('offers to move on or stop instead of resuming the stretch that hurt', () => {
    const turns = run([bedtime, { type: 'hurts', symptom: 'pain' }, { type: 'yes' }, { type: 'hurts', symptom: 'pain' }]);
    expect(last(turns).prompt).toEqual({ type: 'after-hurt' });
    expect(last(turns).state.question).toBe('after-hurt');
    const yes = engine.apply(last(turns).state, { type: 'yes' }, ctx);
    expect(types(yes)).toEqual(['skipping', 'stretch-intro', 'perform']);
    const no = engine.apply(last(turns).state, { type: 'no' }, ctx);
    expect(no.beats).toEqual([{ type: 'goodbye', stepsDone: 0 }]);
  });

  it('going back across stretches names the stretch it returns to', () => {
    const turn = last(run([bedtime, { type: 'next' }, { type: 'next' }, { type: 'previous' }]));
    expect(turn.beats[0]).toEqual({ type: 'back-to', stretchId: bedtimeIds[0] });
    expect(performed(turn)[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'left' });
  });
});
