import { describe, expect, it } from 'vitest';
import { isEmpty, planSaves } from '../../lambda/conversation/save-plan';
import type { SyncState } from '../../lambda/conversation/session-codec';
import { emptySync } from '../../lambda/conversation/storage-sync';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext, NOW } from '../support/engine-context';

const engine = createRoutineEngine(content);
const bedtime = content.routine('bedtime')?.stretchIds ?? [];
const start: RoutineEvent = { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } };
const next: RoutineEvent = { type: 'next' };

/** Plays events, applying each turn's plan as if every write succeeded, and returns every plan. */
function plans(
  events: RoutineEvent[],
  sync: SyncState = { ...emptySync(true, 'session-1'), profile: { ...emptySync(true, 'session-1').profile, disclaimerHeard: true } },
) {
  let state: RoutineState = IDLE;
  let current = sync;
  return events.map((event, i) => {
    const turn: Turn = engine.apply(state, event, engineContext({ newRunId: `run-${i}`, firstUse: !current.profile.disclaimerHeard }));
    const plan = planSaves(turn.effects, current, NOW, content);
    state = turn.state;
    current = { ...plan.after, activeVersion: plan.active ? (current.activeVersion ?? 0) + 1 : current.activeVersion };
    return plan;
  });
}

describe('what a turn writes', () => {
  it('starting a routine writes nothing while the user moves into position; the first side saves the resume point and the run record', () => {
    const [moving, first] = plans([start, next]);
    expect(moving && isEmpty(moving)).toBe(true);
    expect(first?.active?.point.done).toEqual([`${bedtime[0]}:right`]);
    expect(first?.active?.expected).toBeNull();
    expect(first?.records).toHaveLength(1);
    expect(first?.records[0]).toMatchObject({ version: 1, record: { completed: false, endedAt: null, stretchesDone: 1 } });
  });

  it('info, help and repeat write nothing', () => {
    const [, , ...rest] = plans([
      start,
      next,
      { type: 'how-many-left' },
      { type: 'help' },
      { type: 'what-is-this-for' },
      { type: 'repeat' },
      { type: 'more-detail' },
    ]);
    for (const plan of rest) expect(isEmpty(plan)).toBe(true);
  });

  it('each finished side writes once, with the record version counting up', () => {
    const [, first, second] = plans([start, next, next]);
    expect(first?.records.map((r) => r.version)).toEqual([1]);
    expect(second?.records.map((r) => r.version)).toEqual([2]);
    expect(second?.active?.expected).toBe(1);
  });

  it('pausing saves the position even though no side finished', () => {
    const [, , paused] = plans([start, next, { type: 'pause' }]);
    expect(paused?.active?.point.paused).toBe(true);
  });

  it('finishing records the run as completed and forgets the resume point', () => {
    const sides = 6;
    // Into position, six sides, one more move (down to lying), and the closing "next".
    const all = plans([start, ...Array.from({ length: sides + 2 }, () => next)]);
    const last = all.at(-1);
    expect(last?.active).toBeNull();
    expect(last?.clearActive).toBe('run-0');
    expect(last?.records.at(-1)?.record).toMatchObject({ completed: true, endedAt: NOW, stretchesDone: 3 });
    expect(last?.records.at(-1)?.record.done).toHaveLength(sides);
  });

  it('starting another routine mid-run closes the old run and saves the new one', () => {
    const [, , , switched, first] = plans([start, next, next, { type: 'start-routine', routine: { kind: 'match', id: 'seated' } }, next]);
    expect(switched?.records.map((r) => [r.record.run.id, r.record.completed, r.record.endedAt])).toEqual([['run-0', false, NOW]]);
    expect(switched?.clearActive).toBe('run-0');
    expect(first?.active?.point.run.id).toBe('run-3');
    expect(first?.records.map((r) => [r.record.run.id, r.record.completed, r.record.endedAt])).toEqual([['run-3', false, null]]);
  });

  it('the disclaimer and the stretches done reach the profile at the end of the session, counted once', () => {
    const fresh = emptySync(true, 'session-1');
    const all = plans([start, next, next, next, next, { type: 'stop' }], fresh);
    expect(all[0]?.profile).toBeNull();
    expect(all[0]?.after.unsavedProfile).toEqual({ disclaimerHeard: true });
    expect(all[1]?.profile).toEqual({ disclaimerHeard: true });
    expect(all.at(-1)?.profile).toEqual({ practised: [bedtime[0], bedtime[1]], countToken: 'session-1' });
  });

  it('writes that failed earlier are retried on the next turn, one record per run', () => {
    const earlier = plans([start, next])[1]?.records[0]?.record;
    if (!earlier) throw new Error('no record');
    const older = { ...earlier, run: { id: 'older-run', startedAt: '2026-11-20T09:00:00.000Z' } };
    const sync: SyncState = {
      ...emptySync(true, 'session-1'),
      unsavedRecords: [
        { record: older, version: 3 },
        { record: older, version: 2 },
      ],
    };
    const [moving, first] = plans([start, next], sync);
    expect(moving?.records.map((r) => [r.record.run.id, r.version])).toEqual([['older-run', 3]]);
    expect(first?.records.map((r) => [r.record.run.id, r.version])).toEqual([['run-0', 1]]);
  });

  it('a session that ends while the user is getting into position keeps the place, even before any side is done', () => {
    const [, ended] = plans([start, { type: 'stop' }]);
    expect(ended?.active?.point).toMatchObject({ step: 0, done: [] });
    expect(ended?.records).toEqual([]);
  });

  it('deleting history writes nothing else', () => {
    const [, , , yes] = plans([start, next, { type: 'delete-history' }, { type: 'yes' }]);
    expect(yes).toMatchObject({ deleteAll: true, active: null, records: [], profile: null });
  });
});
