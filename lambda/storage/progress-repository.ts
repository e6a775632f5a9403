import type { Profile, RunRecord } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import type { UserKey } from './user-key';

/** The unfinished run saved for resuming, with the versions that guard its next writes. */
export interface SavedActive {
  readonly point: ResumePoint;
  /** Version of the ACTIVE item, for the next conditional write. */
  readonly version: number;
  /** Version of the run's history record, so a resumed run keeps counting up. */
  readonly recordVersion: number;
}

/** Everything read at the start of a session, in one request. */
export interface LoadedProgress {
  readonly profile: Profile;
  readonly active: SavedActive | null;
}

/** Changes to the profile; counts are added, never overwritten, so two devices cannot lose each other's. */
export interface ProfileChanges {
  readonly disclaimerHeard?: boolean;
  readonly favouriteRoutine?: string;
  readonly timeZone?: string;
  readonly painCheckins?: boolean;
  /** Stretches done in a session that just ended: each one's count goes up by one. */
  readonly practised?: readonly string[];
  /** Identifies the session the counts come from, so a repeated save cannot count them twice. */
  readonly countToken?: string;
}

/** Raised when a write lost a race and could not be reconciled; the caller keeps the change for a later turn. */
export class StorageConflictError extends Error {
  override name = 'StorageConflictError';
}

/**
 * Where progress lives between sessions. Implementations must never store the
 * raw Alexa user id, and every write must be safe to repeat.
 */
export interface ProgressRepository {
  /** The profile and the unfinished run, in one read. */
  readonly load: (user: UserKey) => Promise<LoadedProgress>;
  /**
   * Saves the unfinished run. `expectedVersion` is the version last read or
   * written (null when there was none); on a race the newest write wins as a
   * whole item, and finished steps of the same run are merged, never dropped.
   * @returns the item's new version
   */
  readonly saveActive: (user: UserKey, point: ResumePoint, expectedVersion: number | null, recordVersion: number) => Promise<number>;
  /** Forgets the unfinished run, unless another run has replaced it meanwhile. */
  readonly clearActive: (user: UserKey, runId: string) => Promise<void>;
  /**
   * Saves a run's history record. A write with a higher `version` than the
   * stored one replaces it; any other is merged into the stored record (a
   * second device, or a late write), so a side only it finished is kept.
   */
  readonly saveRecord: (user: UserKey, record: RunRecord, version: number) => Promise<void>;
  /** Applies profile changes. */
  readonly updateProfile: (user: UserKey, changes: ProfileChanges) => Promise<void>;
  /** Run records whose run started in [fromIso, toIso), oldest first, in one query. */
  readonly records: (user: UserKey, fromIso: string, toIso: string) => Promise<RunRecord[]>;
  /** Deletes every item of the user. */
  readonly deleteUser: (user: UserKey) => Promise<void>;
}
