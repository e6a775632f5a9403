import { NEW_PROFILE } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import type { ProgressRepository } from '../storage/progress-repository';
import type { UserKey } from '../storage/user-key';
import type { SavePlan, SyncState } from './save-plan';

/**
 * Storage gets this long per turn, on top of the SDK's own per-request
 * limits. With the start-of-session read that keeps a turn under about 5 s,
 * well inside the 8 s Alexa waits.
 */
export const TURN_STORAGE_BUDGET_MS = 2500;

/** A short failure reason for logs: the error's class only, never its data. */
export type StorageLog = (summary: Record<string, string>) => void;

const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Storage took too long')), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });

const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'unknown');

/** A session's storage state before anything is known: nothing loaded, nothing saved. */
export function emptySync(loaded: boolean): SyncState {
  return {
    loaded,
    profile: NEW_PROFILE,
    activeVersion: null,
    recordVersion: 0,
    savedProgress: null,
    savedPosition: null,
    unsavedRecords: [],
    unsavedProfile: {},
    forgetRun: null,
    practised: [],
    noted: false,
  };
}

/** What the start of a session reads: the sync state and a run to offer, or a note that storage is out of reach. */
export interface SessionStart {
  readonly sync: SyncState;
  readonly resumable: ResumePoint | null;
  readonly failed: boolean;
}

/** The one read of a session: profile and unfinished run. On failure the session goes on as a new user's would. */
export async function startSession(repository: ProgressRepository, user: UserKey, log: StorageLog): Promise<SessionStart> {
  try {
    const loaded = await withDeadline(repository.load(user), TURN_STORAGE_BUDGET_MS);
    const sync: SyncState = {
      ...emptySync(true),
      profile: loaded.profile,
      activeVersion: loaded.active?.version ?? null,
      recordVersion: loaded.active?.recordVersion ?? 0,
    };
    return { sync, resumable: loaded.active?.point ?? null, failed: false };
  } catch (error) {
    log({ event: 'storage-load-failed', name: errorName(error) });
    return { sync: emptySync(false), resumable: null, failed: true };
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
 * is never dropped while the session lasts.
 */
export async function executePlan(
  repository: ProgressRepository,
  user: UserKey,
  plan: SavePlan,
  before: SyncState,
  log: StorageLog,
): Promise<SaveOutcome> {
  if (plan.deleteAll) {
    try {
      await withDeadline(repository.deleteUser(user), TURN_STORAGE_BUDGET_MS * 2);
      return { sync: emptySync(true), failed: false, deleted: true };
    } catch (error) {
      log({ event: 'storage-delete-failed', name: errorName(error) });
      return { sync: before, failed: true, deleted: false };
    }
  }
  const settle = <T>(work: () => Promise<T>): Promise<PromiseSettledResult<T>> =>
    withDeadline(work(), TURN_STORAGE_BUDGET_MS).then(
      (value) => ({ status: 'fulfilled', value }) as const,
      (reason: unknown) => ({ status: 'rejected', reason }) as const,
    );
  const { active, clearActive, profile } = plan;
  const [activeResult, clearResult, profileResult, ...recordResults] = await Promise.all([
    active ? settle(() => repository.saveActive(user, active.point, active.expected, active.recordVersion)) : null,
    clearActive ? settle(() => repository.clearActive(user, clearActive)) : null,
    profile ? settle(() => repository.updateProfile(user, profile)) : null,
    ...plan.records.map(({ record, version }) => settle(() => repository.saveRecord(user, record, version))),
  ]);

  const failures = [activeResult, clearResult, profileResult, ...recordResults].filter(
    (result): result is PromiseRejectedResult => result?.status === 'rejected',
  );
  failures.forEach((failure) => log({ event: 'storage-save-failed', name: errorName(failure.reason) }));

  const sync: SyncState = {
    ...plan.after,
    activeVersion:
      activeResult?.status === 'fulfilled' ? activeResult.value : clearResult?.status === 'fulfilled' ? null : before.activeVersion,
    savedProgress: activeResult?.status === 'rejected' ? before.savedProgress : plan.after.savedProgress,
    savedPosition: activeResult?.status === 'rejected' ? before.savedPosition : plan.after.savedPosition,
    forgetRun: clearResult?.status === 'rejected' ? clearActive : plan.after.forgetRun,
    unsavedRecords: plan.records.filter((_, i) => recordResults[i]?.status === 'rejected'),
    unsavedProfile:
      profileResult?.status === 'rejected' ? { ...before.unsavedProfile, ...withoutCounts(profile) } : plan.after.unsavedProfile,
    practised:
      profileResult?.status === 'rejected' ? [...new Set([...plan.after.practised, ...(profile?.practised ?? [])])] : plan.after.practised,
  };
  return { sync, failed: failures.length > 0, deleted: false };
}

function withoutCounts(changes: SavePlan['profile']): SyncState['unsavedProfile'] {
  if (!changes) return {};
  const { practised: _counts, ...rest } = changes;
  return rest;
}
