import { describe, expect, it } from 'vitest';
import { MOVE_WAIT_MS } from '../../lambda/domain/position-moves';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, stepsOf, type RoutineState } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext, playEvents } from '../support/engine-context';

const engine = createRoutineEngine(content);
const ctx: EngineContext = engineContext();
const run = (events: RoutineEvent[], from: RoutineState = IDLE, context = ctx): Turn[] => playEvents(engine, events, context, from);
const last = (turns: Turn[]): Turn => turns[turns.length - 1] as Turn;
const types = (turn: Turn): string[] => turn.beats.map((b) => b.type);
const performed = (turn: Turn) => turn.beats.filter((b) => b.type === 'perform');
const moves = (turn: Turn) => turn.beats.filter((b) => b.type === 'move');
const next = { type: 'next' } as const;
const nexts = (n: number): RoutineEvent[] => Array.from({ length: n }, () => next);
const routine = (id: string) => ({ type: 'start-routine', routine: { kind: 'match', id } }) as const;
const bedtime = routine('bedtime');
const bedtimeIds = content.routine('bedtime')?.stretchIds ?? [];
/** Start bedtime and get into position for its first stretch. */
const inBedtime: RoutineEvent[] = [bedtime, next];

describe('routine engine', () => {
  it('launch welcomes and offers the suggested routine', () => {
    const turn = engine.apply(IDLE, { type: 'launch' }, ctx);
    expect(types(turn)).toEqual(['welcome']);
    expect(turn.prompt).toEqual({ type: 'choose-routine', suggested: 'quick-relief' });
    expect(turn.state.question).toBe('start-suggested');
  });

  it('adds the medical disclaimer once, on first use, whatever the first request', () => {
    const turns = run([bedtime, next], IDLE, engineContext({ firstUse: true }));
    expect(types(turns[0] as Turn)[0]).toBe('disclaimer');
    expect(types(last(turns))).not.toContain('disclaimer');
    expect(types(engine.apply(IDLE, { type: 'launch' }, engineContext({ firstUse: true })))).toEqual([
      'welcome',
      'disclaimer',
      'setup-hint',
    ]);
  });

  it.each([
    { sessionsToday: 0, note: false },
    { sessionsToday: 1, note: false },
    { sessionsToday: 2, note: true },
    { sessionsToday: 3, note: true },
  ])('launch after $sessionsToday sessions today: the gentle note $note, then the offer as always', ({ sessionsToday, note }) => {
    const context = engineContext({ sessionsToday });
    const [launched, yes] = run([{ type: 'launch' }, { type: 'yes' }], IDLE, context);
    expect(launched?.beats).toEqual([{ type: 'welcome' }, ...(note ? [{ type: 'enough-today', sessions: sessionsToday }] : [])]);
    expect(launched?.prompt).toEqual({ type: 'choose-routine', suggested: 'quick-relief' });
    // The choice stays the user's: yes starts the routine.
    expect(yes?.state.plan?.routineId).toBe('quick-relief');
  });

  it('the gentle note comes after the disclaimer on first use', () => {
    expect(types(engine.apply(IDLE, { type: 'launch' }, engineContext({ sessionsToday: 2, firstUse: true })))).toEqual([
      'welcome',
      'disclaimer',
      'enough-today',
      'setup-hint',
    ]);
  });

  it('does not delay safety advice with the disclaimer', () => {
    const turn = engine.apply(IDLE, { type: 'hurts', symptom: 'pain' }, engineContext({ firstUse: true }));
    expect(types(turn)).toEqual(['hurts']);
  });

  it('yes to the offer starts the suggested routine by moving into its first position, never with a hold', () => {
    const [, started] = run([{ type: 'launch' }, { type: 'yes' }]);
    expect(started?.state.plan?.routineId).toBe('quick-relief');
    expect(types(started as Turn)).toEqual(['routine-intro', 'stretch-intro', 'move']);
    expect(moves(started as Turn)[0]).toMatchObject({ stretchId: 'seated-figure-four', to: 'sitting-on-chair' });
    expect(started?.prompt).toEqual({ type: 'in-position', to: 'sitting-on-chair' });
    expect(started?.state).toMatchObject({ moving: true, position: null, done: [] });
  });

  it('"next" once in position plays the first side, with the warning about sharp pain before the first hold only', () => {
    const [, first, second] = run([bedtime, next, next]);
    expect(types(first as Turn)).toEqual(['perform']);
    expect(performed(first as Turn)[0]).toMatchObject({ side: 'right', cues: 'full', sideNumber: 1, positionCue: false, warn: true });
    expect(first?.state).toMatchObject({ moving: false, position: 'sitting-on-floor', cautioned: true });
    expect(performed(second as Turn)[0]).toMatchObject({ side: 'left', warn: false, positionCue: false });
  });

  it('walks every side of every stretch, moving before each stretch that starts in a new position, then finishes', () => {
    const plan = { routineId: 'bedtime', stretchIds: bedtimeIds };
    const steps = stepsOf(plan, content).length;
    // The start moves into the first position; "next" moves once more (to lying down), plays each side, and finishes.
    const turns = run([bedtime, ...nexts(steps + 2)]);
    expect(turns.at(-2)?.prompt).toEqual({ type: 'finish', routineId: 'bedtime' });
    const sides = turns.flatMap(performed).map((b) => `${b.stretchId}:${b.side ?? 'both'}`);
    expect(sides).toEqual(stepsOf(plan, content).map((s) => `${s.stretchId}:${s.side ?? 'both'}`));
    expect(turns.flatMap(moves).map((m) => m.stretchId)).toEqual(bedtimeIds.slice(0, 2));
    for (const turn of turns) expect(performed(turn).length + moves(turn).length, types(turn).join()).toBeLessThanOrEqual(1);
    expect(last(turns).beats.find((b) => b.type === 'finished')).toEqual({
      type: 'finished',
      routineId: 'bedtime',
      stretchId: bedtimeIds[0],
      stretchesDone: bedtimeIds.length,
    });
    expect(last(turns).prompt).toBeNull();
  });

  it('a stretch in the same position as the last one plays straight away, saying where to be first', () => {
    const turns = run([routine('seated'), ...nexts(2)]);
    const second = last(turns);
    expect(types(second)).toEqual(['stretch-intro', 'perform']);
    expect(performed(second)[0]).toMatchObject({ stretchId: 'seated-figure-four', side: 'right', positionCue: true });
  });

  it('the wait fits the move: longest down to the floor, shorter within it', () => {
    const turns = run([routine('quick-relief'), ...nexts(3), ...nexts(2)]);
    const waits = turns.flatMap(moves).map((m) => [m.to, m.waitMs]);
    expect(waits).toEqual([
      ['sitting-on-chair', MOVE_WAIT_MS.small],
      ['hands-and-knees', MOVE_WAIT_MS.floorChange],
      ['lying-on-back', MOVE_WAIT_MS.withinFloor],
    ]);
  });

  it('gives full cues the first time and brief cues for the second side', () => {
    const [, first, second] = run([...inBedtime, next]);
    expect(performed(first as Turn)[0]?.cues).toBe('full');
    expect(performed(second as Turn)[0]).toMatchObject({ cues: 'brief', side: 'left', sideNumber: 2 });
    expect((first as Turn).prompt).toEqual({ type: 'next-side', stretchId: bedtimeIds[0], side: 'left' });
    expect((second as Turn).prompt).toEqual({ type: 'next-stretch', stretchId: bedtimeIds[1] });
  });

  it('repeat plays the same side again with full cues; while moving it repeats where to be', () => {
    const again = last(run([...inBedtime, next, { type: 'repeat' }]));
    expect(types(again)).toEqual(['perform']);
    expect(performed(again)[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'left', cues: 'full' });
    expect(again.state.step).toBe(1);
    const whileMoving = last(run([bedtime, { type: 'repeat' }]));
    expect(types(whileMoving)).toEqual(['move']);
    expect(whileMoving.prompt?.type).toBe('in-position');
  });

  it('previous goes back one side, and says so at the very first side', () => {
    const back = last(run([...inBedtime, next, { type: 'previous' }]));
    expect(performed(back)[0]).toMatchObject({ side: 'right' });
    const atStart = last(run([...inBedtime, { type: 'previous' }]));
    expect(types(atStart)).toEqual(['already-first', 'stretch-intro', 'perform']);
  });

  it('skip moves to the next stretch, into its position first', () => {
    const turn = last(run([...inBedtime, { type: 'skip' }]));
    expect(types(turn)).toEqual(['skipping', 'stretch-intro', 'move']);
    expect(moves(turn)[0]).toMatchObject({ stretchId: bedtimeIds[1] });
  });

  it('skip on the last stretch finishes the routine', () => {
    const turns = run([bedtime, ...nexts(6), { type: 'skip' }]);
    expect(types(turns.at(-2) as Turn)).toEqual(['stretch-intro', 'perform']);
    expect(performed(turns.at(-2) as Turn)[0]).toMatchObject({ stretchId: bedtimeIds[2], positionCue: true });
    expect(types(last(turns))).toEqual(['skipping', 'finished']);
  });

  it('a pause after a side was heard to the end: resume names the next side, and moves into position for it', () => {
    const [, , , paused, resumed, ready] = run([...inBedtime, next, { type: 'pause' }, { type: 'resume' }, next]);
    expect(paused?.prompt).toEqual({ type: 'resume' });
    expect(paused?.state).toMatchObject({ paused: true, position: null });
    expect(paused?.state.done).toContain(`${bedtimeIds[0]}:left`);
    expect(types(resumed as Turn)).toEqual(['resuming', 'move']);
    expect(resumed?.beats[0]).toEqual({ type: 'resuming', stretchId: bedtimeIds[1], side: 'right' });
    expect(resumed?.state.paused).toBe(false);
    expect(performed(ready as Turn)[0]).toMatchObject({ stretchId: bedtimeIds[1], side: 'right' });
  });

  it('a pause said over the side ("Alexa, pause"): the side is not done, and resume plays it again', () => {
    const onLeft = last(run([...inBedtime, next])).state;
    const pausedOver = engine.apply(onLeft, { type: 'pause' }, engineContext({ interrupted: true }));
    expect(pausedOver.state.done).not.toContain(`${bedtimeIds[0]}:left`);
    const again = engine.apply(pausedOver.state, { type: 'resume' }, ctx);
    expect(again.beats[0]).toEqual({ type: 'resuming', stretchId: bedtimeIds[0], side: 'left' });
    expect(performed(engine.apply(again.state, next, ctx))[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'left' });
  });

  it('resume while getting into position means the user is there', () => {
    const turn = last(run([bedtime, { type: 'resume' }]));
    expect(performed(turn)[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'right' });
  });

  it('start over restarts the routine from its first position', () => {
    const turn = last(run([...inBedtime, next, next, { type: 'start-over' }]));
    expect(types(turn)).toEqual(['starting-over', 'stretch-intro', 'move']);
    expect(turn.state.step).toBe(0);
    expect(turn.state.done).toEqual([]);
  });

  it('easier switches to the easier variant and replays the side where it starts in the same position', () => {
    const turn = last(run([...inBedtime, { type: 'easier' }]));
    expect(types(turn)).toEqual(['easier-on', 'perform']);
    expect(performed(turn)[0]).toMatchObject({ easier: true, side: 'right' });
    expect(types(engine.apply(turn.state, { type: 'easier' }, ctx))).toEqual(['already-easiest']);
  });

  it("an easier variant that starts elsewhere (the pigeon's, lying down) moves there first", () => {
    const pigeon = { type: 'start-stretch', stretch: { kind: 'match', id: 'pigeon' } } as const;
    const [, , eased, ready] = run([pigeon, next, { type: 'easier' }, next]);
    expect(types(eased as Turn)).toEqual(['easier-on', 'move']);
    expect(moves(eased as Turn)[0]).toMatchObject({ easier: true, to: 'lying-on-back' });
    expect(performed(ready as Turn)[0]).toMatchObject({ stretchId: 'pigeon', easier: true, side: 'right' });
  });

  it('answers how many are left, what it is for and more detail without moving', () => {
    const [, start, left, purpose, detail] = run([
      ...inBedtime,
      { type: 'how-many-left' },
      { type: 'what-is-this-for' },
      { type: 'more-detail' },
    ]);
    expect(left?.beats).toEqual([{ type: 'left', number: 1, total: bedtimeIds.length, remainingIds: bedtimeIds.slice(1) }]);
    expect(purpose?.beats).toEqual([{ type: 'purpose', stretchId: bedtimeIds[0] }]);
    expect(detail?.beats).toEqual([{ type: 'detail', stretchId: bedtimeIds[0], side: 'right' }]);
    for (const turn of [left, purpose, detail]) {
      expect(turn?.state).toEqual(start?.state);
      expect(turn?.prompt).toEqual(start?.prompt);
    }
  });

  it('it hurts stops the side, uncounts it, and offers the gentler version', () => {
    const turn = last(run([...inBedtime, { type: 'hurts', symptom: 'pain' }]));
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

  it.each(['emergency', 'urgent'] as const)('a red flag (%s) ends the session at once, from anywhere', (symptom) => {
    for (const from of [[...inBedtime], [bedtime], []] as RoutineEvent[][]) {
      const turn = last(run([...from, { type: 'hurts', symptom }]));
      expect(types(turn)).toEqual(['hurts']);
      expect(turn.beats[0]).toMatchObject({ symptom });
      expect(turn.prompt).toBeNull();
    }
  });

  it('a single named stretch is a one-stretch plan, started by moving into position', () => {
    const turn = engine.apply(IDLE, { type: 'start-stretch', stretch: { kind: 'match', id: 'pigeon' } }, ctx);
    expect(turn.state.plan).toEqual({ routineId: null, stretchIds: ['pigeon'] });
    expect(types(turn)).toEqual(['stretch-intro', 'move']);
  });

  it('unknown names keep the user where they were', () => {
    const [, start, unknown] = run([...inBedtime, { type: 'start-routine', routine: { kind: 'no-match', heard: 'yoga' } }]);
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
    const turn = last(run([...inBedtime, next, next, next, { type: 'stop' }]));
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
    const turns = run([...inBedtime, { type: 'hurts', symptom: 'pain' }, { type: 'yes' }, { type: 'hurts', symptom: 'pain' }]);
    expect(last(turns).prompt).toEqual({ type: 'after-hurt' });
    expect(last(turns).state.question).toBe('after-hurt');
    const yes = engine.apply(last(turns).state, { type: 'yes' }, ctx);
    expect(types(yes)).toEqual(['skipping', 'stretch-intro', 'move']);
    const no = engine.apply(last(turns).state, { type: 'no' }, ctx);
    expect(no.beats).toEqual([{ type: 'goodbye', stepsDone: 0 }]);
  });

  it('going back across stretches names the stretch it returns to, and moves back to its position', () => {
    const turns = run([...inBedtime, next, next, next, { type: 'previous' }, next]);
    expect(turns.at(-2)?.beats[0]).toEqual({ type: 'back-to', stretchId: bedtimeIds[0] });
    expect(moves(turns.at(-2) as Turn)[0]).toMatchObject({ stretchId: bedtimeIds[0] });
    expect(performed(last(turns))[0]).toMatchObject({ stretchId: bedtimeIds[0], side: 'left' });
  });
});

describe('the facts the engine asks to store (effects)', () => {
  const kinds = (turn: Turn): string[] => turn.effects.map((e) => e.type);

  it('a newly finished side is progress naming that side; playing it again is not', () => {
    const [, first, again] = run([...inBedtime, { type: 'repeat' }]);
    expect(first?.effects).toEqual([
      { type: 'progress', point: expect.objectContaining({ done: [`${bedtimeIds[0]}:right`] }), finished: `${bedtimeIds[0]}:right` },
    ]);
    expect(again?.effects).toEqual([]);
  });

  it('questions, help and moving into position store nothing', () => {
    const turns = run([bedtime, { type: 'how-many-left' }, { type: 'help' }, { type: 'what-is-this-for' }]);
    for (const turn of turns) expect(kinds(turn)).toEqual([]);
  });

  it('a pause keeps the place once a side is done', () => {
    const paused = last(run([...inBedtime, { type: 'pause' }]));
    expect(paused.effects).toEqual([{ type: 'progress', point: expect.objectContaining({ paused: true }), finished: null }]);
  });

  it('finishing ends the run as completed, then the session', () => {
    const turns = run([bedtime, ...nexts(8)]);
    const finished = turns.find((t) => t.beats.some((b) => b.type === 'finished'));
    expect(kinds(finished as Turn)).toEqual(['run-ended', 'session-ended']);
    expect(finished?.effects[0]).toMatchObject({ completed: true, point: { done: expect.arrayContaining([`${bedtimeIds[2]}:left`]) } });
    expect(finished?.effects[1]).toEqual({ type: 'session-ended', point: null });
  });

  it('starting another routine leaves the open run behind, not completed', () => {
    const switched = last(run([...inBedtime, routine('seated')]));
    expect(switched.effects[0]).toMatchObject({ type: 'run-ended', completed: false, point: { plan: { routineId: 'bedtime' } } });
  });

  it('stop keeps the place it leaves; with nothing done and not moving there is nothing to keep', () => {
    expect(last(run([...inBedtime, { type: 'stop' }])).effects).toEqual([
      { type: 'session-ended', point: expect.objectContaining({ done: [`${bedtimeIds[0]}:right`] }) },
    ]);
    expect(last(run([{ type: 'launch' }, { type: 'stop' }])).effects).toEqual([{ type: 'session-ended', point: null }]);
  });

  it('a session that closes while the user is getting into position keeps the place, though nothing is done yet', () => {
    const ended = last(run([bedtime, { type: 'session-ended' }]));
    expect(ended.effects).toEqual([{ type: 'session-ended', point: expect.objectContaining({ step: 0, done: [] }) }]);
    expect(ended.beats).toEqual([]);
  });

  it('a session that closes at the last pain question still completes the run', () => {
    const context = engineContext({ painCheckins: true });
    const turns = run([bedtime, { type: 'skip' }, ...nexts(9)], IDLE, context);
    const asked = turns.findIndex((t) => t.prompt?.type === 'pain' && t.prompt.when === 'after');
    expect(asked).toBeGreaterThan(0);
    const ended = engine.apply((turns[asked] as Turn).state, { type: 'session-ended' }, context);
    expect(kinds(ended)).toEqual(['run-ended', 'session-ended']);
    expect(ended.effects[0]).toMatchObject({ completed: true });
  });

  it('the disclaimer heard on first use, a favourite, check-ins, a learned time zone and a deletion are each one effect', () => {
    expect(kinds(engine.apply(IDLE, { type: 'launch' }, engineContext({ firstUse: true })))).toEqual(['disclaimer-heard']);
    expect(engine.apply(IDLE, { type: 'set-default', routine: { kind: 'match', id: 'bedtime' } }, ctx).effects).toEqual([
      { type: 'favourite-set', routineId: 'bedtime' },
    ]);
    expect(engine.apply(IDLE, { type: 'pain-checkins', on: true }, ctx).effects).toEqual([{ type: 'checkins-set', on: true }]);
    expect(kinds(engine.apply(IDLE, { type: 'summary', summary: null, learnedTimeZone: 'Europe/London' }, ctx))).toEqual([
      'time-zone-learned',
      'session-ended',
    ]);
    const asked = engine.apply(IDLE, { type: 'delete-history' }, ctx);
    expect(engine.apply(asked.state, { type: 'yes' }, ctx).effects).toEqual([{ type: 'history-deleted' }]);
    // With reminders of the skill in the profile, they are cancelled too.
    expect(engine.apply(asked.state, { type: 'yes' }, engineContext({ hasReminders: true })).effects).toEqual([
      { type: 'history-deleted' },
      { type: 'reminder-action', action: 'cancel', ending: true },
    ]);
  });
});

describe('the same words mean what the moment needs', () => {
  it('"next" or "carry on" at an offer mean yes: the suggested routine starts, or the saved run continues', () => {
    const [, started] = run([{ type: 'launch' }, next]);
    expect(started?.state.plan?.routineId).toBe('quick-relief');
    const [, carried] = run([{ type: 'launch' }, { type: 'resume' }]);
    expect(carried?.state.plan?.routineId).toBe('quick-relief');
    const point = {
      run: { id: 'old', startedAt: '2026-11-20T21:00:00.000Z' },
      plan: { routineId: 'bedtime', stretchIds: bedtimeIds },
      step: 1,
      paused: false,
      easier: [],
      done: [`${bedtimeIds[0]}:right`, `${bedtimeIds[0]}:left`],
      pain: { before: null, after: null },
    };
    const offered = engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: point }));
    const continued = engine.apply(offered.state, next, ctx);
    expect(continued.state.run?.id).toBe('old');
    expect(continued.beats[0]).toEqual({ type: 'resuming', stretchId: bedtimeIds[1], side: 'right' });
  });

  it('"next" never answers the delete question: only yes deletes', () => {
    const asked = engine.apply(IDLE, { type: 'delete-history' }, ctx);
    expect(engine.apply(asked.state, next, ctx).effects).not.toContainEqual({ type: 'history-deleted' });
  });
});

describe('a question never drops an offer', () => {
  const point = {
    run: { id: 'old', startedAt: '2026-11-20T21:00:00.000Z' },
    plan: { routineId: 'bedtime', stretchIds: bedtimeIds },
    step: 3,
    paused: false,
    easier: [],
    done: [`${bedtimeIds[0]}:right`, `${bedtimeIds[0]}:left`, `${bedtimeIds[1]}:right`, `${bedtimeIds[1]}:left`],
    pain: { before: null, after: null },
  };
  const offer = () => engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: point }));

  it('after two sessions today, the gentle note comes before the offer, which still stands', () => {
    const offered = engine.apply(IDLE, { type: 'launch' }, engineContext({ sessionsToday: 2, resumable: point }));
    expect(types(offered)).toEqual(['welcome', 'enough-today', 'resume-offer']);
    expect(offered.prompt).toEqual({ type: 'resume-offer' });
  });

  it.each([
    [{ type: 'how-many-left' }, 'left'],
    [{ type: 'what-is-this-for' }, 'purpose'],
    [{ type: 'where-am-i' }, 'where'],
    [{ type: 'more-detail' }, 'detail'],
    [{ type: 'repeat' }, 'resume-offer'],
    [{ type: 'help' }, 'help'],
    [{ type: 'summary', summary: null, learnedTimeZone: null }, 'summary-unavailable'],
    [{ type: 'not-understood' }, 'not-understood'],
  ] as const)('at the resume offer, %j is answered and the same question is asked again', (event, beat) => {
    const answered = engine.apply(offer().state, event, ctx);
    expect(answered.beats.map((b) => b.type)).toContain(beat);
    expect(answered.prompt).toEqual({ type: 'resume-offer' });
    expect(answered.state.offer?.run.id).toBe('old');
    const yes = engine.apply(answered.state, { type: 'yes' }, ctx);
    expect(yes.state.run?.id).toBe('old');
  });

  it('the answers are about the offered place: stretch three of three, the lying figure four', () => {
    const left = engine.apply(offer().state, { type: 'how-many-left' }, ctx);
    expect(left.beats).toEqual([{ type: 'left', number: 3, total: 3, remainingIds: [] }]);
    const where = engine.apply(offer().state, { type: 'where-am-i' }, ctx);
    expect(where.beats).toEqual([{ type: 'where', stretchId: bedtimeIds[2], side: 'right', number: 3, total: 3, moving: false }]);
  });

  it('at the pain question, help and "how many are left" are answered and the score is asked for again', () => {
    const context = engineContext({ painCheckins: true });
    const asked = engine.apply(IDLE, bedtime, context);
    for (const event of [{ type: 'help' }, { type: 'how-many-left' }] as const) {
      expect(engine.apply(asked.state, event, context).prompt).toEqual({ type: 'pain', when: 'before' });
    }
  });

  it('a weekly summary asked at launch keeps the session open and offers a routine; asked one-shot it ends', () => {
    const launched = engine.apply(IDLE, { type: 'launch' }, ctx);
    const atLaunch = engine.apply(launched.state, { type: 'summary', summary: null, learnedTimeZone: null }, ctx);
    expect(atLaunch.prompt).toEqual({ type: 'choose-routine', suggested: 'quick-relief' });
    expect(engine.apply(IDLE, { type: 'summary', summary: null, learnedTimeZone: null }, ctx).prompt).toBeNull();
  });
});

describe('misses in a row', () => {
  it('the first miss says what can be said now; the second also gives the help for the moment; anything understood resets the count', () => {
    const [, , first, second, understood, again] = run([
      ...inBedtime,
      { type: 'not-understood' },
      { type: 'not-understood' },
      { type: 'how-many-left' },
      { type: 'not-understood' },
    ]);
    expect(first?.beats).toEqual([{ type: 'not-understood', misses: 1 }]);
    expect(second?.beats).toEqual([{ type: 'not-understood', misses: 2 }, { type: 'help' }]);
    expect(understood?.state.misses).toBe(0);
    expect(again?.beats).toEqual([{ type: 'not-understood', misses: 1 }]);
    expect(second?.prompt).toEqual(first?.prompt);
  });
});

describe('where am I, no band, too easy', () => {
  it('where am I names the stretch, the side and the place in the routine; while moving, what the user is getting ready for', () => {
    const moving = engine.apply(IDLE, bedtime, ctx);
    expect(engine.apply(moving.state, { type: 'where-am-i' }, ctx).beats).toEqual([
      { type: 'where', stretchId: bedtimeIds[0], side: 'right', number: 1, total: 3, moving: true },
    ]);
    const onLeft = last(run([...inBedtime, next])).state;
    expect(engine.apply(onLeft, { type: 'where-am-i' }, ctx).beats).toEqual([
      { type: 'where', stretchId: bedtimeIds[0], side: 'left', number: 1, total: 3, moving: false },
    ]);
  });

  it('no band answers for the stretch at hand, or between routines, and moves nothing', () => {
    const onCalf = last(run(inBedtime));
    const answer = engine.apply(onCalf.state, { type: 'no-equipment', item: 'band' }, ctx);
    expect(answer.beats).toEqual([{ type: 'stand-ins', stretchId: bedtimeIds[0], item: 'band' }]);
    expect(answer.state).toEqual(onCalf.state);
    expect(engine.apply(IDLE, { type: 'no-equipment', item: null }, ctx).beats).toEqual([
      { type: 'stand-ins', stretchId: null, item: null },
    ]);
  });

  it('too easy is answered kindly, and moves nothing', () => {
    const onCalf = last(run(inBedtime));
    const answer = engine.apply(onCalf.state, { type: 'too-easy' }, ctx);
    expect(answer.beats).toEqual([{ type: 'too-easy' }]);
    expect(answer.state).toEqual(onCalf.state);
    expect(answer.prompt).toEqual(onCalf.prompt);
  });
});
