import type { Goal } from '../domain/plan-builder';
import type { RoutineEvent } from '../domain/routine-events';
import { summarizeWeek, summaryWindow, type WeekChoice } from '../domain/weekly-summary';
import { errorName, type Log } from '../log';
import type { ProgressRepository } from '../storage/progress-repository';
import type { UserKey } from '../storage/user-key';
import { withDeadline } from './deadline';

/** What a summary needs to know besides the history. */
export interface SummaryContext {
  readonly repository: ProgressRepository;
  readonly user: UserKey | null;
  /** The device's zone from the Settings API, or null when it could not be had. */
  readonly deviceTimeZone: string | null;
  /** The zone cached in the profile. */
  readonly cachedTimeZone: string | null;
  /** How often the user aims to stretch: what the week is measured against. */
  readonly goal: Goal;
  readonly nowIso: string;
  readonly budgetMs: number;
  readonly log: Log;
}

/**
 * The summary event for the engine: the time zone (the device's, then the
 * cached one, then UTC), the run records of the last weeks in one query,
 * and the summary computed from them against the user's goal. A history
 * that cannot be read gives an event that says so; preparing a summary never
 * throws. A device zone new to the profile rides along, for the engine to keep.
 */
export async function prepareSummary(week: WeekChoice, context: SummaryContext): Promise<RoutineEvent> {
  const { repository, user, deviceTimeZone, cachedTimeZone, goal, nowIso, budgetMs, log } = context;
  const timeZone = deviceTimeZone ?? cachedTimeZone ?? 'UTC';
  const learnedTimeZone = deviceTimeZone && deviceTimeZone !== cachedTimeZone ? deviceTimeZone : null;
  if (!user) return { type: 'summary', summary: null, learnedTimeZone };
  try {
    const { fromIso, toIso } = summaryWindow(nowIso);
    const records = await withDeadline(repository.records(user, fromIso, toIso), budgetMs);
    return { type: 'summary', summary: summarizeWeek(records, nowIso, timeZone, week, goal), learnedTimeZone };
  } catch (error) {
    log({ event: 'summary-read-failed', name: errorName(error) });
    return { type: 'summary', summary: null, learnedTimeZone };
  }
}
