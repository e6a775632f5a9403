import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mergeRecords, NEW_PROFILE, recordOf, secondsHeld, type RunRecord } from '../../lambda/domain/progress';
import type { ResumePoint } from '../../lambda/domain/routine-state';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { createDocumentClient } from '../../lambda/storage/dynamo-client';
import { createDynamoProgressRepository } from '../../lambda/storage/dynamo-progress-repository';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { sessionSortKey } from '../../lambda/storage/stored-items';
import { userKeyOf, type UserKey } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { NO_PAIN } from '../../lambda/domain/routine-state';
import { intent, launch, newUserId } from '../support/envelopes';
import { createTestHandler, TEST_TABLE, testConfig } from '../support/skill';
import { itemsOf, rawTable, scanAll, sortKeysOf } from './raw-table';

/**
 * The time every write in this file is made at, so TTLs and timestamps are exact. It is the real time (to the
 * minute), and every date below is relative to it: DynamoDB Local really deletes items whose `expiresAt` has
 * passed, so a clock fixed in the past makes saved runs vanish mid-test.
 */
const NOW = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const clock = (): Date => NOW;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** An ISO time `ms` from NOW. */
const at = (ms: number): string => new Date(NOW.getTime() + ms).toISOString();
/** Midnight UTC twenty days before NOW: the start of the week the history tests query. */
const WEEK_START = Math.floor((NOW.getTime() - 20 * DAY) / DAY) * DAY - NOW.getTime();
/** A window that holds every run these tests start. */
const WIDE = [at(-60 * DAY), at(DAY)] as const;

const QUICK_RELIEF = { routineId: 'quick-relief', stretchIds: ['seated-figure-four', 'lying-figure-four', 'cat-cow'] };
const BEDTIME = { routineId: 'bedtime', stretchIds: ['seated-calf-band', 'lying-hamstring-band', 'lying-figure-four'] };

/** A resume point of the quick relief routine, stopped on the last finished step. */
function quickRelief(runId: string, done: string[], more: Partial<ResumePoint> = {}): ResumePoint {
  return {
    run: { id: runId, startedAt: at(-10 * MINUTE) },
    plan: QUICK_RELIEF,
    step: Math.max(done.length - 1, 0),
    paused: false,
    easier: [],
    done,
    pain: NO_PAIN,
    ...more,
  };
}

/** A history record of a quick relief run started at `startedAt`, as the skill builds them. */
function recordAt(startedAt: string, done: string[], runId = randomUUID()): RunRecord {
  return recordOf(quickRelief(runId, done, { run: { id: runId, startedAt } }), content, { completed: false, endedAt: null });
}

const freshUser = (): UserKey => userKeyOf(newUserId());
const sorted = (keys: readonly string[]): string[] => [...keys].sort();

let repository: ProgressRepository;
let raw: DynamoDBDocumentClient;

beforeAll(async () => {
  repository = createProgressRepository(testConfig(), clock, content);
  raw = await rawTable();
});

/** A repository on its own client, and how many requests it has sent. */
function countedRepository(): { repository: ProgressRepository; requests: () => number } {
  const client = createDocumentClient({ tableName: TEST_TABLE, region: 'us-east-1', endpoint: inject('dynamoEndpoint') });
  let count = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      count += 1;
      return next(args);
    },
    { step: 'initialize' },
  );
  return {
    repository: createDynamoProgressRepository({ client, tableName: TEST_TABLE, now: clock, merge: (a, b) => mergeRecords(a, b, content) }),
    requests: () => count,
  };
}

describe('load', () => {
  it('a new user gets the new-user profile and no saved run, in one request', async () => {
    const counted = countedRepository();
    expect(await counted.repository.load(freshUser())).toEqual({ profile: NEW_PROFILE, active: null });
    expect(counted.requests()).toBe(1);
  });

  it('a user with settings, a saved run and history is still read in one request, without the history', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await repository.updateProfile(user, { disclaimerHeard: true, favouriteRoutine: 'bedtime', practised: ['cat-cow'] });
    await repository.saveActive(user, point, null, 1);
    for (let i = 0; i < 3; i += 1) await repository.saveRecord(user, recordAt(at(-(i + 1) * DAY), ['cat-cow:both']), 1);

    const counted = countedRepository();
    expect(await counted.repository.load(user)).toEqual({
      profile: { ...NEW_PROFILE, disclaimerHeard: true, favouriteRoutine: 'bedtime', timesDone: { 'cat-cow': 1 } },
      active: { point, version: 1, recordVersion: 1 },
    });
    expect(counted.requests()).toBe(1);
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
    const newest = quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left', 'lying-figure-four:right'], { step: 2 });
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
    expect(await sortKeysOf(raw, user)).toEqual([]);

    await expect(repository.clearActive(user, 'run-1')).resolves.toBeUndefined();
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

  it('a write with a lower version never overwrites a newer one; a higher one does', async () => {
    const user = freshUser();
    const runId = randomUUID();
    const startedAt = at(-10 * MINUTE);
    const two = recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId);
    await repository.saveRecord(user, two, 2);

    await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right'], runId), 1);
    expect(await repository.records(user, ...WIDE)).toEqual([two]);

    const three = { ...recordAt(startedAt, [...two.done, 'lying-figure-four:right'], runId), completed: true, endedAt: NOW.toISOString() };
    await repository.saveRecord(user, three, 3);
    expect(await repository.records(user, ...WIDE)).toEqual([three]);

    const stored = await itemsOf(raw, user);
    expect(stored.map((item) => [item.sk, item.version])).toEqual([[sessionSortKey(startedAt, runId), 3]]);
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

describe('expiry', () => {
  const epoch = (iso: string | Date): number => Math.floor(new Date(iso).getTime() / 1000);

  it('a saved run expires 3 days after it was saved, history 400 days after its run started, via TTL on expiresAt', async () => {
    const user = freshUser();
    await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
    const record = recordAt(at(-9 * DAY), ['cat-cow:both']);
    await repository.saveRecord(user, record, 1);

    const active = await raw.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: user, sk: 'ACTIVE' }, ConsistentRead: true }));
    expect(active.Item?.expiresAt).toBe(epoch(NOW) + 3 * 86_400);

    const session = await raw.send(
      new GetCommand({
        TableName: TEST_TABLE,
        Key: { pk: user, sk: sessionSortKey(record.run.startedAt, record.run.id) },
        ConsistentRead: true,
      }),
    );
    expect(session.Item?.expiresAt).toBe(epoch(record.run.startedAt) + 400 * 86_400);

    const ttl = await raw.send(new DescribeTimeToLiveCommand({ TableName: TEST_TABLE }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
  });

  it('each save of the run pushes its expiry on from that save', async () => {
    const user = freshUser();
    let now = new Date(at(-2 * DAY));
    const moving = createProgressRepository(testConfig(), () => now, content);
    await moving.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
    now = new Date(at(-90 * MINUTE));
    await moving.saveActive(user, quickRelief('run-1', ['seated-figure-four:right', 'seated-figure-four:left']), 1, 2);

    const active = await raw.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: user, sk: 'ACTIVE' }, ConsistentRead: true }));
    expect(active.Item?.expiresAt).toBe(epoch(at(-90 * MINUTE)) + 3 * 86_400);
  });
});

describe('deleteUser', () => {
  it("removes every item of the user, more than one batch of them, and nothing of another user's", async () => {
    const user = freshUser();
    const other = freshUser();
    for (const key of [user, other]) {
      await repository.updateProfile(key, { disclaimerHeard: true, practised: ['cat-cow'] });
      await repository.saveActive(key, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
    }
    const days = Array.from({ length: 30 }, (_, i) => at(-(i + 1) * DAY));
    for (let i = 0; i < days.length; i += 10) {
      await Promise.all(days.slice(i, i + 10).map((day) => repository.saveRecord(user, recordAt(day, ['cat-cow:both']), 1)));
    }
    const otherRecord = recordAt(at(-3 * DAY), ['cat-cow:both']);
    await repository.saveRecord(other, otherRecord, 1);
    expect(await itemsOf(raw, user)).toHaveLength(32);
    const otherBefore = await itemsOf(raw, other);
    expect(otherBefore).toHaveLength(3);

    await repository.deleteUser(user);

    expect(await itemsOf(raw, user)).toEqual([]);
    expect(await repository.load(user)).toEqual({ profile: NEW_PROFILE, active: null });
    expect(await itemsOf(raw, other)).toEqual(otherBefore);
    expect(await repository.records(other, ...WIDE)).toEqual([otherRecord]);
  });

  it('deleting a user with nothing stored succeeds', async () => {
    await expect(repository.deleteUser(freshUser())).resolves.toBeUndefined();
  });
});

describe('privacy', () => {
  it('no stored item contains the raw Alexa user id; the partition key is its hash', async () => {
    const secret = `RAWSECRET123${randomUUID().replace(/-/g, '')}`;
    const userId = `amzn1.ask.account.${secret}`;
    const handler = createTestHandler({ SPEECH_RENDERER: 'ssml' });
    const launched = await handler(launch({ userId }));
    const started = await handler(intent('StartRoutineIntent', { routine: 'bedtime' }, { userId, attributes: launched.sessionAttributes }));
    const next = await handler(intent('AMAZON.NextIntent', {}, { userId, attributes: started.sessionAttributes }));
    const favourite = await handler(
      intent('SetDefaultRoutineIntent', { routine: 'bedtime' }, { userId, attributes: next.sessionAttributes }),
    );
    await handler(intent('AMAZON.StopIntent', {}, { userId, attributes: favourite.sessionAttributes }));

    const user = userKeyOf(userId);
    const stored = await itemsOf(raw, user);
    expect(stored.map((item) => String(item.sk).replace(/#.*/, '#'))).toEqual(['ACTIVE', 'PROFILE', 'SESSION#']);
    for (const item of stored) expect(item.pk).toMatch(/^USER#[0-9a-f]{64}$/);
    expect(user).toMatch(/^USER#[0-9a-f]{64}$/);

    const everything = await scanAll(raw);
    expect(everything.length).toBeGreaterThanOrEqual(stored.length);
    for (const item of everything) {
      const text = JSON.stringify(item);
      expect(text).not.toContain('RAWSECRET123');
      expect(text).not.toContain(secret);
    }
  });
});
