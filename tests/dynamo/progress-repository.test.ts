import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NEW_PROFILE } from '../../lambda/domain/progress';
import type { ResumePoint } from '../../lambda/domain/routine-state';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { createDocumentClient } from '../../lambda/storage/dynamo-client';
import { createDynamoProgressRepository } from '../../lambda/storage/dynamo-progress-repository';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { sessionSortKey } from '../../lambda/storage/stored-items';
import type { UserKey } from '../../lambda/storage/user-key';
import { userKeyOf } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { intent, launch } from '../support/envelopes';
import { createTestHandler, TEST_TABLE, testConfig } from '../support/skill';
import {
  at,
  clock,
  DAY,
  freshUser,
  historyItem,
  mergeWithContent,
  MINUTE,
  NOW,
  openItem,
  quickRelief,
  recordAt,
} from '../storage/progress-fixtures';
import { describeProgressRepositoryContract } from '../storage/progress-repository-contract';
import { itemsOf, rawTable, scanAll, sortKeysOf } from './raw-table';

describeProgressRepositoryContract('DynamoDB Local', (now) => createProgressRepository(testConfig(), now, content));

/* What follows is particular to DynamoDB: requests sent, raw items, key shapes and TTL. */

let repository: ProgressRepository;
let raw: DynamoDBDocumentClient;

beforeAll(async () => {
  repository = createProgressRepository(testConfig(), clock, content);
  raw = await rawTable();
});

/** A repository on its own client, and the requests it has sent, by command. */
function countedRepository(now = clock): { repository: ProgressRepository; requests: () => string[] } {
  const client = createDocumentClient({ tableName: TEST_TABLE, region: 'us-east-1', endpoint: inject('dynamoEndpoint') });
  const sent: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize' },
  );
  return {
    repository: createDynamoProgressRepository({ client, tableName: TEST_TABLE, now, merge: mergeWithContent }),
    requests: () => sent,
  };
}

/** Saves an open run's item and points the profile at it, as a run's first save does. */
async function startRun(user: UserKey, point: ResumePoint, on = repository): Promise<void> {
  await Promise.all([on.saveRun(user, openItem(point), null, 1), on.updateProfile(user, { pointer: { set: point.run } })]);
}

/** The raw item under a sort key (consistent read). */
async function rawItem(user: UserKey, sk: string): Promise<Record<string, unknown> | undefined> {
  return (await raw.send(new GetCommand({ TableName: TEST_TABLE, Key: { pk: user, sk }, ConsistentRead: true }))).Item;
}

describe('load', () => {
  it('a new user is read in one request', async () => {
    const counted = countedRepository();
    expect(await counted.repository.load(freshUser())).toEqual({ profile: NEW_PROFILE, active: null, pointer: null });
    expect(counted.requests()).toEqual(['QueryCommand']);
  });

  it('a user with settings and history but no run pointed at is read in one request, without the history', async () => {
    const user = freshUser();
    await repository.updateProfile(user, { disclaimerHeard: true, favouriteRoutine: 'bedtime', practised: ['cat-cow'] });
    for (let i = 0; i < 3; i += 1) await repository.saveRun(user, historyItem(recordAt(at(-(i + 1) * DAY), ['cat-cow:both'])), null, 1);

    const counted = countedRepository();
    expect(await counted.repository.load(user)).toEqual({
      profile: { ...NEW_PROFILE, disclaimerHeard: true, favouriteRoutine: 'bedtime', timesDone: { 'cat-cow': 1 } },
      active: null,
      pointer: null,
    });
    expect(counted.requests()).toEqual(['QueryCommand']);
  });

  it('a user whose profile points at a run is read in two requests: the profile, then that run', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await startRun(user, point);
    for (let i = 0; i < 3; i += 1) await repository.saveRun(user, historyItem(recordAt(at(-(i + 1) * DAY), ['cat-cow:both'])), null, 1);

    const counted = countedRepository();
    expect(await counted.repository.load(user)).toEqual({
      profile: NEW_PROFILE,
      active: { point, version: 1, recordVersion: 1 },
      pointer: 'run-1',
    });
    expect(counted.requests()).toEqual(['QueryCommand', 'GetItemCommand']);
  });

  it('a pointer set 3 days ago or more costs no second request', async () => {
    const user = freshUser();
    await startRun(user, quickRelief('run-1', ['seated-figure-four:right']));
    const counted = countedRepository(() => new Date(NOW.getTime() + 3 * DAY));
    expect(await counted.repository.load(user)).toMatchObject({ active: null, pointer: null });
    expect(counted.requests()).toEqual(['QueryCommand']);
  });

  it('an ACTIVE item left by the previous layout is not offered, and deleting the user deletes it too', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    const legacy = {
      pk: user,
      sk: 'ACTIVE',
      version: 1,
      recordVersion: 1,
      runId: 'run-1',
      point,
      expiresAt: Math.floor(NOW.getTime() / 1000) + 3 * 86_400,
    };
    await raw.send(new PutCommand({ TableName: TEST_TABLE, Item: legacy }));
    await repository.updateProfile(user, { disclaimerHeard: true });

    expect(await repository.load(user)).toEqual({ profile: { ...NEW_PROFILE, disclaimerHeard: true }, active: null, pointer: null });
    await repository.deleteUser(user);
    expect(await itemsOf(raw, user)).toEqual([]);
  });
});

describe('stored items', () => {
  it('a run is one item, keyed by its start and id, with its record, resume point, versions; the pointer is in the profile', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await startRun(user, point);
    expect(await sortKeysOf(raw, user)).toEqual(['PROFILE', sessionSortKey(point.run.startedAt, 'run-1')]);
    expect(await rawItem(user, sessionSortKey(point.run.startedAt, 'run-1'))).toMatchObject({
      version: 1,
      recordVersion: 1,
      record: openItem(point).record,
      point,
    });
    expect((await rawItem(user, 'PROFILE'))?.activeRun).toEqual({
      runId: 'run-1',
      startedAt: point.run.startedAt,
      savedAt: NOW.toISOString(),
    });
  });

  it('a save that closes the run drops its resume point; removing the pointer leaves the profile without one', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await startRun(user, point);
    const closed = { ...openItem(point).record, endedAt: NOW.toISOString() };
    await repository.saveRun(user, historyItem(closed), 1, 2);
    await repository.updateProfile(user, { pointer: { remove: 'run-1' } });

    const item = await rawItem(user, sessionSortKey(point.run.startedAt, 'run-1'));
    expect(item).toMatchObject({ version: 2, recordVersion: 2, record: closed });
    expect(item).not.toHaveProperty('point');
    expect(await rawItem(user, 'PROFILE')).not.toHaveProperty('activeRun');
  });

  it('the log of recent sessions is a String Set on the profile, and no attribute at all once pruned empty', async () => {
    const user = freshUser();
    const entries = [`${at(-2 * MINUTE)}|run-1`, `${at(-MINUTE)}|run-2`];
    await repository.updateProfile(user, { disclaimerHeard: true, sessionLog: { add: entries } });
    expect((await rawItem(user, 'PROFILE'))?.recentSessions).toEqual(new Set(entries));
    await repository.updateProfile(user, { sessionLog: { prune: entries } });
    expect(await rawItem(user, 'PROFILE')).not.toHaveProperty('recentSessions');
    expect((await repository.load(user)).profile).toEqual({ ...NEW_PROFILE, disclaimerHeard: true });
  });

  it('a run item carries the version of its newest write, whichever order the saves arrive in', async () => {
    const user = freshUser();
    const runId = randomUUID();
    const startedAt = at(-10 * MINUTE);
    await repository.saveRun(
      user,
      historyItem(recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId)),
      null,
      2,
    );
    await repository.saveRun(user, historyItem(recordAt(startedAt, ['seated-figure-four:right'], runId)), null, 1);
    await repository.saveRun(user, historyItem(recordAt(startedAt, ['seated-figure-four:right', 'lying-figure-four:right'], runId)), 1, 3);

    const stored = await itemsOf(raw, user);
    expect(stored.map((item) => [item.sk, item.version, item.recordVersion])).toEqual([[sessionSortKey(startedAt, runId), 2, 3]]);
  });
});

describe('expiry', () => {
  const epoch = (iso: string | Date): number => Math.floor(new Date(iso).getTime() / 1000);

  it('a run item expires 400 days after its run started, via TTL on expiresAt; the pointer ages out after 3 days', async () => {
    const user = freshUser();
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await startRun(user, point);
    const record = recordAt(at(-9 * DAY), ['cat-cow:both']);
    await repository.saveRun(user, historyItem(record), null, 1);

    expect((await rawItem(user, sessionSortKey(point.run.startedAt, 'run-1')))?.expiresAt).toBe(epoch(point.run.startedAt) + 400 * 86_400);
    expect((await rawItem(user, sessionSortKey(record.run.startedAt, record.run.id)))?.expiresAt).toBe(
      epoch(record.run.startedAt) + 400 * 86_400,
    );
    expect(await rawItem(user, 'PROFILE')).not.toHaveProperty('expiresAt');

    const ttl = await raw.send(new DescribeTimeToLiveCommand({ TableName: TEST_TABLE }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });
  });

  it('pointing at the run again restarts its 3 days', async () => {
    const user = freshUser();
    let now = new Date(at(-2 * DAY));
    const moving = createProgressRepository(testConfig(), () => now, content);
    const point = quickRelief('run-1', ['seated-figure-four:right']);
    await startRun(user, point, moving);
    now = new Date(at(-90 * MINUTE));
    await moving.updateProfile(user, { pointer: { set: point.run } });

    expect((await rawItem(user, 'PROFILE'))?.activeRun).toMatchObject({ savedAt: at(-90 * MINUTE) });
    now = new Date(at(3 * DAY - 91 * MINUTE));
    expect((await moving.load(user)).active?.point).toEqual(point);
  });
});

describe('deleteUser', () => {
  it("deletes every item of the user, more than one batch of them, and no item of another user's", async () => {
    const user = freshUser();
    const other = freshUser();
    for (const key of [user, other]) {
      await repository.updateProfile(key, { disclaimerHeard: true, practised: ['cat-cow'] });
      await startRun(key, quickRelief('run-1', ['seated-figure-four:right']));
    }
    const days = Array.from({ length: 30 }, (_, i) => at(-(i + 1) * DAY));
    for (let i = 0; i < days.length; i += 10) {
      await Promise.all(
        days.slice(i, i + 10).map((day) => repository.saveRun(user, historyItem(recordAt(day, ['cat-cow:both'])), null, 1)),
      );
    }
    await repository.saveRun(other, historyItem(recordAt(at(-3 * DAY), ['cat-cow:both'])), null, 1);
    expect(await itemsOf(raw, user)).toHaveLength(32);
    const otherBefore = await itemsOf(raw, other);
    expect(otherBefore).toHaveLength(3);

    await repository.deleteUser(user);

    expect(await itemsOf(raw, user)).toEqual([]);
    expect(await itemsOf(raw, other)).toEqual(otherBefore);
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
    expect(stored.map((item) => String(item.sk).replace(/#.*/, '#'))).toEqual(['PROFILE', 'SESSION#']);
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
