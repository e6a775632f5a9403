import { setTimeout as sleep } from 'node:timers/promises';
import type { Content } from '../../lambda/domain/content';
import type { RunRecord } from '../../lambda/domain/progress';
import { stepKey, stepsOf } from '../../lambda/domain/routine-state';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import type { UserRun } from './simulated-user';

/** A window wide enough to hold every record of the run. */
const EVER = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

/** Users checked at once, so the check does not itself become a load test. */
const CHECK_CONCURRENCY = 20;

/** A user whose run record is missing or short of what they did. */
export interface LostRecord {
  readonly user: number;
  readonly routine: string;
  readonly problem: string;
  readonly expected: readonly string[];
  readonly stored: readonly Pick<RunRecord, 'done' | 'completed'>[];
}

/** What the stored records say about every user's run. */
export interface RecordCheck {
  readonly checked: number;
  readonly lost: LostRecord[];
  /** Records whose sides are all there but in another order than they were done (not a loss). */
  readonly reordered: number;
  /** Users whose resume point was left behind although their routine was completed. */
  readonly activeLeft: number;
}

/** The step keys of a routine, in the order they are done. */
export function expectedSteps(routineId: string, content: Content): string[] {
  const routine = content.routine(routineId);
  if (!routine) throw new Error(`No routine ${routineId} in the content`);
  return stepsOf({ routineId, stretchIds: [...routine.stretchIds] }, content).map(stepKey);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && new Set(a).size === a.length && b.every((key) => a.includes(key));

async function withRetries<T>(work: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= tries) throw error;
      await sleep(200 * attempt);
    }
  }
}

/** What is wrong with one user's stored records, or null when there is exactly one complete record of their routine. */
function problemOf(records: readonly RunRecord[], routineId: string, expected: readonly string[]): string | null {
  if (records.length === 0) return 'no run record';
  if (records.length > 1) return `${records.length} run records for one run`;
  const [record] = records as [RunRecord];
  if (record.plan.routineId !== routineId) return `record is for ${record.plan.routineId ?? 'a single stretch'}`;
  const missing = expected.filter((key) => !record.done.includes(key));
  if (missing.length > 0) return `missing sides: ${missing.join(', ')}`;
  if (!sameSet(record.done, expected)) return `unexpected sides: ${record.done.join(', ')}`;
  if (!record.completed) return 'all sides stored but completed is false';
  return null;
}

/**
 * Reads every user's run records back (over a window wide enough for any
 * run) and checks each user has exactly one, completed, whose finished
 * sides are every side of the routine they did.
 */
export async function checkRecords(repository: ProgressRepository, runs: readonly UserRun[], content: Content): Promise<RecordCheck> {
  const lost: LostRecord[] = [];
  let reordered = 0;
  let activeLeft = 0;
  const queue = [...runs];
  const worker = async (): Promise<void> => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const user = userKeyOf(run.userId);
      const expected = expectedSteps(run.routine, content);
      try {
        const [records, loaded] = await withRetries(() => Promise.all([repository.records(user, ...EVER), repository.load(user)]));
        const problem = problemOf(records, run.routine, expected);
        if (problem) {
          const stored = records.map(({ done, completed }) => ({ done, completed }));
          lost.push({ user: run.index, routine: run.routine, problem, expected, stored });
        } else if (records[0]?.done.join() !== expected.join()) {
          reordered += 1;
        }
        if (loaded.active && loaded.active.point.run.id === records[0]?.run.id) activeLeft += 1;
      } catch (error) {
        const problem = `could not be read back: ${error instanceof Error ? error.name : 'unknown'}`;
        lost.push({ user: run.index, routine: run.routine, problem, expected, stored: [] });
      }
    }
  };
  await Promise.all(Array.from({ length: CHECK_CONCURRENCY }, worker));
  lost.sort((a, b) => a.user - b.user);
  return { checked: runs.length, lost, reordered, activeLeft };
}
