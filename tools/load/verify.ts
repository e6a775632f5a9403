import { setTimeout as sleep } from 'node:timers/promises';
import type { Content } from '../../lambda/domain/content';
import type { RunRecord } from '../../lambda/domain/progress';
import { stepKey, stepsOf } from '../../lambda/domain/routine-state';
import { EN } from '../../lambda/speech/catalogues/en';
import type { LoadedProgress, ProgressRepository } from '../../lambda/storage/progress-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import type { UserRun } from './simulated-user';

/** A window wide enough to hold every record of the run. */
const EVER = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

/** Users checked at once, so the check does not itself become a load test. */
const CHECK_CONCURRENCY = 20;

/** A user whose stored records are missing, or short of, what they did. */
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
  /** Users whose run record or profile is missing something they did. */
  readonly lost: LostRecord[];
  /** Records whose sides are all there but in another order than they were done (not a loss). */
  readonly reordered: number;
}

/** The step keys of a routine, in the order they are done. */
export function expectedSteps(routineId: string, content: Content): string[] {
  const routine = content.routine(routineId);
  if (!routine) throw new Error(`No routine ${routineId} in the content`);
  return stepsOf({ routineId, stretchIds: [...routine.stretchIds] }, content).map(stepKey);
}

/** A user whose session did not end as a finished routine does. */
export interface ImproperSession {
  readonly user: number;
  readonly routine: string;
  readonly problem: string;
}

/** How the users' sessions ended. */
export interface SessionCheck {
  /** Sessions closed by the routine's closing words, after one side turn per side of the routine. */
  readonly proper: number;
  readonly improper: ImproperSession[];
}

/** What is wrong with how one user's session went, or null when it ended with the routine's closing words after every side. */
function sessionProblemOf(run: UserRun, content: Content): string | null {
  const routine = content.routine(run.routine);
  const last = run.turns.at(-1);
  if (!routine) return `no routine ${run.routine} in the content`;
  if (!last) return 'no turn';
  if (last.open) return `still open after ${run.turns.length} turns`;
  const closing = EN.finishedRoutine(routine.name.toLowerCase(), routine.stretchIds.length);
  if (last.kind !== 'finish' || !last.text.includes(closing))
    return `ended without the closing words, on ${last.kind}: "${last.text.slice(0, 80)}"`;
  const sides = run.turns.filter((turn) => turn.kind === 'side').length;
  const expected = expectedSteps(run.routine, content).length;
  if (sides !== expected) return `${sides} side turns for ${expected} sides`;
  return null;
}

/** Checks that every user's session ended properly: the routine's closing words, reached through every side. */
export function checkSessions(runs: readonly UserRun[], content: Content): SessionCheck {
  const improper = runs.flatMap((run) => {
    const problem = sessionProblemOf(run, content);
    return problem ? [{ user: run.index, routine: run.routine, problem }] : [];
  });
  return { proper: runs.length - improper.length, improper };
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

/** What is wrong with one user's stored run records, or null when there is exactly one complete record of their routine. */
function recordProblemOf(records: readonly RunRecord[], routineId: string, expected: readonly string[]): string | null {
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
 * What is wrong with the profile of a new user who has done one routine to
 * its end, or null: the disclaimer heard, each of the routine's stretches
 * counted once, and no pointer left at a run to resume.
 */
function profileProblemOf(loaded: LoadedProgress, stretchIds: readonly string[]): string | null {
  const { disclaimerHeard, timesDone } = loaded.profile;
  if (!disclaimerHeard) return 'profile: disclaimer not marked heard';
  if (Object.keys(timesDone).length !== stretchIds.length || stretchIds.some((id) => timesDone[id] !== 1))
    return `profile: times done ${JSON.stringify(timesDone)} for ${stretchIds.join(', ')} once each`;
  if (loaded.pointer !== null) return `profile: still points at run ${loaded.pointer}`;
  return null;
}

/**
 * Reads every user's run records (over a window wide enough for any run) and
 * profile back, and checks each user has exactly one record, completed,
 * whose finished sides are every side of the routine they did, and a
 * profile that counts each of its stretches once and points at no run.
 */
export async function checkRecords(repository: ProgressRepository, runs: readonly UserRun[], content: Content): Promise<RecordCheck> {
  const lost: LostRecord[] = [];
  let reordered = 0;
  const queue = [...runs];
  const worker = async (): Promise<void> => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const user = userKeyOf(run.userId);
      const expected = expectedSteps(run.routine, content);
      const stretchIds = content.routine(run.routine)?.stretchIds ?? [];
      try {
        const [records, loaded] = await withRetries(() => Promise.all([repository.records(user, ...EVER), repository.load(user)]));
        const problem = recordProblemOf(records, run.routine, expected) ?? profileProblemOf(loaded, stretchIds);
        if (problem) {
          const stored = records.map(({ done, completed }) => ({ done, completed }));
          lost.push({ user: run.index, routine: run.routine, problem, expected, stored });
        } else if (records[0]?.done.join() !== expected.join()) {
          reordered += 1;
        }
      } catch (error) {
        const problem = `could not be read back: ${error instanceof Error ? error.name : 'unknown'}`;
        lost.push({ user: run.index, routine: run.routine, problem, expected, stored: [] });
      }
    }
  };
  await Promise.all(Array.from({ length: CHECK_CONCURRENCY }, worker));
  lost.sort((a, b) => a.user - b.user);
  return { checked: runs.length, lost, reordered };
}
