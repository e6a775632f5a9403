import type { Content } from '../domain/content';
import { recordOf, stretchOfKey, type RunRecord } from '../domain/progress';
import type { Effect } from '../domain/routine-events';
import type { ResumePoint } from '../domain/routine-state';
import type { ProfileChanges } from '../storage/progress-repository';
import type { SyncState, UnsavedProfile } from './session-codec';

/** A run record to write, with the version that orders it against other saves of the same run. */
export interface RecordToSave {
  readonly record: RunRecord;
  readonly version: number;
}

/** The writes one turn needs; empty when nothing meaningful changed. */
export interface SavePlan {
  readonly deleteAll: boolean;
  readonly active: { readonly point: ResumePoint; readonly expected: number | null; readonly recordVersion: number } | null;
  readonly clearActive: string | null;
  readonly records: readonly RecordToSave[];
  readonly profile: ProfileChanges | null;
  /** The sync state once every write in the plan has succeeded. */
  readonly after: SyncState;
}

const progressKey = (point: ResumePoint): string =>
  `${point.run.id}|${point.step}|${point.done.join(',')}|${point.paused}|${point.pain.before ?? '-'}|${point.pain.after ?? '-'}`;

/** Keeps the newest unsaved record of each run: an older one would only be ignored by the table. */
function newestPerRun(records: readonly RecordToSave[]): RecordToSave[] {
  const byRun = new Map<string, RecordToSave>();
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

/** The profile a sync state believes in once `changes` are saved. */
function withProfileChanges(profile: SyncState['profile'], changes: UnsavedProfile): SyncState['profile'] {
  return {
    ...profile,
    ...(changes.disclaimerHeard ? { disclaimerHeard: true } : {}),
    ...(changes.favouriteRoutine ? { favouriteRoutine: changes.favouriteRoutine } : {}),
    ...(changes.painCheckins !== undefined ? { painCheckins: changes.painCheckins } : {}),
    ...(changes.timeZone ? { timeZone: changes.timeZone } : {}),
  };
}

/**
 * What to write after a turn: a fold over the facts the engine emitted,
 * never a second reading of its state. A finished side or a pause saves the
 * place and the run's record; a run that ends closes its record and forgets
 * the place; the session's end closes the record of the place it keeps and
 * counts the stretches done; settings go to the profile. Anything not yet
 * saved from earlier turns is retried with them.
 */
export function planSaves(effects: readonly Effect[], sync: SyncState, now: string, content: Content): SavePlan {
  if (effects.some((effect) => effect.type === 'history-deleted')) {
    return { deleteAll: true, active: null, clearActive: null, records: [], profile: null, after: sync };
  }
  const records: RecordToSave[] = [...sync.unsavedRecords];
  const unsaved: { -readonly [K in keyof UnsavedProfile]: UnsavedProfile[K] } = { ...sync.unsavedProfile };
  const practised = new Set(sync.practised);
  let recordVersion = sync.recordVersion;
  let clearActive = sync.forgetRun;
  let savedProgress = sync.savedProgress;
  // Written through keep() below; typed by assertion so the checker does not narrow it to null for good.
  let active = null as SavePlan['active'];
  let ending = false;

  /** Writes the place and, once a side is done, the run's record as it stands. */
  const keep = (point: ResumePoint, endedAt: string | null): void => {
    recordVersion += 1;
    active = { point, expected: sync.activeVersion, recordVersion };
    if (point.done.length > 0) records.push({ record: recordOf(point, content, { completed: false, endedAt }), version: recordVersion });
    savedProgress = progressKey(point);
    // There is one ACTIVE item per user: saving this run replaces whatever was there.
    clearActive = null;
  };

  for (const effect of effects) {
    switch (effect.type) {
      case 'progress':
        if (effect.finished) practised.add(stretchOfKey(effect.finished));
        if (progressKey(effect.point) !== savedProgress) keep(effect.point, null);
        break;
      case 'run-ended':
        if (effect.point.done.length > 0) {
          records.push({
            record: recordOf(effect.point, content, { completed: effect.completed, endedAt: now }),
            version: recordVersion + 1,
          });
        }
        if (active?.point.run.id === effect.point.run.id) active = null;
        clearActive = effect.point.run.id;
        recordVersion = 0;
        savedProgress = null;
        break;
      case 'session-ended':
        ending = true;
        // At the end of a session the record is closed with its end time, even if nothing moved.
        if (effect.point) keep(effect.point, now);
        break;
      case 'disclaimer-heard':
        if (!sync.profile.disclaimerHeard) unsaved.disclaimerHeard = true;
        break;
      case 'favourite-set':
        unsaved.favouriteRoutine = effect.routineId;
        break;
      case 'checkins-set':
        unsaved.painCheckins = effect.on;
        break;
      case 'time-zone-learned':
        unsaved.timeZone = effect.timeZone;
        break;
      case 'history-deleted':
        break;
    }
  }

  const settingChanged = effects.some((effect) => effect.type === 'favourite-set' || effect.type === 'checkins-set');
  const writing = active !== null || records.length > 0 || clearActive !== null || settingChanged;
  const profileDue = Object.keys(unsaved).length > 0 && (writing || ending);
  const countDue = ending && practised.size > 0;
  const profile: ProfileChanges | null =
    profileDue || countDue ? { ...unsaved, ...(countDue ? { practised: [...practised], countToken: sync.sessionToken } : {}) } : null;

  return {
    deleteAll: false,
    active,
    clearActive,
    records: newestPerRun(records),
    profile,
    after: {
      ...sync,
      profile: withProfileChanges(sync.profile, unsaved),
      recordVersion,
      savedProgress,
      unsavedRecords: [],
      unsavedProfile: profile ? {} : unsaved,
      forgetRun: null,
      practised: countDue ? [] : [...practised],
    },
  };
}
