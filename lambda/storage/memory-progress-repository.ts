import type { RunRecord } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import type { ProgressRepository } from './progress-repository';
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

/** What the in-memory repository needs: the time (injected for tests), and how to merge two saves of a run. */
export interface MemoryRepositoryOptions {
  readonly now: () => Date;
  readonly merge: (stored: RunRecord, incoming: RunRecord) => RunRecord;
}

type Item = Record<string, unknown>;

/** Profile settings a change may set; each is stored under its own name, as in the table. */
const SETTINGS = ['disclaimerHeard', 'favouriteRoutine', 'timeZone', 'painCheckins'] as const;

const versionOf = (item: Item | undefined): number | null => (typeof item?.version === 'number' ? item.version : null);

/**
 * The progress repository in memory, with the same observable behaviour as
 * the DynamoDB one, for unit tests that need no database.
 * Items are kept under the UserKey given, in the table's shapes, and read back
 * through the same parsers; they are copied on the way in, and parsing copies
 * them on the way out. Each call runs to completion before the next starts, so
 * a stale write is reconciled on its first try and StorageConflictError is
 * never raised. Nothing expires: TTL is DynamoDB's, and the `expiresAt` the
 * items carry is ignored here.
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
  const putActive = (user: UserKey, point: ResumePoint, expected: number | null, recordVersion: number): number => {
    const version = (expected ?? 0) + 1;
    write(user, activeItem(user, point, version, recordVersion, now()));
    return version;
  };

  return {
    async load(user) {
      return {
        profile: parseProfile(read(user, SORT_KEYS.profile)),
        active: parseActive(read(user, SORT_KEYS.active)),
      };
    },

    async saveActive(user, point, expectedVersion, recordVersion) {
      const stored = read(user, SORT_KEYS.active);
      const version = versionOf(stored);
      const asExpected = expectedVersion === null ? stored === undefined : version === expectedVersion;
      if (asExpected) return putActive(user, point, expectedVersion, recordVersion);
      const outcome = activeAfterLostRace(parseActive(stored), { point, recordVersion });
      if ('keep' in outcome) return outcome.keep;
      return putActive(user, outcome.write.point, version, outcome.write.recordVersion);
    },

    async clearActive(user, runId) {
      if (read(user, SORT_KEYS.active)?.runId === runId) users.get(user)?.delete(SORT_KEYS.active);
    },

    async saveRecord(user, record, version) {
      const stored = read(user, sessionSortKey(record.run.startedAt, record.run.id));
      const storedVersion = versionOf(stored);
      if (stored === undefined || (storedVersion !== null && storedVersion < version)) {
        write(user, sessionItem(user, record, version, now()));
        return;
      }
      const merged = recordAfterLostRace(parseSession(stored), record, merge);
      if (merged) write(user, sessionItem(user, merged, (storedVersion ?? 0) + 1, now()));
    },

    async updateProfile(user, changes) {
      const item = { ...(read(user, SORT_KEYS.profile) ?? { pk: user, sk: SORT_KEYS.profile }) };
      // As in DynamoDB, an update repeating counts already made under its token is skipped as a whole.
      const counting = changes.countToken !== undefined && (changes.practised ?? []).length > 0;
      if (counting && item.lastCounted === changes.countToken) return;
      for (const name of SETTINGS) if (changes[name] !== undefined) item[name] = changes[name];
      for (const stretchId of new Set(changes.practised)) {
        const times = item[`${TIMES_PREFIX}${stretchId}`];
        item[`${TIMES_PREFIX}${stretchId}`] = (typeof times === 'number' ? times : 0) + 1;
      }
      if (counting) item.lastCounted = changes.countToken;
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
