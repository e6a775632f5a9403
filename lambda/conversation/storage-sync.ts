import { NEW_PROFILE } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import type { ProgressRepository } from '../storage/progress-repository';
import type { UserKey } from '../storage/user-key';
import { errorName, type Log } from '../log';
import { withDeadline } from './deadline';
import type { SavePlan } from './save-plan';
import type { SyncState } from './session-codec';

/**
 * Storage gets at most this long for each step of a turn (the read, then the
 * writes), on top of the SDK's own per-request limits.
 */
export const TURN_STORAGE_BUDGET_MS = 2500;

/**
 * And at most this long for the whole turn, read and writes together, so a
 * turn that meets a hanging store still answers in well under Alexa's 8 s.
 */
export const TURN_TOTAL_BUDGET_MS = 4000;

/** The time left for storage in a turn that started at `startedMs`; never below a token 200 ms. */
export function budgetLeft(startedMs: number, nowMs: number): number {
  return Math.max(200, Math.min(TURN_STORAGE_BUDGET_MS, TURN_TOTAL_BUDGET_MS - (nowMs - startedMs)));
}

/** A session's storage state before anything is known: nothing loaded, nothing saved. */
export function emptySync(loaded: boolean, sessionToken: string): SyncState {
  return {
    sessionToken,
    loaded,
    profile: NEW_PROFILE,
    run: null,
    savedProgress: null,
    unsavedRuns: [],
    unsavedProfile: {},
    pointer: null,
    openRun: null,
    practised: [],
    unsavedSessions: [],
    noted: false,
  };
}

/** What the start of a session reads: the sync state and a run to offer, or a note that storage is out of reach. */
export interface SessionStart {
  readonly sync: SyncState;
  readonly resumable: ResumePoint | null;
  readonly failed: boolean;
}

/**
 * The read at the start of a session: the profile and, when it points at an
 * unfinished run, that run. On failure the session goes on as a new user's would.
 */
export async function startSession(
  repository: ProgressRepository,
  user: UserKey,
  log: Log,
  sessionToken: string,
  budgetMs = TURN_STORAGE_BUDGET_MS,
): Promise<SessionStart> {
  try {
    const loaded = await withDeadline(repository.load(user), budgetMs);
    const active = loaded.active;
    const sync: SyncState = {
      ...emptySync(true, sessionToken),
      profile: loaded.profile,
      run: active ? { id: active.point.run.id, version: active.version, recordVersion: active.recordVersion } : null,
      pointer: loaded.pointer,
      openRun: active?.point.run ?? null,
    };
    return { sync, resumable: active?.point ?? null, failed: false };
  } catch (error) {
    log({ event: 'storage-load-failed', name: errorName(error) });
    return { sync: emptySync(false, sessionToken), resumable: null, failed: true };
  }
}

/** How a plan went: the sync state to carry on with, and whether anything is still unsaved. */
export interface SaveOutcome {
  readonly sync: SyncState;
  readonly failed: boolean;
  readonly deleted: boolean;
}

/**
 * Runs a plan's writes in parallel. Whatever fails stays in the sync state,
 * so the next turn (or the session's end) tries it again and a finished side
 * is never dropped while the session lasts; a pointer change that failed is
 * planned again, since the pointer is still believed to name what it did.
 */
export async function executePlan(
  repository: ProgressRepository,
  user: UserKey,
  plan: SavePlan,
  before: SyncState,
  log: Log,
  budgetMs = TURN_STORAGE_BUDGET_MS,
): Promise<SaveOutcome> {
  if (plan.deleteAll) {
    try {
      await withDeadline(repository.deleteUser(user), TURN_TOTAL_BUDGET_MS);
      return { sync: emptySync(true, before.sessionToken), failed: false, deleted: true };
    } catch (error) {
      log({ event: 'storage-delete-failed', name: errorName(error) });
      return { sync: before, failed: true, deleted: false };
    }
  }
  const settle = <T>(work: () => Promise<T>): Promise<PromiseSettledResult<T>> =>
    withDeadline(work(), budgetMs).then(
      (value) => ({ status: 'fulfilled', value }) as const,
      (reason: unknown) => ({ status: 'rejected', reason }) as const,
    );
  const { profile } = plan;
  const [profileResult, ...runResults] = await Promise.all([
    profile ? settle(() => repository.updateProfile(user, profile)) : null,
    ...plan.runs.map(({ expected, recordVersion, ...save }) => settle(() => repository.saveRun(user, save, expected, recordVersion))),
  ]);

  const failures = [profileResult, ...runResults].filter((result): result is PromiseRejectedResult => result?.status === 'rejected');
  failures.forEach((failure) => log({ event: 'storage-save-failed', name: errorName(failure.reason) }));

  // The run's next save expects the version this one wrote; a failed save is retried expecting the same as before.
  const run = plan.after.run;
  const ran = run ? runResults[plan.runs.findIndex((save) => save.record.run.id === run.id)] : undefined;
  const sync: SyncState = {
    ...plan.after,
    run: run && ran?.status === 'fulfilled' ? { ...run, version: ran.value } : run,
    savedProgress: runResults.some((result) => result.status === 'rejected') ? before.savedProgress : plan.after.savedProgress,
    unsavedRuns: plan.runs.filter((_, i) => runResults[i]?.status === 'rejected'),
    pointer: profileResult?.status === 'rejected' ? before.pointer : plan.after.pointer,
    unsavedProfile: profileResult?.status === 'rejected' ? { ...before.unsavedProfile, ...settingsOf(profile) } : plan.after.unsavedProfile,
    practised:
      profileResult?.status === 'rejected' ? [...new Set([...plan.after.practised, ...(profile?.practised ?? [])])] : plan.after.practised,
    unsavedSessions:
      profileResult?.status === 'rejected'
        ? [...new Set([...plan.after.unsavedSessions, ...addedSessions(profile)])]
        : plan.after.unsavedSessions,
  };
  return { sync, failed: failures.length > 0, deleted: false };
}

/** The settings among profile changes: counts, pointer and session log changes are planned afresh from the sync state. */
function settingsOf(changes: SavePlan['profile']): SyncState['unsavedProfile'] {
  if (!changes) return {};
  const { practised: _counts, countToken: _token, pointer: _pointer, sessionLog: _log, ...settings } = changes;
  return settings;
}

/** The sessions a profile update added to the log; a prune that failed is left for a later session, which loads the old entries again. */
function addedSessions(changes: SavePlan['profile']): readonly string[] {
  const log = changes?.sessionLog;
  return log && 'add' in log ? log.add : [];
}
