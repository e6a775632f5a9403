import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { RunRecord } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import { StorageConflictError, type LoadedProgress, type ProfileChanges, type ProgressRepository } from './progress-repository';
import {
  activeItem,
  parseActive,
  parseProfile,
  parseSession,
  sessionItem,
  sessionKeyRange,
  sessionSortKey,
  SORT_KEYS,
  TIMES_PREFIX,
} from './stored-items';
import type { UserKey } from './user-key';
import { activeAfterLostRace, recordAfterLostRace } from './write-races';

/** What the repository needs: a document client, the table, the time (injected for tests), and how to merge two saves of a run. */
export interface DynamoRepositoryOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly now: () => Date;
  readonly merge: (stored: RunRecord, incoming: RunRecord) => RunRecord;
}

/** How often a write that lost a race is re-read and tried again before the turn gives up on it. */
const RACE_RETRIES = 3;

/** DynamoDB's limit of items in one BatchWriteItem. */
const BATCH_LIMIT = 25;

const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');

/**
 * The progress repository on one DynamoDB table (see the README's data
 * model). It uses only single-item conditional writes, queries and batch
 * deletes, so it runs the same on DynamoDB, DynamoDB Local and dynalite.
 */
export function createDynamoProgressRepository({ client, tableName, now, merge }: DynamoRepositoryOptions): ProgressRepository {
  const TableName = tableName;

  const putActive = async (pk: UserKey, point: ResumePoint, expected: number | null, recordVersion: number): Promise<number> => {
    const version = (expected ?? 0) + 1;
    await client.send(
      new PutCommand({
        TableName,
        Item: activeItem(pk, point, version, recordVersion, now()),
        ConditionExpression: expected === null ? 'attribute_not_exists(pk)' : 'version = :expected',
        ...(expected === null ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
      }),
    );
    return version;
  };

  /** Every item a query matches, following pages. */
  const queryAll = async (input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new QueryCommand({ ...input, TableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };

  const repository: ProgressRepository = {
    async load(user) {
      const result = await client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND sk < :sessions',
          ExpressionAttributeValues: { ':pk': user, ':sessions': SORT_KEYS.sessionPrefix },
          ConsistentRead: true,
        }),
      );
      const items = result.Items ?? [];
      const loaded: LoadedProgress = {
        profile: parseProfile(items.find((item) => item.sk === SORT_KEYS.profile)),
        active: parseActive(items.find((item) => item.sk === SORT_KEYS.active)),
      };
      return loaded;
    },

    async saveActive(user, point, expectedVersion, recordVersion) {
      try {
        return await putActive(user, point, expectedVersion, recordVersion);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      // Someone wrote since we last looked: another device, or a save of ours that arrived late.
      for (let attempt = 0; attempt < RACE_RETRIES; attempt += 1) {
        const current = await client.send(new GetCommand({ TableName, Key: { pk: user, sk: SORT_KEYS.active }, ConsistentRead: true }));
        const outcome = activeAfterLostRace(parseActive(current.Item), { point, recordVersion });
        if ('keep' in outcome) return outcome.keep;
        const version = typeof current.Item?.version === 'number' ? current.Item.version : null;
        try {
          return await putActive(user, outcome.write.point, version, outcome.write.recordVersion);
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
      throw new StorageConflictError('The saved run kept changing while saving');
    },

    async clearActive(user, runId) {
      try {
        await client.send(
          new DeleteCommand({
            TableName,
            Key: { pk: user, sk: SORT_KEYS.active },
            ConditionExpression: 'runId = :runId',
            ExpressionAttributeValues: { ':runId': runId },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async saveRecord(user, record, version) {
      const key = { pk: user, sk: sessionSortKey(record.run.startedAt, record.run.id) };
      const put = (item: RunRecord, itemVersion: number, condition: string, expected: number): Promise<unknown> =>
        client.send(
          new PutCommand({
            TableName,
            Item: sessionItem(user, item, itemVersion, now()),
            ConditionExpression: condition,
            ExpressionAttributeValues: { ':version': expected },
          }),
        );
      try {
        await put(record, version, 'attribute_not_exists(pk) OR version < :version', version);
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      // A save with the same or a higher version is there already: another device on the same run, or a late write.
      for (let attempt = 0; attempt < RACE_RETRIES; attempt += 1) {
        const stored = await client.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }));
        const merged = recordAfterLostRace(parseSession(stored.Item), record, merge);
        if (!merged) return;
        const storedVersion = typeof stored.Item?.version === 'number' ? stored.Item.version : 0;
        try {
          await put(merged, storedVersion + 1, 'version = :version', storedVersion);
          return;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
      throw new StorageConflictError('The run record kept changing while saving');
    },

    async updateProfile(user, changes: ProfileChanges) {
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':one': 1, ':now': now().toISOString() };
      const sets = ['updatedAt = :now'];
      const adds = ['version :one'];
      if (changes.disclaimerHeard !== undefined) {
        sets.push('disclaimerHeard = :heard');
        values[':heard'] = changes.disclaimerHeard;
      }
      if (changes.favouriteRoutine !== undefined) {
        sets.push('favouriteRoutine = :favourite');
        values[':favourite'] = changes.favouriteRoutine;
      }
      if (changes.timeZone !== undefined) {
        // "timeZone" is a DynamoDB reserved word, so it goes through a name placeholder.
        names['#zone'] = 'timeZone';
        sets.push('#zone = :zone');
        values[':zone'] = changes.timeZone;
      }
      if (changes.painCheckins !== undefined) {
        sets.push('painCheckins = :checkins');
        values[':checkins'] = changes.painCheckins;
      }
      [...new Set(changes.practised ?? [])].forEach((stretchId, i) => {
        names[`#t${i}`] = `${TIMES_PREFIX}${stretchId}`;
        adds.push(`#t${i} :one`);
      });
      // Counts are added, so a save repeated after a timeout must not add them again: the session's
      // token is stored with them, and a second update carrying the same token is skipped.
      const counting = changes.countToken !== undefined && (changes.practised ?? []).length > 0;
      if (counting) {
        sets.push('lastCounted = :token');
        values[':token'] = changes.countToken;
      }
      try {
        await client.send(
          new UpdateCommand({
            TableName,
            Key: { pk: user, sk: SORT_KEYS.profile },
            UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
            ...(counting ? { ConditionExpression: 'attribute_not_exists(lastCounted) OR lastCounted <> :token' } : {}),
            ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
            ExpressionAttributeValues: values,
          }),
        );
      } catch (error) {
        if (!counting || !isConditionFailure(error)) throw error;
      }
    },

    async records(user, fromIso, toIso) {
      const { from, to } = sessionKeyRange(fromIso, toIso);
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': user, ':from': from, ':to': to },
      });
      return items.map(parseSession).filter((record): record is RunRecord => record !== null);
    },

    async deleteUser(user) {
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': user },
        ProjectionExpression: 'pk, sk',
        ConsistentRead: true,
      });
      const keys = items.map((item) => ({ pk: item.pk, sk: item.sk }));
      for (let i = 0; i < keys.length; i += BATCH_LIMIT) {
        let requests = keys.slice(i, i + BATCH_LIMIT).map((Key) => ({ DeleteRequest: { Key } }));
        for (let attempt = 0; requests.length > 0 && attempt < 5; attempt += 1) {
          const result = await client.send(new BatchWriteCommand({ RequestItems: { [TableName]: requests } }));
          requests = (result.UnprocessedItems?.[TableName] ?? []) as typeof requests;
        }
        if (requests.length > 0) throw new Error('Some items could not be deleted');
      }
    },
  };
  return repository;
}
