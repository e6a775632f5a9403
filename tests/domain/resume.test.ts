import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import { IDLE, NO_PAIN, resumeStep, type ResumePoint } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext, NOW } from '../support/engine-context';

const engine = createRoutineEngine(content);
const bedtime = content.routine('bedtime')?.stretchIds ?? [];
const point = (overrides: Partial<ResumePoint> = {}): ResumePoint => ({
  run: { id: 'old-run', startedAt: '2026-11-20T21:00:00.000Z' },
  plan: { routineId: 'bedtime', stretchIds: bedtime },
  step: 2,
  paused: false,
  easier: [],
  done: [`${bedtime[0]}:right`, `${bedtime[0]}:left`, `${bedtime[1]}:right`],
  pain: NO_PAIN,
  ...overrides,
});

describe('resuming an unfinished run', () => {
  it('resumes after the last finished side, or at a paused or unfinished one', () => {
    expect(resumeStep(point(), content)).toBe(3);
    expect(resumeStep(point({ paused: true }), content)).toBe(2);
    expect(resumeStep(point({ done: [`${bedtime[0]}:right`, `${bedtime[0]}:left`] }), content)).toBe(2);
    expect(resumeStep(point({ step: 5, done: [`${bedtime[2]}:left`] }), content)).toBeNull();
  });

  it('launch offers the exact side to continue on, and yes continues the same run there', () => {
    const offer = engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: point() }));
    expect(offer.beats).toEqual([{ type: 'welcome' }, { type: 'resume-offer', stretchId: bedtime[1], side: 'left', routineId: 'bedtime' }]);
    expect(offer.prompt).toEqual({ type: 'resume-offer' });
    const yes = engine.apply(offer.state, { type: 'yes' }, engineContext());
    expect(yes.beats.map((b) => b.type)).toEqual(['resuming', 'move']);
    expect(yes.beats[0]).toEqual({ type: 'resuming', stretchId: bedtime[1], side: 'left' });
    expect(yes.state.run?.id).toBe('old-run');
    const side = engine.apply(yes.state, { type: 'next' }, engineContext());
    expect(side.beats[0]).toMatchObject({ type: 'perform', stretchId: bedtime[1], side: 'left' });
    expect(side.state.done).toHaveLength(4);
  });

  it('no forgets the saved run and offers the routines', () => {
    const offer = engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: point() }));
    const no = engine.apply(offer.state, { type: 'no' }, engineContext());
    expect(no.effects).toEqual([{ type: 'run-ended', point: point(), completed: false }]);
    expect(no.beats).toEqual([{ type: 'routine-list' }]);
    expect(no.prompt?.type).toBe('choose-routine');
  });

  it('start over at the offer starts the same routine fresh, as a new run', () => {
    const offer = engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: point() }));
    const fresh = engine.apply(offer.state, { type: 'start-over' }, engineContext({ newRunId: 'new-run' }));
    expect(fresh.state.run).toEqual({ id: 'new-run', startedAt: NOW });
    expect(fresh.state.done).toEqual([]);
    expect(fresh.state.moving).toBe(true);
    expect(fresh.beats[0]).toEqual({ type: 'starting-over' });
  });

  it('a saved run with nothing left is not offered', () => {
    const done = point({ step: 5, done: [`${bedtime[2]}:left`] });
    const turn = engine.apply(IDLE, { type: 'launch' }, engineContext({ resumable: done }));
    expect(turn.beats).toEqual([{ type: 'welcome' }]);
    expect(turn.prompt?.type).toBe('choose-routine');
  });

  it('familiar stretches get the brief cues from the first side', () => {
    const context = engineContext({ familiar: [bedtime[0] ?? ''] });
    const moving = engine.apply(IDLE, { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } }, context);
    const turn = engine.apply(moving.state, { type: 'next' }, context);
    expect(turn.beats.find((b) => b.type === 'perform')).toMatchObject({ cues: 'brief' });
  });
});

describe('default routine and deleting history', () => {
  it('making a routine the default saves it and offers it first', () => {
    const turn = engine.apply(IDLE, { type: 'set-default', routine: { kind: 'match', id: 'bedtime' } }, engineContext());
    expect(turn.effects).toEqual([{ type: 'favourite-set', routineId: 'bedtime' }]);
    expect(turn.beats).toEqual([{ type: 'default-set', routineId: 'bedtime' }]);
    expect(turn.prompt).toEqual({ type: 'choose-routine', suggested: 'bedtime' });
  });

  it('an unknown or missing routine for the default saves nothing', () => {
    const unknown = engine.apply(IDLE, { type: 'set-default', routine: { kind: 'no-match', heard: 'yoga' } }, engineContext());
    expect(unknown.effects).toEqual([]);
    expect(unknown.beats).toEqual([{ type: 'unknown-routine', heard: 'yoga' }]);
    expect(engine.apply(IDLE, { type: 'set-default', routine: { kind: 'none' } }, engineContext()).beats).toEqual([
      { type: 'which-default' },
    ]);
  });

  it('delete asks first; yes deletes and ends, no keeps everything', () => {
    const ask = engine.apply(IDLE, { type: 'delete-history' }, engineContext());
    expect(ask.prompt).toEqual({ type: 'confirm-delete' });
    expect(ask.effects).toEqual([]);
    const yes = engine.apply(ask.state, { type: 'yes' }, engineContext());
    expect(yes.effects).toEqual([{ type: 'history-deleted' }]);
    expect(yes.prompt).toBeNull();
    const no = engine.apply(ask.state, { type: 'no' }, engineContext());
    expect(no.effects).toEqual([]);
    expect(no.beats).toEqual([{ type: 'not-deleted' }]);
  });
});
