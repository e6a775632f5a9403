import { describe, expect, it } from 'vitest';
import { isEmpty, planSaves, type SavePlan } from '../../lambda/conversation/save-plan';
import type { SyncState } from '../../lambda/conversation/session-codec';
import { emptySync, executePlan } from '../../lambda/conversation/storage-sync';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, type ResumePoint, type RoutineState } from '../../lambda/domain/routine-state';
import { userKeyOf } from '../../lambda/storage/user-key';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { content } from '../support/content';
import { engineContext, NOW } from '../support/engine-context';

const engine = createRoutineEngine(content);
const bedtime = content.routine('bedtime')?.stretchIds ?? [];
const start: RoutineEvent = { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } };
const next: RoutineEvent = { type: 'next' };
const returning: SyncState = {
  ...emptySync(true, 'session-1'),
  profile: { ...emptySync(true, 'session-1').profile, disclaimerHeard: true },
};

/** The sync state after a plan whose every write succeeded: the run's next save expects the version this one wrote. */
function succeeded(plan: SavePlan): SyncState {
  const run = plan.after.run;
  const saved = plan.runs.find((save) => save.record.run.id === run?.id);
  return { ...plan.after, run: run && saved ? { ...run, version: (saved.expected ?? 0) + 1 } : run };
}

/** Plays events, applying each turn's plan as if every write succeeded, and returns every plan. */
function plans(events: RoutineEvent[], sync: SyncState = returning, context: Partial<EngineContext> = {}): SavePlan[] {
  let state: RoutineState = IDLE;
  let current = sync;
  return events.map((event, i) => {
    const turn: Turn = engine.apply(
      state,
      event,
      engineContext({ newRunId: `run-${i}`, firstUse: !current.profile.disclaimerHeard, ...context }),
    );
    const plan = planSaves(turn.effects, current, NOW, content);
    state = turn.state;
    current = succeeded(plan);
    return plan;
  });
}

/** The run ids, completion, end and resume step of a plan's saves. */
const saves = (plan: SavePlan | undefined) =>
  plan?.runs.map(({ record, point }) => [record.run.id, record.completed, record.endedAt, point?.step ?? null]);

describe('what a turn writes', () => {
  it("starting a routine writes nothing while the user moves into position; the first side saves the run's item and points at it", () => {
    const [moving, first] = plans([start, next]);
    expect(moving && isEmpty(moving)).toBe(true);
    expect(first?.runs).toHaveLength(1);
    expect(first?.runs[0]).toMatchObject({
      expected: null,
      recordVersion: 1,
      record: { completed: false, endedAt: null, stretchesDone: 1 },
    });
    expect(first?.runs[0]?.point?.done).toEqual([`${bedtime[0]}:right`]);
    expect(first?.profile).toEqual({ pointer: { set: { id: 'run-0', startedAt: NOW } } });
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

  it("each later side writes the run's item alone, expecting the version the last save wrote, the record version counting up", () => {
    const [, first, second] = plans([start, next, next]);
    expect(first?.runs.map((r) => [r.expected, r.recordVersion])).toEqual([[null, 1]]);
    expect(second?.runs.map((r) => [r.expected, r.recordVersion])).toEqual([[1, 2]]);
    expect(second?.profile).toBeNull();
  });

  it("pausing saves the position in the run's item, and nothing else", () => {
    const [, , paused] = plans([start, next, { type: 'pause' }]);
    expect(paused?.runs.map((r) => r.point?.paused)).toEqual([true]);
    expect(paused?.profile).toBeNull();
  });

  it('the last side completes the record in its one write; the closing next counts and unpoints in one update, and no more', () => {
    const sides = 6;
    // Into position, six sides, one more move (down to lying), and the closing "next".
    const all = plans([start, ...Array.from({ length: sides + 2 }, () => next)]);
    const [lastSide, closing] = all.slice(-2);
    expect(saves(lastSide)).toEqual([['run-0', true, NOW, null]]);
    expect(lastSide?.runs[0]?.record.done).toHaveLength(sides);
    expect(lastSide?.profile).toBeNull();
    expect(closing?.runs).toEqual([]);
    expect(closing?.profile).toEqual({
      practised: bedtime,
      countToken: 'session-1',
      pointer: { remove: 'run-0' },
      sessionLog: { add: [`${NOW}|run-0`] },
    });
    const requests = all.map((plan) => plan.runs.length + (plan.profile ? 1 : 0));
    expect(requests.reduce((sum, n) => sum + n, 0)).toBe(sides + 2);
  });

  it("starting another routine mid-run closes the old run's item; the new run's first side points the profile at the new run", () => {
    const [, , , switched, first] = plans([start, next, next, { type: 'start-routine', routine: { kind: 'match', id: 'seated' } }, next]);
    expect(saves(switched)).toEqual([['run-0', false, NOW, null]]);
    expect(switched?.runs[0]).toMatchObject({ expected: 2, recordVersion: 3 });
    expect(switched?.profile).toBeNull();
    expect(saves(first)).toEqual([['run-3', false, null, 0]]);
    expect(first?.runs[0]).toMatchObject({ expected: null, recordVersion: 1 });
    expect(first?.profile).toEqual({ pointer: { set: { id: 'run-3', startedAt: NOW } } });
  });

  it('the disclaimer rides on the first profile update; the stretches done and the kept place reach it at the session end', () => {
    const fresh = emptySync(true, 'session-1');
    const all = plans([start, next, next, next, next, { type: 'stop' }], fresh);
    expect(all[0]?.profile).toBeNull();
    expect(all[0]?.after.unsavedProfile).toEqual({ disclaimerHeard: true });
    expect(all[1]?.profile).toEqual({ disclaimerHeard: true, pointer: { set: { id: 'run-0', startedAt: NOW } } });
    expect(all[2]?.profile).toBeNull();
    expect(saves(all.at(-1))).toEqual([['run-0', false, NOW, 2]]);
    expect(all.at(-1)?.profile).toEqual({
      practised: [bedtime[0], bedtime[1]],
      countToken: 'session-1',
      pointer: { set: { id: 'run-0', startedAt: NOW } },
      sessionLog: { add: [`${NOW}|run-0`] },
    });
  });

  it('writes that failed earlier are retried on the next turn, one save per run', () => {
    const earlier = plans([start, next])[1]?.runs[0]?.record;
    if (!earlier) throw new Error('no record');
    const older = { ...earlier, run: { id: 'older-run', startedAt: '2026-11-20T09:00:00.000Z' } };
    const sync: SyncState = {
      ...returning,
      unsavedRuns: [
        { record: older, point: null, expected: 2, recordVersion: 3 },
        { record: older, point: null, expected: 2, recordVersion: 2 },
      ],
    };
    const [moving, first] = plans([start, next], sync);
    expect(moving?.runs.map((r) => [r.record.run.id, r.recordVersion])).toEqual([['older-run', 3]]);
    expect(first?.runs.map((r) => [r.record.run.id, r.recordVersion])).toEqual([['run-0', 1]]);
  });

  it('a pointer change that failed is made again with the next save', () => {
    const context = engineContext({ newRunId: 'run-0' });
    const first = engine.apply(engine.apply(IDLE, start, context).state, next, context);
    const firstPlan = planSaves(first.effects, returning, NOW, content);
    // The run's item was saved, but the profile update failed: the pointer is believed to name nothing still.
    const failed: SyncState = { ...succeeded(firstPlan), pointer: null };
    const again = planSaves(engine.apply(first.state, next, context).effects, failed, NOW, content);
    expect(again.runs.map((r) => r.recordVersion)).toEqual([2]);
    expect(again.profile).toEqual({ pointer: { set: { id: 'run-0', startedAt: NOW } } });
  });

  it('a session that ends while the user is getting into position keeps the place, before any side is done', () => {
    const [, ended] = plans([start, { type: 'stop' }]);
    expect(ended?.runs.map((r) => r.point)).toMatchObject([{ step: 0, done: [] }]);
    expect(ended?.runs[0]?.record.done).toEqual([]);
    expect(ended?.profile).toEqual({ pointer: { set: { id: 'run-0', startedAt: NOW } } });
  });

  it('a resumed run saves to its item expecting the loaded version; "no" at the offer closes it, and the pointer goes at the end', () => {
    const point: ResumePoint = {
      run: { id: 'saved', startedAt: '2026-11-20T09:00:00.000Z' },
      plan: { routineId: 'bedtime', stretchIds: [...bedtime] },
      step: 1,
      paused: false,
      easier: [],
      done: [`${bedtime[0]}:right`, `${bedtime[0]}:left`],
      pain: { before: null, after: null },
    };
    // Its first stretch was finished in the session that saved it, so the profile's log already has it.
    const loaded: SyncState = {
      ...returning,
      profile: { ...returning.profile, recentSessions: [`${point.run.startedAt}|saved`] },
      run: { id: 'saved', version: 4, recordVersion: 4 },
      pointer: 'saved',
      openRun: point.run,
    };
    const [, yes, side] = plans([{ type: 'launch' }, { type: 'yes' }, next], loaded, { resumable: point });
    expect(yes && isEmpty(yes)).toBe(true);
    expect(side?.runs[0]).toMatchObject({ expected: 4, recordVersion: 5, point: { run: point.run, step: 2 } });
    expect(side?.profile).toBeNull();

    const [, no, stop] = plans([{ type: 'launch' }, { type: 'no' }, { type: 'stop' }], loaded, { resumable: point });
    expect(saves(no)).toEqual([['saved', false, NOW, null]]);
    expect(no?.runs[0]).toMatchObject({ expected: 4, recordVersion: 5 });
    expect(no?.profile).toBeNull();
    expect(stop?.runs).toEqual([]);
    expect(stop?.profile).toEqual({ pointer: { remove: 'saved' } });
  });

  it('deleting history writes nothing else', () => {
    const [, , , yes] = plans([start, next, { type: 'delete-history' }, { type: 'yes' }]);
    expect(yes).toMatchObject({ deleteAll: true, runs: [], profile: null });
  });
});

describe("the profile's log of recent sessions", () => {
  const entry = `${NOW}|run-0`;
  const hoursAgo = (hours: number): string => new Date(new Date(NOW).getTime() - hours * 3_600_000).toISOString();
  /** Start bedtime, its first stretch on both sides (a session from the second side on), into the next position, stop. */
  const firstStretchThenStop: RoutineEvent[] = [start, next, next, next, { type: 'stop' }];

  it("a run becomes a session once a stretch is finished on every side: today's count has it at once, the session's end stores it", () => {
    const [, right, left, moving, stop] = plans(firstStretchThenStop);
    expect(right?.after).toMatchObject({ profile: { recentSessions: [] }, unsavedSessions: [] });
    expect(left?.after).toMatchObject({ profile: { recentSessions: [entry] }, unsavedSessions: [entry] });
    // No request of its own: the side's item is all that turn writes.
    expect(left?.profile).toBeNull();
    expect(moving && isEmpty(moving)).toBe(true);
    expect(stop?.profile).toMatchObject({ countToken: 'session-1', sessionLog: { add: [entry] } });
    expect(stop?.after).toMatchObject({ profile: { recentSessions: [entry] }, unsavedSessions: [] });
  });

  it('a run stopped before any stretch is finished on every side is no session, and adds nothing', () => {
    const stop = plans([start, next, { type: 'stop' }]).at(-1);
    expect(stop?.profile).not.toHaveProperty('sessionLog');
    expect(stop?.after.profile.recentSessions).toEqual([]);
  });

  it('entries too old to be today anywhere are pruned by the next profile update made anyway, never by one of their own', () => {
    const old = `${hoursAgo(60)}|old`;
    const recent = `${hoursAgo(20)}|recent`;
    const sync: SyncState = { ...returning, profile: { ...returning.profile, recentSessions: [old, recent] } };
    expect(plans([{ type: 'launch' }, { type: 'help' }], sync).every(isEmpty)).toBe(true);

    const [moving, right, , , stop] = plans(firstStretchThenStop, sync);
    expect(moving && isEmpty(moving)).toBe(true);
    expect(right?.profile).toEqual({ pointer: { set: { id: 'run-0', startedAt: NOW } }, sessionLog: { prune: [old] } });
    expect(right?.after.profile.recentSessions).toEqual([recent]);
    // The update that adds prunes nothing: DynamoDB refuses an ADD and a DELETE of one attribute in one update.
    expect(stop?.profile?.sessionLog).toEqual({ add: [entry] });
  });

  it('a session-end update that fails keeps its sessions, and the next profile update adds them again', async () => {
    const all = plans(firstStretchThenStop);
    const [before, stop] = [all.at(-2), all.at(-1)];
    if (!before || !stop) throw new Error('no plans');
    const down = (): Promise<never> => Promise.reject(new Error('down'));
    const failing: ProgressRepository = { load: down, saveRun: down, updateProfile: down, records: down, deleteUser: down };
    const outcome = await executePlan(failing, userKeyOf('amzn1.ask.account.log'), stop, succeeded(before), () => undefined);
    expect(outcome.failed).toBe(true);
    expect(outcome.sync.unsavedSessions).toEqual([entry]);
    expect(planSaves([{ type: 'session-ended', point: null }], outcome.sync, NOW, content).profile?.sessionLog).toEqual({ add: [entry] });
  });
});
