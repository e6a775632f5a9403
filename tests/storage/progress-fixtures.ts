import { randomUUID } from 'node:crypto';
import { mergeRecords, recordOf, type RunRecord } from '../../lambda/domain/progress';
import { NO_PAIN, type Plan, type ResumePoint } from '../../lambda/domain/routine-state';
import type { RunSave } from '../../lambda/storage/progress-repository';
import { userKeyOf, type UserKey } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { newUserId } from '../support/envelopes';

/**
 * The time every write of the repository tests is made at, so TTLs and timestamps are exact. It is the real
 * time (to the minute), and every date is relative to it: DynamoDB Local really deletes items whose
 * `expiresAt` has passed, so a clock fixed in the past makes saved runs vanish mid-test.
 */
export const NOW = new Date(Math.floor(Date.now() / 60_000) * 60_000);
/** A clock stopped at {@link NOW}. */
export const clock = (): Date => NOW;
/** A minute, in ms. */
export const MINUTE = 60_000;
/** A day, in ms. */
export const DAY = 86_400_000;

/** An ISO time `ms` from NOW. */
export const at = (ms: number): string => new Date(NOW.getTime() + ms).toISOString();
/** A window that holds every run these tests start. */
export const WIDE = [at(-60 * DAY), at(DAY)] as const;

/** The plan of the quick relief routine. */
export const QUICK_RELIEF: Plan = { routineId: 'quick-relief', stretchIds: ['seated-figure-four', 'lying-figure-four', 'cat-cow'] };
/** The plan of the bedtime routine. */
export const BEDTIME: Plan = { routineId: 'bedtime', stretchIds: ['seated-calf-band', 'lying-hamstring-band', 'lying-figure-four'] };

/** A resume point of the quick relief routine, stopped on the last finished step. */
export function quickRelief(runId: string, done: string[], more: Partial<ResumePoint> = {}): ResumePoint {
  return {
    run: { id: runId, startedAt: at(-10 * MINUTE) },
    plan: QUICK_RELIEF,
    step: Math.max(done.length - 1, 0),
    paused: false,
    easier: [],
    done,
    pain: NO_PAIN,
    ...more,
  };
}

/** A history record of a quick relief run started at `startedAt`, as the skill builds them. */
export function recordAt(startedAt: string, done: string[], runId = randomUUID()): RunRecord {
  return recordOf(quickRelief(runId, done, { run: { id: runId, startedAt } }), content, { completed: false, endedAt: null });
}

/** A run's item as the skill saves it while the run is open: its record as it stands, and where to resume. */
export function openItem(point: ResumePoint): RunSave {
  return { record: recordOf(point, content, { completed: false, endedAt: null }), point };
}

/** A run's item with its record only, as saved once the run is over (or for history). */
export const historyItem = (record: RunRecord): RunSave => ({ record, point: null });

/** How the skill merges two saves of a run, over the real content. */
export const mergeWithContent = (stored: RunRecord, incoming: RunRecord): RunRecord => mergeRecords(stored, incoming, content);

/** A user never seen before. */
export const freshUser = (): UserKey => userKeyOf(newUserId());

/** Step keys in a fixed order, for comparing sets of them. */
export const sorted = (keys: readonly string[]): string[] => [...keys].sort();
