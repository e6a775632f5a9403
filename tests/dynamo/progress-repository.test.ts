import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NEW_PROFILE } from '../../lambda/domain/progress';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { createDocumentClient } from '../../lambda/storage/dynamo-client';
import { createDynamoProgressRepository } from '../../lambda/storage/dynamo-progress-repository';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { sessionSortKey } from '../../lambda/storage/stored-items';
import { userKeyOf } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { intent, launch } from '../support/envelopes';
import { createTestHandler, TEST_TABLE, testConfig } from '../support/skill';
import { at, clock, DAY, freshUser, mergeWithContent, MINUTE, NOW, quickRelief, recordAt } from '../storage/progress-fixtures';
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
    repository: createDynamoProgressRepository({ client, tableName: TEST_TABLE, now: clock, merge: mergeWithContent }),
    requests: () => count,
  };
}

describe('load', () => {
  it('a new user is read in one request', async () => {
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

describe('stored items', () => {
  it('clearing the saved run deletes its item, leaving nothing behind', async () => {
    const user = freshUser();
    await repository.saveActive(user, quickRelief('run-1', ['seated-figure-four:right']), null, 1);
    expect(await sortKeysOf(raw, user)).toEqual(['ACTIVE']);

    await repository.clearActive(user, 'run-1');
    expect(await sortKeysOf(raw, user)).toEqual([]);
  });

  it('a run record is one item, keyed by start time and run id, carrying the newest version written', async () => {
    const user = freshUser();
    const runId = randomUUID();
    const startedAt = at(-10 * MINUTE);
    await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right', 'seated-figure-four:left'], runId), 2);
    await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right'], runId), 1);
    await repository.saveRecord(user, recordAt(startedAt, ['seated-figure-four:right', 'lying-figure-four:right'], runId), 3);

    const stored = await itemsOf(raw, user);
    expect(stored.map((item) => [item.sk, item.version])).toEqual([[sessionSortKey(startedAt, runId), 3]]);
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
  it("deletes every item of the user, more than one batch of them, and no item of another user's", async () => {
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
    await repository.saveRecord(other, recordAt(at(-3 * DAY), ['cat-cow:both']), 1);
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
