import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { RunRecord } from '../domain/progress';
import { PROFILE_SETTINGS, StorageConflictError, type ProfileChanges, type ProgressRepository } from './progress-repository';
import {
  freshPointer,
  parseProfile,
  parseRun,
  parseSession,
  POINTER_ATTRIBUTE,
  pointerTo,
  resumableRun,
  sessionItem,
  sessionKeyRange,
  sessionSortKey,
  SESSION_LOG_ATTRIBUTE,
  SORT_KEYS,
  TIMES_PREFIX,
} from './stored-items';
import type { UserKey } from './user-key';
import { runAfterLostRace, type RunWrite } from './write-races';

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

/** Counts that a session's token guards, so a repeated save does not add them twice. */
const counting = (changes: ProfileChanges): boolean => changes.countToken !== undefined && (changes.practised ?? []).length > 0;

/**
 * The progress repository on one DynamoDB table (see docs/data-model.md). It
 * uses only single-item conditional writes, queries, single-item reads and
 * batch deletes, so it runs the same on DynamoDB, DynamoDB Local and dynalite.
 */
export function createDynamoProgressRepository({ client, tableName, now, merge }: DynamoRepositoryOptions): ProgressRepository {
  const TableName = tableName;

  const putRun = async (pk: UserKey, write: RunWrite, expected: number | null): Promise<number> => {
    const version = (expected ?? 0) + 1;
    await client.send(
      new PutCommand({
        TableName,
        Item: sessionItem(pk, write, version, write.recordVersion, now()),
        ConditionExpression: expected === null ? 'attribute_not_exists(pk)' : 'version = :expected',
        ...(expected === null ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
      }),
    );
    return version;
  };

  /** One UpdateItem on the profile; its conditions guard the counts' token and the pointer's removal. */
  const sendProfileUpdate = async (pk: UserKey, changes: ProfileChanges): Promise<void> => {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':one': 1, ':now': now().toISOString() };
    const sets = ['updatedAt = :now'];
    const adds = ['version :one'];
    const removes: string[] = [];
    const deletes: string[] = [];
    const conditions: string[] = [];
    // Every setting goes through a name placeholder: some ("timeZone", "plan") are DynamoDB reserved words.
    PROFILE_SETTINGS.forEach((name, i) => {
      if (changes[name] === undefined) return;
      names[`#s${i}`] = name;
      sets.push(`#s${i} = :s${i}`);
      values[`:s${i}`] = changes[name];
    });
    [...new Set(changes.practised ?? [])].forEach((stretchId, i) => {
      names[`#t${i}`] = `${TIMES_PREFIX}${stretchId}`;
      adds.push(`#t${i} :one`);
    });
    // Counts are added, so a save repeated after a timeout must not add them again: the session's
    // token is stored with them, and a second update carrying the same token is skipped.
    if (counting(changes)) {
      sets.push('lastCounted = :token');
      values[':token'] = changes.countToken;
      conditions.push('(attribute_not_exists(lastCounted) OR lastCounted <> :token)');
    }
    const pointer = changes.pointer;
    if (pointer) names['#run'] = POINTER_ATTRIBUTE;
    if (pointer && 'set' in pointer) {
      sets.push('#run = :pointer');
      values[':pointer'] = pointerTo(pointer.set, now());
    }
    if (pointer && 'remove' in pointer) {
      // Only while it names that run: another device may have started a newer one since.
      removes.push('#run');
      conditions.push('#run.runId = :runId');
      values[':runId'] = pointer.remove;
    }
    // String Sets: adding an entry already there, or deleting one already gone, changes nothing, so a repeat is harmless.
    const log = changes.sessionLog;
    if (log && 'add' in log && log.add.length > 0) {
      names['#log'] = SESSION_LOG_ATTRIBUTE;
      adds.push('#log :sessions');
      values[':sessions'] = new Set(log.add);
    }
    if (log && 'prune' in log && log.prune.length > 0) {
      names['#log'] = SESSION_LOG_ATTRIBUTE;
      deletes.push('#log :stale');
      values[':stale'] = new Set(log.prune);
    }
    const clause = (keyword: string, parts: readonly string[]): string => (parts.length > 0 ? ` ${keyword} ${parts.join(', ')}` : '');
    await client.send(
      new UpdateCommand({
        TableName,
        Key: { pk, sk: SORT_KEYS.profile },
        UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}${clause('DELETE', deletes)}${clause('REMOVE', removes)}`,
        ...(conditions.length > 0 ? { ConditionExpression: conditions.join(' AND ') } : {}),
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      }),
    );
  };

  /** A profile update whose failed condition means that part is not needed: counted before, or the pointer names another run. */
  const updateUnlessDone = async (pk: UserKey, changes: ProfileChanges): Promise<void> => {
    try {
      await sendProfileUpdate(pk, changes);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
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
      // A Query rather than a GetItem: items of the previous layout sorting before the history (ACTIVE) come back too, and are ignored.
      const result = await client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND sk < :sessions',
          ExpressionAttributeValues: { ':pk': user, ':sessions': SORT_KEYS.sessionPrefix },
          ConsistentRead: true,
        }),
      );
      const item = (result.Items ?? []).find((stored) => stored.sk === SORT_KEYS.profile);
      const profile = parseProfile(item);
      const pointer = freshPointer(item, now());
      if (!pointer) return { profile, active: null, pointer: null };
      const run = await client.send(
        new GetCommand({ TableName, Key: { pk: user, sk: sessionSortKey(pointer.startedAt, pointer.runId) }, ConsistentRead: true }),
      );
      return { profile, active: resumableRun(parseRun(run.Item), pointer.runId), pointer: pointer.runId };
    },

    async saveRun(user, save, expectedVersion, recordVersion) {
      const ours: RunWrite = { ...save, recordVersion };
      try {
        return await putRun(user, ours, expectedVersion);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      // Someone wrote since we last looked: another device on the same run, or a save of ours that arrived late.
      const Key = { pk: user, sk: sessionSortKey(save.record.run.startedAt, save.record.run.id) };
      for (let attempt = 0; attempt < RACE_RETRIES; attempt += 1) {
        const current = await client.send(new GetCommand({ TableName, Key, ConsistentRead: true }));
        const outcome = runAfterLostRace(parseRun(current.Item), ours, merge);
        if ('keep' in outcome) return outcome.keep;
        const version = typeof current.Item?.version === 'number' ? current.Item.version : null;
        try {
          return await putRun(user, outcome.write, version);
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
      throw new StorageConflictError('The run kept changing while saving');
    },

    async updateProfile(user, changes) {
      try {
        await sendProfileUpdate(user, changes);
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const { pointer, ...rest } = changes;
      // Without a removal only the counts' token can have failed: a repeat of an update already made whole.
      if (!pointer || !('remove' in pointer)) return;
      // Either condition may have failed: the counts were made before, or the pointer names another run now.
      // Each part on its own then, so neither the counts nor the removal is lost or made twice.
      await Promise.all([
        Object.values(rest).some((value) => value !== undefined) ? updateUnlessDone(user, rest) : null,
        counting(changes) ? updateUnlessDone(user, { pointer }) : null,
      ]);
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
