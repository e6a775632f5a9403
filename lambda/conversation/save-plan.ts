import type { Content } from '../domain/content';
import { isSession, isStaleEntry, sessionEntry } from '../domain/daily-sessions';
import { recordOf, stretchOfKey } from '../domain/progress';
import type { Effect } from '../domain/routine-events';
import { resumeStep, type ResumePoint } from '../domain/routine-state';
import type { PointerChange, ProfileChanges, RunSave, SessionLogChange } from '../storage/progress-repository';
import type { SyncState, UnsavedProfile } from './session-codec';

/** A save of a run's item: its record and resume point, the item version it expects, and its place among the run's saves. */
export type RunToSave = SyncState['unsavedRuns'][number];

/** The writes one turn needs; empty when nothing meaningful changed. */
export interface SavePlan {
  readonly deleteAll: boolean;
  /** Saves of runs' items, at most one per run. */
  readonly runs: readonly RunToSave[];
  /** The profile update, pointer changes included. */
  readonly profile: ProfileChanges | null;
  /** The sync state once every write in the plan has succeeded. */
  readonly after: SyncState;
}

const progressKey = (point: ResumePoint): string =>
  `${point.run.id}|${point.step}|${point.done.join(',')}|${point.paused}|${point.pain.before ?? '-'}|${point.pain.after ?? '-'}`;

/** What a save of a run's item holds, to tell whether a save would write what the last one did; the end time is left out. */
const fingerprint = ({ record, point }: RunSave): string => {
  const { run, completed, done, pain } = record;
  return `${run.id}|${completed}|${done.join(',')}|${pain.before ?? '-'}|${pain.after ?? '-'}|${point ? progressKey(point) : 'over'}`;
};

/** Keeps the newest unsaved save of each run: an older one would only be merged into it. */
function newestPerRun(runs: readonly RunToSave[]): RunToSave[] {
  const byRun = new Map<string, RunToSave>();
  for (const entry of runs) {
    const known = byRun.get(entry.record.run.id);
    if (!known || known.recordVersion <= entry.recordVersion) byRun.set(entry.record.run.id, entry);
  }
  return [...byRun.values()];
}

/** Nothing to write: the plan for a turn that changed nothing worth keeping. */
export function isEmpty(plan: SavePlan): boolean {
  return !plan.deleteAll && plan.runs.length === 0 && !plan.profile;
}

/** The profile a sync state believes in once `changes` are saved. */
function withProfileChanges(profile: SyncState['profile'], changes: UnsavedProfile): SyncState['profile'] {
  return {
    ...profile,
    ...(changes.disclaimerHeard ? { disclaimerHeard: true } : {}),
    ...(changes.favouriteRoutine ? { favouriteRoutine: changes.favouriteRoutine } : {}),
    ...(changes.painCheckins !== undefined ? { painCheckins: changes.painCheckins } : {}),
    ...(changes.timeZone ? { timeZone: changes.timeZone } : {}),
    ...(changes.plan !== undefined ? { plan: changes.plan } : {}),
    ...(changes.reminderTokens !== undefined ? { reminderTokens: changes.reminderTokens } : {}),
  };
}

/**
 * What to write after a turn: a fold over the facts the engine emitted,
 * never a second reading of its state. A finished side, a pause, or a
 * session that ends mid-run saves the run's item (its record and resume
 * point) in one write; the side that reaches the run's end closes it in that
 * same write, so the closing words write no record; a run that ends
 * otherwise is closed by one more write. The profile's pointer names the
 * unfinished run: it is set with the run's first save, so a session that dies
 * loses no place, and its removal waits for the next profile update (the
 * session's end at the latest), since the run's closed item already says
 * there is nothing to resume. Settings and counts reach the profile when it
 * is written anyway, or when the session ends. Anything not yet saved from
 * earlier turns is retried with them.
 */
export function planSaves(effects: readonly Effect[], sync: SyncState, now: string, content: Content): SavePlan {
  if (effects.some((effect) => effect.type === 'history-deleted')) {
    return { deleteAll: true, runs: [], profile: null, after: sync };
  }
  const runs: RunToSave[] = [...sync.unsavedRuns];
  const unsaved: { -readonly [K in keyof UnsavedProfile]: UnsavedProfile[K] } = { ...sync.unsavedProfile };
  const practised = new Set(sync.practised);
  const log = new Set(sync.profile.recentSessions);
  const sessions = new Set(sync.unsavedSessions);
  let run = sync.run;
  let openRun = sync.openRun;
  let savedProgress = sync.savedProgress;
  let ending = false;
  // A session that ends with its run still open points the profile at it again, restarting the resume window.
  let refresh = false;

  /** Saves a run's item, unless it would hold what the last save did and `always` is false. */
  const save = (item: RunSave, always: boolean): void => {
    const key = fingerprint(item);
    if (!always && key === savedProgress) return;
    const known = run?.id === item.record.run.id ? run : null;
    const recordVersion = (known?.recordVersion ?? 0) + 1;
    runs.push({ ...item, expected: known?.version ?? null, recordVersion });
    run = { id: item.record.run.id, version: known?.version ?? null, recordVersion };
    savedProgress = key;
  };
  /** A run with nothing left to resume from its place (its last side done, not paused there) has reached its end. */
  const over = (point: ResumePoint): boolean => resumeStep(point, content) === null;
  /** The run's item at `point`: open with its place while something is left, completed and without one after. */
  const itemAt = (point: ResumePoint, endedAt: string | null): RunSave =>
    over(point)
      ? { record: recordOf(point, content, { completed: true, endedAt: now }), point: null }
      : { record: recordOf(point, content, { completed: false, endedAt }), point };
  /** A run whose point first has a stretch finished on every side became a session: logged at once, saved when the session ends. */
  const logSession = (point: ResumePoint): void => {
    const entry = sessionEntry(point.run);
    if (log.has(entry) || !isSession(point.done) || isStaleEntry(entry, now)) return;
    log.add(entry);
    sessions.add(entry);
  };
  /** The pointer should name the run while it is open, and no longer once it is over. */
  const follow = (point: ResumePoint): void => {
    if (!over(point)) openRun = point.run;
    else if (openRun?.id === point.run.id) openRun = null;
  };

  for (const effect of effects) {
    switch (effect.type) {
      case 'progress':
        if (effect.finished) practised.add(stretchOfKey(effect.finished));
        logSession(effect.point);
        save(itemAt(effect.point, null), false);
        follow(effect.point);
        break;
      case 'run-ended': {
        const point = effect.point;
        logSession(point);
        // A run with no side done has an item only when a session kept its place.
        if (point.done.length > 0 || run?.id === point.run.id) {
          save({ record: recordOf(point, content, { completed: effect.completed || over(point), endedAt: now }), point: null }, false);
        }
        if (openRun?.id === point.run.id) openRun = null;
        break;
      }
      case 'session-ended':
        ending = true;
        if (effect.point) {
          logSession(effect.point);
          // At the end of a session the item is saved with its end time, even if nothing moved.
          save(itemAt(effect.point, now), true);
          follow(effect.point);
          refresh = !over(effect.point);
        }
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
      case 'plan-set':
        unsaved.plan = effect.plan;
        break;
      case 'reminder-created':
        unsaved.reminderTokens = [...new Set([...(unsaved.reminderTokens ?? sync.profile.reminderTokens), effect.alertToken])];
        break;
      case 'reminders-cancelled':
        unsaved.reminderTokens = [];
        break;
      case 'reminder-action':
        break;
      case 'history-deleted':
        break;
    }
  }

  const pointer = sync.pointer;
  const change: PointerChange | null =
    openRun && (openRun.id !== pointer || refresh) ? { set: openRun } : !openRun && pointer ? { remove: pointer } : null;
  // A run that can be resumed must be findable at once; a removal rides on the next profile update.
  const pointNow = openRun !== null && openRun.id !== pointer;
  /** Settings and reminder tokens are written at once: a reminder's token must not wait for the session's end to be kept. */
  const SETTING_EFFECTS: ReadonlySet<Effect['type']> = new Set([
    'favourite-set',
    'checkins-set',
    'plan-set',
    'reminder-created',
    'reminders-cancelled',
  ]);
  const settingChanged = effects.some((effect) => SETTING_EFFECTS.has(effect.type));
  const countDue = ending && practised.size > 0;
  const logDue = ending && sessions.size > 0;
  const profileDue = pointNow || settingChanged || (ending && (countDue || logDue || change !== null || Object.keys(unsaved).length > 0));
  // Old entries are pruned by an update made anyway, one that adds none: pruning never costs a request of its own.
  const stale = [...log].filter((entry) => isStaleEntry(entry, now));
  const sessionLog: SessionLogChange | null = logDue ? { add: [...sessions] } : stale.length > 0 ? { prune: stale } : null;
  const profile: ProfileChanges | null = profileDue
    ? {
        ...unsaved,
        ...(countDue ? { practised: [...practised], countToken: sync.sessionToken } : {}),
        ...(change ? { pointer: change } : {}),
        ...(sessionLog ? { sessionLog } : {}),
      }
    : null;
  const pruned = profile !== null && sessionLog !== null && 'prune' in sessionLog;

  return {
    deleteAll: false,
    runs: newestPerRun(runs),
    profile,
    after: {
      ...sync,
      profile: {
        ...withProfileChanges(sync.profile, unsaved),
        recentSessions: pruned ? [...log].filter((e) => !stale.includes(e)) : [...log],
      },
      run,
      savedProgress,
      unsavedRuns: [],
      unsavedProfile: profile ? {} : unsaved,
      pointer: profile && change ? ('set' in change ? change.set.id : null) : pointer,
      openRun,
      practised: countDue ? [] : [...practised],
      unsavedSessions: logDue ? [] : [...sessions],
    },
  };
}
