import { z, type Infer } from '../zod';
import type { Content } from '../domain/content';
import { profileSchema, recordOf, resumePointOf, runRecordSchema, stretchesIn, type RunRecord } from '../domain/progress';
import type { Turn } from '../domain/routine-events';
import type { ResumePoint, RoutineState } from '../domain/routine-state';
import type { ProfileChanges } from '../storage/progress-repository';

const recordToSave = z.object({ record: runRecordSchema, version: z.number().int().min(1) });

/**
 * What this session knows about storage, carried in session attributes:
 * what was loaded at the start, the versions that guard the next writes,
 * what was last saved, and whatever could not be saved yet.
 */
export const syncSchema = z.object({
  /** The start-of-session read succeeded. */
  loaded: z.boolean(),
  profile: profileSchema,
  activeVersion: z.number().int().min(0).nullable(),
  /** Version of the current run's history record. */
  recordVersion: z.number().int().min(0),
  /** Fingerprint of the progress last saved. */
  savedProgress: z.string().nullable(),
  /** Records of runs that ended but are not saved yet. */
  unsavedRecords: z.array(recordToSave).max(20),
  unsavedProfile: z.object({
    disclaimerHeard: z.boolean().optional(),
    favouriteRoutine: z.string().optional(),
    timeZone: z.string().optional(),
    painCheckins: z.boolean().optional(),
  }),
  /** A run whose saved resume point should be forgotten. */
  forgetRun: z.string().nullable(),
  /** Stretches done in this session, counted into the profile when it ends. */
  practised: z.array(z.string()),
  /** The one spoken note about storage trouble has been given. */
  noted: z.boolean(),
  /** This session's id for counting stretches into the profile exactly once. */
  sessionToken: z.string().min(1).max(64),
});

/** Storage bookkeeping for one session. */
export type SyncState = Infer<typeof syncSchema>;

/** The writes one turn needs; empty when nothing meaningful changed. */
export interface SavePlan {
  readonly deleteAll: boolean;
  readonly active: { readonly point: ResumePoint; readonly expected: number | null; readonly recordVersion: number } | null;
  readonly clearActive: string | null;
  readonly records: readonly { readonly record: RunRecord; readonly version: number }[];
  readonly profile: ProfileChanges | null;
  /** The sync state once every write in the plan has succeeded. */
  readonly after: SyncState;
}

const progressKey = (point: ResumePoint): string =>
  `${point.run.id}|${point.done.join(',')}|${point.paused}|${point.pain.before ?? '-'}|${point.pain.after ?? '-'}`;

/** Keeps the newest unsaved record of each run: an older one would only be ignored by the table. */
function newestPerRun(records: readonly { record: RunRecord; version: number }[]): { record: RunRecord; version: number }[] {
  const byRun = new Map<string, { record: RunRecord; version: number }>();
  for (const entry of records) {
    const known = byRun.get(entry.record.run.id);
    if (!known || known.version <= entry.version) byRun.set(entry.record.run.id, entry);
  }
  return [...byRun.values()];
}

/** Nothing to write: the plan for a turn that changed nothing worth keeping. */
export function isEmpty(plan: SavePlan): boolean {
  return !plan.deleteAll && !plan.active && !plan.clearActive && plan.records.length === 0 && !plan.profile;
}

/**
 * Decides what to write after a turn, from the state before and after it.
 * Writes happen only at meaningful progress: a side finished, a pause, a run
 * ended or replaced, a favourite chosen, or the session ending. Anything not
 * yet saved from earlier turns is retried with them.
 */
export function planSaves(before: RoutineState, turn: Turn, sync: SyncState, ending: boolean, now: string, content: Content): SavePlan {
  if (turn.effects.some((effect) => effect.type === 'delete-history')) {
    return { deleteAll: true, active: null, clearActive: null, records: [], profile: null, after: sync };
  }
  const after = turn.state;
  const records = [...sync.unsavedRecords];
  let recordVersion = sync.recordVersion;
  let clearActive = sync.forgetRun;

  // The run open before this turn: the one being played, or the saved one offered at launch.
  const previous = resumePointOf(before);
  const open = previous ?? before.offer;
  // A session that ends while the closing pain question is open has done every side: the run is complete.
  const closingUnanswered = ending && (after.question === 'pain-after' || after.question === 'pain-after-again');
  const finished = previous !== null && (closingUnanswered || turn.beats.some((beat) => beat.type === 'finished'));
  const leftBehind = open !== null && after.run?.id !== open.run.id && (previous !== null || after.offer === null);
  if (open && (finished || leftBehind)) {
    const final: ResumePoint = finished ? { ...open, done: after.done, pain: after.pain } : open;
    if (final.done.length > 0) {
      recordVersion += 1;
      records.push({ record: recordOf(final, content, { completed: finished, endedAt: now }), version: recordVersion });
    }
    clearActive = open.run.id;
    recordVersion = 0;
  }

  const point = resumePointOf(after);
  let active: SavePlan['active'] = null;
  let savedProgress = sync.savedProgress;
  // A session that ends while the user is still getting into position keeps the place, even before any side is done.
  const keep = point !== null && !finished && (point.done.length > 0 || (ending && after.moving));
  if (point && keep) {
    // At the end of a session the record is always closed with its end time, even if nothing moved.
    if (ending || progressKey(point) !== sync.savedProgress) {
      recordVersion += 1;
      active = { point, expected: sync.activeVersion, recordVersion };
      if (point.done.length > 0)
        records.push({ record: recordOf(point, content, { completed: false, endedAt: ending ? now : null }), version: recordVersion });
      savedProgress = progressKey(point);
      // There is one ACTIVE item per user: saving this run replaces whatever was there.
      clearActive = null;
    }
  }

  // Steps finished before this turn: in the run being played, or in the saved run this turn resumed.
  const resumed = before.offer && before.offer.run.id === after.run?.id ? before.offer.done : [];
  const baseline = before.run && before.run.id === after.run?.id ? before.done : resumed;
  const newlyDone = after.done.filter((key) => !baseline.includes(key));
  const practised = [...new Set([...sync.practised, ...stretchesIn(newlyDone)])];
  const favourite = turn.effects.find((effect) => effect.type === 'save-favourite');
  const checkins = turn.effects.find((effect) => effect.type === 'save-checkins');
  const unsavedProfile = {
    ...sync.unsavedProfile,
    ...(after.disclaimed && !sync.profile.disclaimerHeard ? { disclaimerHeard: true } : {}),
    ...(favourite ? { favouriteRoutine: favourite.routineId } : {}),
    ...(checkins ? { painCheckins: checkins.on } : {}),
  };
  const writing = active !== null || records.length > 0 || clearActive !== null || favourite !== undefined || checkins !== undefined;
  const profileDue = Object.keys(unsavedProfile).length > 0 && (writing || ending);
  const countDue = ending && practised.length > 0;
  const profile: ProfileChanges | null =
    profileDue || countDue ? { ...unsavedProfile, ...(countDue ? { practised, countToken: sync.sessionToken } : {}) } : null;

  return {
    deleteAll: false,
    active,
    clearActive,
    records: newestPerRun(records),
    profile,
    after: {
      ...sync,
      profile: {
        ...sync.profile,
        ...(unsavedProfile.disclaimerHeard ? { disclaimerHeard: true } : {}),
        ...(unsavedProfile.favouriteRoutine ? { favouriteRoutine: unsavedProfile.favouriteRoutine } : {}),
        ...(unsavedProfile.painCheckins !== undefined ? { painCheckins: unsavedProfile.painCheckins } : {}),
      },
      recordVersion,
      savedProgress,
      unsavedRecords: [],
      unsavedProfile: profile ? {} : unsavedProfile,
      forgetRun: null,
      practised: countDue ? [] : practised,
    },
  };
}
