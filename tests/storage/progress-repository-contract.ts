import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEW_PROFILE, recordOf, secondsHeld } from '../../lambda/domain/progress';
import { NO_PAIN, type ResumePoint } from '../../lambda/domain/routine-state';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import type { UserKey } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import {
  at,
  BEDTIME,
  clock,
  DAY,
  freshUser,
  historyItem,
  MINUTE,
  NOW,
  openItem,
  quickRelief,
  recordAt,
  sorted,
  WIDE,
} from './progress-fixtures';

/** Builds the repository under test; its writes are made at the time `now` gives. */
export type MakeRepository = (now: () => Date) => ProgressRepository;

/** Midnight UTC twenty days before NOW: the start of the week the history tests query. */
const WEEK_START = Math.floor((NOW.getTime() - 20 * DAY) / DAY) * DAY - NOW.getTime();

/**
 * What every ProgressRepository must do, seen only through the interface:
 * the same cases run against DynamoDB Local and the in-memory repository, so
 * the two cannot drift apart. Every case uses users of its own.
 */
export function describeProgressRepositoryContract(name: string, makeRepository: MakeRepository): void {
  describe(`ProgressRepository contract: ${name}`, () => {
    let repository: ProgressRepository;

    beforeAll(() => {
      repository = makeRepository(clock);
    });

    /** Saves an open run's item as the skill does, and points the profile at the run (its first save). */
    const startRun = async (user: UserKey, point: ResumePoint, on = repository): Promise<number> => {
      const [version] = await Promise.all([
        on.saveRun(user, openItem(point), null, 1),
        on.updateProfile(user, { pointer: { set: point.run } }),
      ]);
      return version;
    };

    describe('load', () => {
      it('a new user gets the new-user profile, no saved run and no pointer', async () => {
        expect(await repository.load(freshUser())).toEqual({ profile: NEW_PROFILE, active: null, pointer: null });
      });

      it('a user with settings, a run pointed at and history gets the profile and the run, without the history', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await repository.updateProfile(user, { disclaimerHeard: true, favouriteRoutine: 'bedtime', practised: ['cat-cow'] });
        await startRun(user, point);
        for (let i = 0; i < 3; i += 1) await repository.saveRun(user, historyItem(recordAt(at(-(i + 1) * DAY), ['cat-cow:both'])), null, 1);

        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, disclaimerHeard: true, favouriteRoutine: 'bedtime', timesDone: { 'cat-cow': 1 } },
          active: { point, version: 1, recordVersion: 1 },
          pointer: 'run-1',
        });
      });

      it('a saved run the profile does not point at is not offered', async () => {
        const user = freshUser();
        await repository.saveRun(user, openItem(quickRelief('run-1', ['seated-figure-four:right'])), null, 1);
        expect(await repository.load(user)).toEqual({ profile: NEW_PROFILE, active: null, pointer: null });
      });

      it('a pointer to a run that is over, or to no saved run, is named but nothing is offered', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await startRun(user, point);
        await repository.saveRun(user, historyItem(recordOf(point, content, { completed: false, endedAt: NOW.toISOString() })), 1, 2);
        expect(await repository.load(user)).toMatchObject({ active: null, pointer: 'run-1' });

        const completed = quickRelief('run-2', ['seated-figure-four:right']);
        await startRun(user, completed);
        // A completed record with a point still in it (a late save merged in) is not offered either.
        await repository.saveRun(user, { ...openItem(completed), record: { ...openItem(completed).record, completed: true } }, 1, 2);
        expect(await repository.load(user)).toMatchObject({ active: null, pointer: 'run-2' });

        await repository.updateProfile(user, { pointer: { set: { id: 'run-3', startedAt: at(-MINUTE) } } });
        expect(await repository.load(user)).toMatchObject({ active: null, pointer: 'run-3' });
      });

      it('a pointer set 3 days ago or more is neither followed nor named; one set a minute less long ago is', async () => {
        const user = freshUser();
        let now = NOW;
        const ageing = makeRepository(() => now);
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await startRun(user, point, ageing);
        now = new Date(NOW.getTime() + 3 * DAY - MINUTE);
        expect(await ageing.load(user)).toMatchObject({ active: { point }, pointer: 'run-1' });
        now = new Date(NOW.getTime() + 3 * DAY);
        expect(await ageing.load(user)).toMatchObject({ active: null, pointer: null });
      });
    });

    describe('saveRun', () => {
      it('a saved run loads back unchanged at version 1, with its record; the next save expecting 1 makes it 2', async () => {
        const user = freshUser();
        const first = quickRelief('run-1', ['seated-figure-four:right'], { easier: ['seated-figure-four'] });
        expect(await startRun(user, first)).toBe(1);
        expect((await repository.load(user)).active).toEqual({ point: first, version: 1, recordVersion: 1 });
        expect(await repository.records(user, ...WIDE)).toEqual([openItem(first).record]);

        const second = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { paused: true });
        expect(await repository.saveRun(user, openItem(second), 1, 2)).toBe(2);
        expect((await repository.load(user)).active).toEqual({ point: second, version: 2, recordVersion: 2 });
        expect(await repository.records(user, ...WIDE)).toEqual([openItem(second).record]);
      });

      it('a stale save from another device on the same run still wins, and no finished step of either device is lost', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        // The phone finished the left side and saved (version 2) while the speaker, still at version 1, did more.
        const phone = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveRun(user, openItem(phone), 1, 2)).toBe(2);
        const speaker = quickRelief('run-1', ['seated-figure-four:right', 'lying-figure-four:right'], { step: 2, paused: true });
        expect(await repository.saveRun(user, openItem(speaker), 1, 3)).toBe(3);

        const all = sorted(['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right']);
        const active = (await repository.load(user)).active;
        expect(active).toMatchObject({ version: 3, recordVersion: 3 });
        expect(active?.point).toEqual({ ...speaker, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(all);
        const [record] = await repository.records(user, ...WIDE);
        expect(sorted(record?.done ?? [])).toEqual(all);
        expect(record?.stretchesDone).toBe(2);
      });

      it('two saves that both expected the same, now stale, version lose no step finished on any device', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        const phone = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveRun(user, openItem(phone), 1, 2)).toBe(2);
        // The speaker and the tablet both last read version 1, and each finished a side no other device has.
        const speaker = quickRelief('run-1', ['seated-figure-four:right', 'lying-figure-four:right'], { step: 2 });
        const tablet = quickRelief('run-1', ['seated-figure-four:right', 'cat-cow:both'], { step: 2 });
        const versions = await Promise.all([
          repository.saveRun(user, openItem(speaker), 1, 2),
          repository.saveRun(user, openItem(tablet), 1, 2),
        ]);

        const all = sorted(['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right', 'cat-cow:both']);
        const active = (await repository.load(user)).active;
        expect(active?.version).toBe(Math.max(...versions));
        expect(active?.recordVersion).toBe(2);
        expect(sorted(active?.point.done ?? [])).toEqual(all);
        expect(sorted((await repository.records(user, ...WIDE))[0]?.done ?? [])).toEqual(all);
      });

      it('a first save from a device that saw no saved run keeps the steps another device just saved for the same run', async () => {
        const user = freshUser();
        const phone = quickRelief('run-1', ['seated-figure-four:right']);
        expect(await startRun(user, phone)).toBe(1);
        const speaker = quickRelief('run-1', ['seated-figure-four:left'], { step: 1 });
        expect(await repository.saveRun(user, openItem(speaker), null, 2)).toBe(2);

        const active = (await repository.load(user)).active;
        expect(active).toMatchObject({ version: 2, recordVersion: 2 });
        expect(active?.point).toEqual({ ...speaker, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(['seated-figure-four:left', 'seated-figure-four:right']);
      });

      it('an older save of the same run arriving late does not move the saved place back, and loses no step', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        const newest = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right'], {
          step: 2,
        });
        expect(await repository.saveRun(user, openItem(newest), 1, 3)).toBe(2);

        // A save made before `newest` (record version 2) lands only now, with the version it saw then.
        const late = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1, paused: true });
        const version = await repository.saveRun(user, openItem(late), 1, 2);
        let active = (await repository.load(user)).active;
        expect(active).toEqual({ point: newest, version, recordVersion: 3 });
        expect(await repository.records(user, ...WIDE)).toEqual([openItem(newest).record]);

        // One with a side the newest save lacks adds that side, still at the newest place.
        const lateWithMore = quickRelief('run-1', ['seated-figure-four:right', 'cat-cow:both'], { step: 0, easier: ['cat-cow'] });
        const next = await repository.saveRun(user, openItem(lateWithMore), 1, 2);
        active = (await repository.load(user)).active;
        expect(active?.version).toBe(next);
        expect(active?.recordVersion).toBe(3);
        expect(active?.point).toEqual({ ...newest, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(sorted([...newest.done, 'cat-cow:both']));
      });

      it('a save repeated after a timeout, with the version it expected the first time, leaves the same place saved', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        const point = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveRun(user, openItem(point), 1, 2)).toBe(2);

        const again = await repository.saveRun(user, openItem(point), 1, 2);
        expect((await repository.load(user)).active).toEqual({ point, version: again, recordVersion: 2 });
        expect(await repository.records(user, ...WIDE)).toEqual([openItem(point).record]);
      });

      it('a run closed by its newest save is not reopened by an older save arriving late, whose sides are still kept', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        await startRun(user, point);
        const closed = recordOf(point, content, { completed: false, endedAt: NOW.toISOString() });
        await repository.saveRun(user, historyItem(closed), 1, 3);

        await repository.saveRun(user, openItem({ ...point, done: [...point.done, 'cat-cow:both'], step: 2 }), 1, 2);
        expect((await repository.load(user)).active).toBeNull();
        const [record] = await repository.records(user, ...WIDE);
        expect(record).toMatchObject({ endedAt: closed.endedAt, completed: false });
        expect(record?.done).toEqual([...point.done, 'cat-cow:both']);
      });

      it('two devices on different runs keep a run each, and the profile points at the run pointed at last', async () => {
        const user = freshUser();
        const speaker = quickRelief('run-1', ['seated-figure-four:right']);
        const phone: ResumePoint = {
          run: { id: 'run-2', startedAt: at(-5 * MINUTE) },
          plan: BEDTIME,
          step: 1,
          paused: false,
          easier: [],
          done: ['seated-calf-band:right', 'seated-calf-band:left'],
          pain: NO_PAIN,
        };
        await Promise.all([startRun(user, speaker), startRun(user, phone)]);
        await repository.updateProfile(user, { pointer: { set: phone.run } });
        expect(await repository.load(user)).toMatchObject({ active: { point: phone, version: 1 }, pointer: 'run-2' });
        expect((await repository.records(user, ...WIDE)).map((record) => record.run.id)).toEqual(['run-1', 'run-2']);

        // The speaker's run goes on; its saves leave the phone's run and the pointer alone.
        const more = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveRun(user, openItem(more), 1, 2)).toBe(2);
        expect(await repository.load(user)).toMatchObject({ active: { point: phone }, pointer: 'run-2' });
        expect((await repository.records(user, ...WIDE)).map((record) => record.done)).toEqual([more.done, phone.done]);
      });
    });

    describe('the pointer', () => {
      it("is removed only while it names the run being forgotten, and leaves a newer run's pointer alone", async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await startRun(user, point);

        await repository.updateProfile(user, { pointer: { remove: 'run-2' } });
        expect(await repository.load(user)).toMatchObject({ active: { point }, pointer: 'run-1' });

        await repository.updateProfile(user, { pointer: { remove: 'run-1' } });
        expect(await repository.load(user)).toEqual({ profile: NEW_PROFILE, active: null, pointer: null });
        await expect(repository.updateProfile(user, { pointer: { remove: 'run-1' } })).resolves.toBeUndefined();
        expect((await repository.records(user, ...WIDE)).map((record) => record.done)).toEqual([point.done]);
      });

      it("a removal that finds another device's newer run still makes the counts and settings that came with it, once", async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        const newer = quickRelief('run-2', ['cat-cow:both']);
        await startRun(user, newer);

        const ending = { practised: ['cat-cow'], countToken: 'session-a', disclaimerHeard: true, pointer: { remove: 'run-1' } };
        await repository.updateProfile(user, ending);
        await repository.updateProfile(user, ending);
        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, disclaimerHeard: true, timesDone: { 'cat-cow': 1 } },
          active: { point: newer, version: 1, recordVersion: 1 },
          pointer: 'run-2',
        });
      });

      it('a repeat of counts already made still removes the pointer, without counting again', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        await repository.updateProfile(user, { practised: ['seated-figure-four'], countToken: 'session-a' });

        await repository.updateProfile(user, { practised: ['seated-figure-four'], countToken: 'session-a', pointer: { remove: 'run-1' } });
        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, timesDone: { 'seated-figure-four': 1 } },
          active: null,
          pointer: null,
        });
      });

      it('counts and the removal of the pointer made in one update are made once, however often it is repeated', async () => {
        const user = freshUser();
        await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
        const ending = { practised: ['seated-figure-four'], countToken: 'session-a', pointer: { remove: 'run-1' } };
        for (let i = 0; i < 3; i += 1) await repository.updateProfile(user, ending);
        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, timesDone: { 'seated-figure-four': 1 } },
          active: null,
          pointer: null,
        });
      });
    });

    describe('records', () => {
      it('returns the runs started in [from, to), oldest first', async () => {
        const user = freshUser();
        const [from, to] = [at(WEEK_START), at(WEEK_START + 7 * DAY)];
        const before = recordAt(at(WEEK_START - 1), ['cat-cow:both']);
        const atFrom = recordAt(from, ['seated-figure-four:right']);
        const middle = recordAt(at(WEEK_START + 3 * DAY + 570 * MINUTE), ['seated-figure-four:right', 'seated-figure-four:left']);
        const lastIn = recordAt(at(WEEK_START + 7 * DAY - 1), ['lying-figure-four:right']);
        const atTo = recordAt(to, ['lying-figure-four:left']);
        for (const record of [lastIn, atTo, before, middle, atFrom]) await repository.saveRun(user, historyItem(record), null, 1);

        expect(await repository.records(user, from, to)).toEqual([atFrom, middle, lastIn]);
        expect(await repository.records(user, ...WIDE)).toEqual([before, atFrom, middle, lastIn, atTo]);
        expect(await repository.records(user, at(WEEK_START + 8 * DAY), at(WEEK_START + 15 * DAY))).toEqual([]);
        expect(await repository.records(freshUser(), ...WIDE)).toEqual([]);
      });

      it('bounds written without milliseconds mean the same instants as with them', async () => {
        const user = freshUser();
        const [from, to] = [at(WEEK_START), at(WEEK_START + DAY)];
        const atFrom = recordAt(from, ['seated-figure-four:right']);
        await repository.saveRun(user, historyItem(atFrom), null, 1);
        await repository.saveRun(user, historyItem(recordAt(to, ['cat-cow:both'])), null, 1);

        const withoutMs = (iso: string): string => iso.replace('.000Z', 'Z');
        expect(withoutMs(from)).not.toBe(from);
        expect(await repository.records(user, withoutMs(from), withoutMs(to))).toEqual([atFrom]);
      });

      it('a run saved before any side was finished (the user still getting into position) is a place to resume, not history', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', []);
        await startRun(user, point);
        expect((await repository.load(user)).active?.point).toEqual(point);
        expect(await repository.records(user, ...WIDE)).toEqual([]);
      });

      it('a save with a lower record version never replaces a newer record; a higher one expecting the stored version does', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        const two = recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId);
        await repository.saveRun(user, historyItem(two), null, 2);

        await repository.saveRun(user, historyItem(recordAt(startedAt, ['seated-figure-four:right'], runId)), null, 1);
        expect(await repository.records(user, ...WIDE)).toEqual([two]);

        const three = {
          ...recordAt(startedAt, [...two.done, 'lying-figure-four:right'], runId),
          completed: true,
          endedAt: NOW.toISOString(),
        };
        await repository.saveRun(user, historyItem(three), 1, 3);
        expect(await repository.records(user, ...WIDE)).toEqual([three]);
      });

      it('a save with a lower record version arriving late does not replace the record, but a side only it has is merged in', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        const two = recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId);
        await repository.saveRun(user, historyItem(two), null, 2);

        await repository.saveRun(user, historyItem(recordAt(startedAt, ['seated-figure-four:right', 'cat-cow:both'], runId)), null, 1);
        const done = [...two.done, 'cat-cow:both'];
        expect(await repository.records(user, ...WIDE)).toEqual([
          { ...two, done, stretchesDone: 2, secondsHeld: secondsHeld(done, content) },
        ]);
      });

      it('two devices saving the same run at the same record version keep every side either finished', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        await repository.saveRun(
          user,
          historyItem(recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId)),
          null,
          2,
        );
        await repository.saveRun(user, historyItem(recordAt(startedAt, ['seated-figure-four:right', 'cat-cow:both'], runId)), null, 2);
        const [merged] = await repository.records(user, ...WIDE);
        expect(merged?.done).toEqual(['seated-figure-four:right', 'seated-figure-four:left', 'cat-cow:both']);
        expect(merged?.stretchesDone).toBe(2);
        expect(merged?.secondsHeld).toBe(secondsHeld(merged?.done ?? [], content));
      });

      it('the same record saved again at the same version (a retry) is kept once, unchanged', async () => {
        const user = freshUser();
        const record = recordAt(at(-10 * MINUTE), ['seated-figure-four:right', 'seated-figure-four:left']);
        await repository.saveRun(user, historyItem(record), null, 1);
        await repository.saveRun(user, historyItem(record), null, 1);
        expect(await repository.records(user, ...WIDE)).toEqual([record]);
      });
    });

    describe('updateProfile', () => {
      it('a count saved twice with the same session token (a retry after a timeout) is added once', async () => {
        const user = freshUser();
        await repository.updateProfile(user, { practised: ['pigeon'], countToken: 'session-a' });
        await repository.updateProfile(user, { practised: ['pigeon'], countToken: 'session-a' });
        await repository.updateProfile(user, { practised: ['pigeon'], countToken: 'session-b' });
        expect((await repository.load(user)).profile.timesDone).toEqual({ pigeon: 2 });
      });

      it('keeps settings, and adds one per session to a stretch count without wiping the others', async () => {
        const user = freshUser();
        await repository.updateProfile(user, { disclaimerHeard: true, favouriteRoutine: 'bedtime' });
        expect((await repository.load(user)).profile).toEqual({ ...NEW_PROFILE, disclaimerHeard: true, favouriteRoutine: 'bedtime' });

        await repository.updateProfile(user, { practised: ['cat-cow', 'seated-figure-four'] });
        await repository.updateProfile(user, { practised: ['cat-cow'] });
        await repository.updateProfile(user, { favouriteRoutine: 'seated' });
        expect((await repository.load(user)).profile).toEqual({
          ...NEW_PROFILE,
          disclaimerHeard: true,
          favouriteRoutine: 'seated',
          timesDone: { 'cat-cow': 2, 'seated-figure-four': 1 },
        });
      });

      it('counts from two devices saved at the same moment add up, none lost', async () => {
        const user = freshUser();
        await repository.updateProfile(user, { practised: ['cat-cow'] });
        await Promise.all([
          repository.updateProfile(user, { practised: ['cat-cow', 'lying-figure-four'] }),
          repository.updateProfile(user, { practised: ['cat-cow', 'seated-figure-four'], disclaimerHeard: true }),
        ]);
        expect((await repository.load(user)).profile).toEqual({
          ...NEW_PROFILE,
          disclaimerHeard: true,
          favouriteRoutine: null,
          timesDone: { 'cat-cow': 3, 'lying-figure-four': 1, 'seated-figure-four': 1 },
        });
      });
    });

    describe('the log of recent sessions', () => {
      const entry = (hoursAgo: number, runId: string): string => `${at(-hoursAgo * 60 * MINUTE)}|${runId}`;

      it('entries added load back in order; the same entry added again (a repeated save) is there once', async () => {
        const user = freshUser();
        await repository.updateProfile(user, { sessionLog: { add: [entry(1, 'run-b')] } });
        await repository.updateProfile(user, { sessionLog: { add: [entry(3, 'run-a'), entry(1, 'run-b')] } });
        await repository.updateProfile(user, { sessionLog: { add: [entry(1, 'run-b')] } });
        expect((await repository.load(user)).profile).toEqual({ ...NEW_PROFILE, recentSessions: [entry(3, 'run-a'), entry(1, 'run-b')] });
      });

      it('a prune takes out the entries named and keeps the rest; pruning again, or what is not there, changes nothing', async () => {
        const user = freshUser();
        const old = [entry(72, 'run-a'), entry(50, 'run-b')];
        await repository.updateProfile(user, { sessionLog: { add: [...old, entry(2, 'run-c')] } });
        await repository.updateProfile(user, { disclaimerHeard: true, sessionLog: { prune: old } });
        await repository.updateProfile(user, { sessionLog: { prune: [...old, entry(80, 'run-z')] } });
        expect((await repository.load(user)).profile).toEqual({
          ...NEW_PROFILE,
          disclaimerHeard: true,
          recentSessions: [entry(2, 'run-c')],
        });

        await repository.updateProfile(user, { sessionLog: { prune: [entry(2, 'run-c')] } });
        expect((await repository.load(user)).profile.recentSessions).toEqual([]);
      });

      it('entries ride with the counts: a repeat under the same session token adds neither twice, and two devices keep both', async () => {
        const user = freshUser();
        const ending = { practised: ['cat-cow'], countToken: 'session-a', sessionLog: { add: [entry(1, 'run-a')] } };
        await repository.updateProfile(user, ending);
        await repository.updateProfile(user, ending);
        await Promise.all([
          repository.updateProfile(user, { practised: ['cat-cow'], countToken: 'session-b', sessionLog: { add: [entry(0, 'run-b')] } }),
          repository.updateProfile(user, { practised: ['cat-cow'], countToken: 'session-c', sessionLog: { add: [entry(0, 'run-c')] } }),
        ]);
        expect((await repository.load(user)).profile).toMatchObject({
          timesDone: { 'cat-cow': 3 },
          recentSessions: [entry(1, 'run-a'), entry(0, 'run-b'), entry(0, 'run-c')],
        });
      });
    });

    describe('copies', () => {
      it('what goes in or comes out can be changed afterwards without changing what is stored', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        const record = recordAt(at(-DAY), ['cat-cow:both']);
        const practised = ['cat-cow'];
        await startRun(user, point);
        await repository.saveRun(user, historyItem(record), null, 1);
        await repository.updateProfile(user, { practised });
        const stored = structuredClone({ point, record });

        point.done.push('seated-figure-four:left');
        record.done.push('lying-figure-four:right');
        practised.push('pigeon');
        const loaded = await repository.load(user);
        loaded.active?.point.done.push('seated-figure-four:left');
        loaded.profile.timesDone['cat-cow'] = 99;
        (await repository.records(user, ...WIDE))[0]?.done.push('lying-figure-four:right');

        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, timesDone: { 'cat-cow': 1 } },
          active: { point: stored.point, version: 1, recordVersion: 1 },
          pointer: 'run-1',
        });
        expect(await repository.records(user, ...WIDE)).toEqual([stored.record, openItem(stored.point).record]);
      });

      it("changing the profile a new user loaded does not change the next new user's", async () => {
        const first = await repository.load(freshUser());
        first.profile.timesDone['cat-cow'] = 5;
        expect((await repository.load(freshUser())).profile.timesDone).toEqual({});
        expect(NEW_PROFILE.timesDone).toEqual({});
      });
    });

    describe('deleteUser', () => {
      it("removes everything of the user, more than one batch of it, and nothing of another user's", async () => {
        const user = freshUser();
        const other = freshUser();
        for (const key of [user, other]) {
          await repository.updateProfile(key, { disclaimerHeard: true, practised: ['cat-cow'] });
          await startRun(key, quickRelief('run-1', ['seated-figure-four:right']));
        }
        for (let i = 0; i < 30; i += 1)
          await repository.saveRun(user, historyItem(recordAt(at(-(i + 1) * DAY), ['cat-cow:both'])), null, 1);
        const otherRecord = recordAt(at(-3 * DAY), ['cat-cow:both']);
        await repository.saveRun(other, historyItem(otherRecord), null, 1);
        expect(await repository.records(user, ...WIDE)).toHaveLength(31);
        const otherBefore = await repository.load(other);
        const otherRecords = await repository.records(other, ...WIDE);
        expect(otherRecords).toHaveLength(2);

        await repository.deleteUser(user);

        expect(await repository.load(user)).toEqual({ profile: NEW_PROFILE, active: null, pointer: null });
        expect(await repository.records(user, ...WIDE)).toEqual([]);
        expect(await startRun(user, quickRelief('run-1', []))).toBe(1);
        expect(await repository.load(other)).toEqual(otherBefore);
        expect(await repository.records(other, ...WIDE)).toEqual(otherRecords);
      });

      it('deleting a user with nothing stored succeeds', async () => {
        await expect(repository.deleteUser(freshUser())).resolves.toBeUndefined();
      });
    });
  });
}
