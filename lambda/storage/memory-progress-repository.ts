import type { RunRecord } from '../domain/progress';
import { PROFILE_SETTINGS, type ProgressRepository, type SessionLogChange } from './progress-repository';
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

/** What the in-memory repository needs: the time (injected for tests), and how to merge two saves of a run. */
export interface MemoryRepositoryOptions {
  readonly now: () => Date;
  readonly merge: (stored: RunRecord, incoming: RunRecord) => RunRecord;
}

type Item = Record<string, unknown>;

const versionOf = (item: Item | undefined): number | null => (typeof item?.version === 'number' ? item.version : null);

/**
 * The progress repository in memory, with the same observable behaviour as
 * the DynamoDB one, for unit tests that need no database.
 * Items are kept under the UserKey given, in the table's shapes, and read back
 * through the same parsers; they are copied on the way in, and parsing copies
 * them on the way out. Each call runs to completion before the next starts, so
 * a stale write is reconciled on its first try and StorageConflictError is
 * never raised. Nothing expires: TTL is DynamoDB's, and the `expiresAt` the
 * items carry is ignored here (the pointer's age is checked, as in DynamoDB).
 */
export function createMemoryProgressRepository({ now, merge }: MemoryRepositoryOptions): ProgressRepository {
  /** Each user's items by sort key. */
  const users = new Map<UserKey, Map<string, Item>>();

  const read = (user: UserKey, sk: string): Item | undefined => users.get(user)?.get(sk);
  const write = (user: UserKey, item: Item): void => {
    const items = users.get(user) ?? new Map<string, Item>();
    items.set(String(item.sk), structuredClone(item));
    users.set(user, items);
  };
  const putRun = (user: UserKey, run: RunWrite, expected: number | null): number => {
    const version = (expected ?? 0) + 1;
    write(user, sessionItem(user, run, version, run.recordVersion, now()));
    return version;
  };

  return {
    async load(user) {
      const item = read(user, SORT_KEYS.profile);
      const profile = parseProfile(item);
      const pointer = freshPointer(item, now());
      if (!pointer) return { profile, active: null, pointer: null };
      const run = parseRun(read(user, sessionSortKey(pointer.startedAt, pointer.runId)));
      return { profile, active: resumableRun(run, pointer.runId), pointer: pointer.runId };
    },

    async saveRun(user, save, expectedVersion, recordVersion) {
      const ours: RunWrite = { ...save, recordVersion };
      const stored = read(user, sessionSortKey(save.record.run.startedAt, save.record.run.id));
      const version = versionOf(stored);
      const asExpected = expectedVersion === null ? stored === undefined : version === expectedVersion;
      if (asExpected) return putRun(user, ours, expectedVersion);
      const outcome = runAfterLostRace(parseRun(stored), ours, merge);
      if ('keep' in outcome) return outcome.keep;
      return putRun(user, outcome.write, version);
    },

    async updateProfile(user, changes) {
      const item = { ...(read(user, SORT_KEYS.profile) ?? { pk: user, sk: SORT_KEYS.profile }) };
      // As in DynamoDB: an update repeating counts already made under its token is skipped, and a pointer
      // removal finding another run named is not made; when either happens, each part is made on its own.
      const counting = changes.countToken !== undefined && (changes.practised ?? []).length > 0;
      const repeat = counting && item.lastCounted === changes.countToken;
      const { pointer, ...rest } = changes;
      const removal = pointer && 'remove' in pointer ? pointer.remove : null;
      const names = removal !== null && pointerRunId(item) === removal;
      const others = !repeat && (removal === null || names || Object.values(rest).some((value) => value !== undefined));
      if (!others && !names) return;
      if (others) {
        for (const name of PROFILE_SETTINGS) if (changes[name] !== undefined) item[name] = changes[name];
        for (const stretchId of new Set(changes.practised)) {
          const times = item[`${TIMES_PREFIX}${stretchId}`];
          item[`${TIMES_PREFIX}${stretchId}`] = (typeof times === 'number' ? times : 0) + 1;
        }
        if (counting) item.lastCounted = changes.countToken;
        if (pointer && 'set' in pointer) item[POINTER_ATTRIBUTE] = pointerTo(pointer.set, now());
        if (changes.sessionLog) changeLog(item, changes.sessionLog);
      }
      if (names) delete item[POINTER_ATTRIBUTE];
      item.version = (versionOf(item) ?? 0) + 1;
      item.updatedAt = now().toISOString();
      write(user, item);
    },

    async records(user, fromIso, toIso) {
      const { from, to } = sessionKeyRange(fromIso, toIso);
      // The keys are ASCII (ISO times, UUID run ids), so string order is DynamoDB's byte order.
      const keys = [...(users.get(user)?.keys() ?? [])].filter((sk) => sk >= from && sk <= to).sort();
      return keys.map((sk) => parseSession(read(user, sk))).filter((record): record is RunRecord => record !== null);
    },

    async deleteUser(user) {
      users.delete(user);
    },
  };
}

/** A String Set's ADD or DELETE, as DynamoDB makes them: an entry is there once, and a set left empty is no attribute at all. */
function changeLog(item: Item, change: SessionLogChange): void {
  const stored = item[SESSION_LOG_ATTRIBUTE];
  const entries = new Set(stored instanceof Set ? (stored as Set<string>) : []);
  if ('add' in change) change.add.forEach((entry) => entries.add(entry));
  else change.prune.forEach((entry) => entries.delete(entry));
  if (entries.size > 0) item[SESSION_LOG_ATTRIBUTE] = entries;
  else delete item[SESSION_LOG_ATTRIBUTE];
}

/** The run id the stored pointer names, however old: DynamoDB's condition on the removal looks at the attribute, not its age. */
function pointerRunId(item: Item): string | null {
  const pointer = item[POINTER_ATTRIBUTE] as { runId?: unknown } | undefined;
  return typeof pointer?.runId === 'string' ? pointer.runId : null;
}
