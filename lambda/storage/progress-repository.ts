import type { PersonalPlan } from '../domain/plan-builder';
import type { Profile, RunRecord } from '../domain/progress';
import type { ResumePoint, Run } from '../domain/routine-state';
import type { UserKey } from './user-key';

/** The unfinished run saved for resuming, with the versions that guard its next writes. */
export interface SavedActive {
  readonly point: ResumePoint;
  /** Version of the run's item, which the next conditional write of it expects. */
  readonly version: number;
  /** Place of the item's last save in the run's sequence of saves, so a resumed run keeps counting up. */
  readonly recordVersion: number;
}

/** Everything read at the start of a session. */
export interface LoadedProgress {
  readonly profile: Profile;
  /** The run to offer for resuming: the one the profile points at, while it is unfinished. */
  readonly active: SavedActive | null;
  /**
   * The run the profile's pointer names, offered or not (it may be over), while the pointer is
   * younger than the resume window; null when there is none. A session removes a pointer to a run that is over.
   */
  readonly pointer: string | null;
}

/** One save of a run's item: its history record and, while it can be resumed, where to resume it. */
export interface RunSave {
  readonly record: RunRecord;
  /** Null once the run is over: completed, or left behind. */
  readonly point: ResumePoint | null;
}

/**
 * A change to the profile's pointer at the unfinished run: point it at a run
 * (and restart its resume window), or remove it only while it still names
 * `remove`, so a newer run another device started keeps its pointer.
 */
export type PointerChange = { readonly set: Run } | { readonly remove: string };

/**
 * A change to the profile's log of recent sessions: add entries, or prune old
 * ones. Never both in one update, since DynamoDB refuses an ADD and a DELETE
 * of the same attribute in one expression; both are safe to repeat.
 */
export type SessionLogChange = { readonly add: readonly string[] } | { readonly prune: readonly string[] };

/** Changes to the profile; counts are added, never overwritten, so two devices cannot lose each other's. */
export interface ProfileChanges {
  readonly disclaimerHeard?: boolean;
  readonly favouriteRoutine?: string;
  readonly timeZone?: string;
  readonly painCheckins?: boolean;
  /** The alert tokens of the skill's reminders, as they now are. */
  readonly reminderTokens?: string[];
  /** The personal plan, made or changed. */
  readonly plan?: PersonalPlan;
  /** Stretches done in a session that just ended: each one's count goes up by one. */
  readonly practised?: readonly string[];
  /** Identifies the session the counts come from, so a repeated save cannot count them twice. */
  readonly countToken?: string;
  /** Points the profile at the unfinished run, or removes its pointer. */
  readonly pointer?: PointerChange;
  /** Sessions that ended, or entries too old to be today anywhere. */
  readonly sessionLog?: SessionLogChange;
}

/** The profile's settings: each is stored under its own name, and a change replaces it. */
export const PROFILE_SETTINGS = ['disclaimerHeard', 'favouriteRoutine', 'timeZone', 'painCheckins', 'plan', 'reminderTokens'] as const;

/** Raised when a write lost a race and could not be reconciled; the caller keeps the change for a later turn. */
export class StorageConflictError extends Error {
  override name = 'StorageConflictError';
}

/**
 * Where progress lives between sessions. Implementations must never store the
 * raw Alexa user id, and every write must be safe to repeat.
 */
export interface ProgressRepository {
  /** The profile and, when it points at an unfinished run, that run. */
  readonly load: (user: UserKey) => Promise<LoadedProgress>;
  /**
   * Saves a run's item: its record and resume point, in one write.
   * `expectedVersion` is the item's version last read or written (null when
   * there was none). On a race the save with the higher `recordVersion` holds
   * the newer position, and the finished sides of both are kept, never dropped.
   * @returns the item's new version
   */
  readonly saveRun: (user: UserKey, save: RunSave, expectedVersion: number | null, recordVersion: number) => Promise<number>;
  /**
   * Applies profile changes. When the pointer's removal finds it naming
   * another run, the other changes are still made; counts made under the
   * same `countToken` before are not made again.
   */
  readonly updateProfile: (user: UserKey, changes: ProfileChanges) => Promise<void>;
  /** Run records, with at least one finished side, whose run started in [fromIso, toIso), oldest first, in one query. */
  readonly records: (user: UserKey, fromIso: string, toIso: string) => Promise<RunRecord[]>;
  /** Deletes every item of the user. */
  readonly deleteUser: (user: UserKey) => Promise<void>;
}
