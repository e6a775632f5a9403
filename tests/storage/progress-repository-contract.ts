import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEW_PROFILE, secondsHeld } from '../../lambda/domain/progress';
import { NO_PAIN, type ResumePoint } from '../../lambda/domain/routine-state';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { content } from '../support/content';
import { at, BEDTIME, clock, DAY, freshUser, MINUTE, NOW, quickRelief, recordAt, sorted, WIDE } from './progress-fixtures';

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

    describe('load', () => {
      it('a new user gets the new-user profile and no saved run', async () => {
        expect(await repository.load(freshUser())).toEqual({ profile: NEW_PROFILE, active: null });
      });

      it('a user with settings, a saved run and history gets the profile and the saved run, without the history', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await repository.updateProfile(user, { disclaimerHeard: true, favouriteRoutine: 'bedtime', practised: ['cat-cow'] });
        await repository.saveActive(user, point, null, 1);
        for (let i = 0; i < 3; i += 1) await repository.saveRecord(user, recordAt(at(-(i + 1) * DAY), ['cat-cow:both']), 1);

        expect(await repository.load(user)).toEqual({
          profile: { ...NEW_PROFILE, disclaimerHeard: true, favouriteRoutine: 'bedtime', timesDone: { 'cat-cow': 1 } },
          active: { point, version: 1, recordVersion: 1 },
        });
      });
    });

    describe('saveActive', () => {
      it('a saved run loads back unchanged at version 1, and the next save with that version makes it 2', async () => {
        const user = freshUser();
        const first = quickRelief('run-1', ['seated-figure-four:right'], { easier: ['seated-figure-four'] });
        expect(await repository.saveActive(user, first, null, 1)).toBe(1);
        expect((await repository.load(user)).active).toEqual({ point: first, version: 1, recordVersion: 1 });

        const second = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { paused: true });
        expect(await repository.saveActive(user, second, 1, 2)).toBe(2);
        expect((await repository.load(user)).active).toEqual({ point: second, version: 2, recordVersion: 2 });
      });

      it('a stale save from another device on the same run still wins, and no finished step of either device is lost', async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        // The phone finished the left side and saved (version 2) while the speaker, still at version 1, did more.
        const phone = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveActive(user, phone, 1, 2)).toBe(2);
        const speaker = quickRelief('run-1', ['seated-figure-four:right', 'lying-figure-four:right'], { step: 2, paused: true });
        expect(await repository.saveActive(user, speaker, 1, 3)).toBe(3);

        const active = (await repository.load(user)).active;
        expect(active).toMatchObject({ version: 3, recordVersion: 3 });
        expect(active?.point).toEqual({ ...speaker, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(
          sorted(['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right']),
        );
      });

      it('two saves that both expected the same, now stale, version lose no step finished on any device', async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        const phone = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveActive(user, phone, 1, 2)).toBe(2);
        // The speaker and the tablet both last read version 1, and each finished a side no other device has.
        const speaker = quickRelief('run-1', ['seated-figure-four:right', 'lying-figure-four:right'], { step: 2 });
        const tablet = quickRelief('run-1', ['seated-figure-four:right', 'cat-cow:both'], { step: 2 });
        const versions = await Promise.all([repository.saveActive(user, speaker, 1, 2), repository.saveActive(user, tablet, 1, 2)]);

        const active = (await repository.load(user)).active;
        expect(active?.version).toBe(Math.max(...versions));
        expect(active?.recordVersion).toBe(2);
        expect(sorted(active?.point.done ?? [])).toEqual(
          sorted(['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right', 'cat-cow:both']),
        );
      });

      it('a first save from a device that saw no saved run keeps the steps another device just saved for the same run', async () => {
        const user = freshUser();
        const phone = quickRelief('run-1', ['seated-figure-four:right']);
        expect(await repository.saveActive(user, phone, null, 1)).toBe(1);
        const speaker = quickRelief('run-1', ['seated-figure-four:left'], { step: 1 });
        expect(await repository.saveActive(user, speaker, null, 2)).toBe(2);

        const active = (await repository.load(user)).active;
        expect(active).toMatchObject({ version: 2, recordVersion: 2 });
        expect(active?.point).toEqual({ ...speaker, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(['seated-figure-four:left', 'seated-figure-four:right']);
      });

      it('an older save of the same run arriving late does not move the saved place back, and loses no step', async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        const newest = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right'], {
          step: 2,
        });
        expect(await repository.saveActive(user, newest, 1, 3)).toBe(2);

        // A save made before `newest` (record version 2) lands only now, with the version it saw then.
        const late = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1, paused: true });
        const version = await repository.saveActive(user, late, 1, 2);
        let active = (await repository.load(user)).active;
        expect(active).toEqual({ point: newest, version, recordVersion: 3 });

        // One with a side the newest save lacks adds that side, still at the newest place.
        const lateWithMore = quickRelief('run-1', ['seated-figure-four:right', 'cat-cow:both'], { step: 0, easier: ['cat-cow'] });
        const next = await repository.saveActive(user, lateWithMore, 1, 2);
        active = (await repository.load(user)).active;
        expect(active?.version).toBe(next);
        expect(active?.recordVersion).toBe(3);
        expect(active?.point).toEqual({ ...newest, done: expect.any(Array) });
        expect(sorted(active?.point.done ?? [])).toEqual(sorted([...newest.done, 'cat-cow:both']));
      });

      it('a save repeated after a timeout, with the version it expected the first time, leaves the same place saved', async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        const point = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveActive(user, point, 1, 2)).toBe(2);

        const again = await repository.saveActive(user, point, 1, 2);
        expect((await repository.load(user)).active).toEqual({ point, version: again, recordVersion: 2 });
      });

      it('a stale save of a different run replaces the other run as a whole item', async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        const other: ResumePoint = {
          run: { id: 'run-2', startedAt: at(-5 * MINUTE) },
          plan: BEDTIME,
          step: 1,
          paused: false,
          easier: [],
          done: ['seated-calf-band:right', 'seated-calf-band:left'],
          pain: NO_PAIN,
        };
        expect(await repository.saveActive(user, other, 1, 2)).toBe(2);
        const mine = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left'], { step: 1 });
        expect(await repository.saveActive(user, mine, 1, 2)).toBe(3);

        const active = (await repository.load(user)).active;
        expect(active?.point).toEqual(mine);
        expect(active?.version).toBe(3);
      });
    });

    describe('clearActive', () => {
      it("forgets the saved run only when it is that run, and leaves another run's save alone", async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        await repository.saveActive(user, point, null, 1);

        await repository.clearActive(user, 'run-2');
        expect((await repository.load(user)).active).toEqual({ point, version: 1, recordVersion: 1 });

        await repository.clearActive(user, 'run-1');
        expect((await repository.load(user)).active).toBeNull();

        await expect(repository.clearActive(user, 'run-1')).resolves.toBeUndefined();
      });

      it("once the run is cleared, the next run's first save starts again at version 1", async () => {
        const user = freshUser();
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left']), 1, 2);
        await repository.clearActive(user, 'run-1');

        const next = quickRelief('run-2', ['seated-figure-four:right']);
        expect(await repository.saveActive(user, next, null, 1)).toBe(1);
        expect((await repository.load(user)).active).toEqual({ point: next, version: 1, recordVersion: 1 });
      });
    });

    describe('saveRecord and records', () => {
      it('returns the runs started in [from, to), oldest first', async () => {
        const user = freshUser();
        const [from, to] = [at(WEEK_START), at(WEEK_START + 7 * DAY)];
        const before = recordAt(at(WEEK_START - 1), ['cat-cow:both']);
        const atFrom = recordAt(from, ['seated-figure-four:right']);
        const middle = recordAt(at(WEEK_START + 3 * DAY + 570 * MINUTE), ['seated-figure-four:right', 'seated-figure-four:left']);
        const lastIn = recordAt(at(WEEK_START + 7 * DAY - 1), ['lying-figure-four:right']);
        const atTo = recordAt(to, ['lying-figure-four:left']);
        for (const record of [lastIn, atTo, before, middle, atFrom]) await repository.saveRecord(user, record, 1);

        expect(await repository.records(user, from, to)).toEqual([atFrom, middle, lastIn]);
        expect(await repository.records(user, ...WIDE)).toEqual([before, atFrom, middle, lastIn, atTo]);
        expect(await repository.records(user, at(WEEK_START + 8 * DAY), at(WEEK_START + 15 * DAY))).toEqual([]);
        expect(await repository.records(freshUser(), ...WIDE)).toEqual([]);
      });

      it('bounds written without milliseconds mean the same instants as with them', async () => {
        const user = freshUser();
        const [from, to] = [at(WEEK_START), at(WEEK_START + DAY)];
        const atFrom = recordAt(from, ['seated-figure-four:right']);
        await repository.saveRecord(user, atFrom, 1);
        await repository.saveRecord(user, recordAt(to, ['cat-cow:both']), 1);

        const withoutMs = (iso: string): string => iso.replace('.000Z', 'Z');
        expect(withoutMs(from)).not.toBe(from);
        expect(await repository.records(user, withoutMs(from), withoutMs(to))).toEqual([atFrom]);
      });

      it('a write with a lower version never overwrites a newer one; a higher one does', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        const two = recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId);
        await repository.saveRecord(user, two, 2);

        await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right'], runId), 1);
        expect(await repository.records(user, ...WIDE)).toEqual([two]);

        const three = {
          ...recordAt(startedAt, [...two.done, 'lying-figure-four:right'], runId),
          completed: true,
          endedAt: NOW.toISOString(),
        };
        await repository.saveRecord(user, three, 3);
        expect(await repository.records(user, ...WIDE)).toEqual([three]);
      });

      it('a write with a lower version arriving late does not replace the record, but a side only it has is merged in', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        const two = recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId);
        await repository.saveRecord(user, two, 2);

        await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right', 'cat-cow:both'], runId), 1);
        const done = [...two.done, 'cat-cow:both'];
        expect(await repository.records(user, ...WIDE)).toEqual([
          { ...two, done, stretchesDone: 2, secondsHeld: secondsHeld(done, content) },
        ]);
      });

      it('two devices saving the same run at the same version keep every side either finished', async () => {
        const user = freshUser();
        const runId = randomUUID();
        const startedAt = at(-10 * MINUTE);
        await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId), 2);
        await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right', 'cat-cow:both'], runId), 2);
        const [merged] = await repository.records(user, ...WIDE);
        expect(merged?.done).toEqual(['seated-figure-four:right', 'seated-figure-four:left', 'cat-cow:both']);
        expect(merged?.stretchesDone).toBe(2);
        expect(merged?.secondsHeld).toBe(secondsHeld(merged?.done ?? [], content));
      });

      it('the same record saved again at the same version (a retry) is kept once, unchanged', async () => {
        const user = freshUser();
        const record = recordAt(at(-10 * MINUTE), ['seated-figure-four:right', 'seated-figure-four:left']);
        await repository.saveRecord(user, record, 1);
        await repository.saveRecord(user, record, 1);
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

    describe('copies', () => {
      it('what goes in or comes out can be changed afterwards without changing what is stored', async () => {
        const user = freshUser();
        const point = quickRelief('run-1', ['seated-figure-four:right']);
        const record = recordAt(at(-DAY), ['cat-cow:both']);
        const practised = ['cat-cow'];
        await repository.saveActive(user, point, null, 1);
        await repository.saveRecord(user, record, 1);
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
        });
        expect(await repository.records(user, ...WIDE)).toEqual([stored.record]);
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
          await repository.saveActive(key, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
        }
        for (let i = 0; i < 30; i += 1) await repository.saveRecord(user, recordAt(at(-(i + 1) * DAY), ['cat-cow:both']), 1);
        const otherRecord = recordAt(at(-3 * DAY), ['cat-cow:both']);
        await repository.saveRecord(other, otherRecord, 1);
        expect(await repository.records(user, ...WIDE)).toHaveLength(30);
        const otherBefore = await repository.load(other);

        await repository.deleteUser(user);

        expect(await repository.load(user)).toEqual({ profile: NEW_PROFILE, active: null });
        expect(await repository.records(user, ...WIDE)).toEqual([]);
        expect(await repository.saveActive(user, quickRelief('run-2', []), null, 1)).toBe(1);
        expect(await repository.load(other)).toEqual(otherBefore);
        expect(await repository.records(other, ...WIDE)).toEqual([otherRecord]);
      });

      it('deleting a user with nothing stored succeeds', async () => {
        await expect(repository.deleteUser(freshUser())).resolves.toBeUndefined();
      });
    });
  });
}
