import { z } from 'zod';
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
  /** Fingerprints of the progress and position last saved. */
  savedProgress: z.string().nullable(),
  savedPosition: z.string().nullable(),
  /** Records of runs that ended but are not saved yet. */
  unsavedRecords: z.array(recordToSave).max(10),
  unsavedProfile: z.object({ disclaimerHeard: z.boolean().optional(), favouriteRoutine: z.string().optional() }),
  /** A run whose saved resume point should be forgotten. */
  forgetRun: z.string().nullable(),
  /** Stretches done in this session, counted into the profile when it ends. */
  practised: z.array(z.string()),
  /** The one spoken note about storage trouble has been given. */
  noted: z.boolean(),
});

/** Storage bookkeeping for one session. */
export type SyncState = z.infer<typeof syncSchema>;

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

const progressKey = (point: ResumePoint): string => `${point.run.id}|${point.done.join(',')}|${point.paused}`;
const positionKey = (point: ResumePoint): string => `${progressKey(point)}|${point.step}`;

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

  const previous = resumePointOf(before);
  const finished = turn.beats.some((beat) => beat.type === 'finished');
  const replaced = previous !== null && after.run?.id !== previous.run.id;
  if (previous && (finished || replaced)) {
    const final: ResumePoint = { ...previous, done: finished ? after.done : previous.done };
    if (final.done.length > 0) {
      recordVersion += 1;
      records.push({ record: recordOf(final, content, { completed: finished, endedAt: now }), version: recordVersion });
    }
    clearActive = previous.run.id;
    recordVersion = 0;
  }

  const point = resumePointOf(after);
  let active: SavePlan['active'] = null;
  let savedProgress = sync.savedProgress;
  let savedPosition = sync.savedPosition;
  if (point && point.done.length > 0) {
    const progressed = progressKey(point) !== sync.savedProgress;
    const moved = ending && positionKey(point) !== sync.savedPosition;
    if (progressed || moved) {
      recordVersion += 1;
      active = { point, expected: sync.activeVersion, recordVersion };
      records.push({ record: recordOf(point, content, { completed: false, endedAt: ending ? now : null }), version: recordVersion });
      savedProgress = progressKey(point);
      savedPosition = positionKey(point);
      // There is one ACTIVE item per user: saving this run replaces whatever was there.
      clearActive = null;
    }
  }

  const forget = turn.effects.some((effect) => effect.type === 'forget-active');
  if (forget && before.offer) clearActive = before.offer.run.id;

  const newlyDone = after.done.filter((key) => !before.done.includes(key));
  const practised = [...new Set([...sync.practised, ...stretchesIn(newlyDone)])];
  const favourite = turn.effects.find((effect) => effect.type === 'save-favourite');
  const unsavedProfile = {
    ...sync.unsavedProfile,
    ...(after.disclaimed && !sync.profile.disclaimerHeard ? { disclaimerHeard: true } : {}),
    ...(favourite ? { favouriteRoutine: favourite.routineId } : {}),
  };
  const writing = active !== null || records.length > 0 || clearActive !== null || favourite !== undefined;
  const profileDue = Object.keys(unsavedProfile).length > 0 && (writing || ending);
  const countDue = ending && practised.length > 0;
  const profile: ProfileChanges | null = profileDue || countDue ? { ...unsavedProfile, ...(countDue ? { practised } : {}) } : null;

  return {
    deleteAll: false,
    active,
    clearActive,
    records,
    profile,
    after: {
      ...sync,
      profile: {
        ...sync.profile,
        ...(unsavedProfile.disclaimerHeard ? { disclaimerHeard: true } : {}),
        ...(unsavedProfile.favouriteRoutine ? { favouriteRoutine: unsavedProfile.favouriteRoutine } : {}),
      },
      recordVersion,
      savedProgress,
      savedPosition,
      unsavedRecords: [],
      unsavedProfile: profile ? {} : unsavedProfile,
      forgetRun: null,
      practised: countDue ? [] : practised,
    },
  };
}
