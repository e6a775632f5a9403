import type { HandlerInput } from 'ask-sdk-core';
import { isTimeZone } from '../domain/local-time';
import type { RoutineEvent } from '../domain/routine-events';
import { summarizeWeek, summaryWindow, type WeekChoice } from '../domain/weekly-summary';
import type { ProgressRepository } from '../storage/progress-repository';
import type { UserKey } from '../storage/user-key';
import { withDeadline } from './deadline';
import type { SyncState } from './save-plan';
import { errorName, type Log } from '../log';

/** The Settings API gets this long; after that the cached zone is used. */
const TIME_ZONE_BUDGET_MS = 1000;

/**
 * The device's time zone from the Alexa Settings API, or null when there is
 * no device id, no API access, or the call fails or is slow.
 */
export async function deviceTimeZone(input: HandlerInput, log: Log): Promise<string | null> {
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  const factory = input.serviceClientFactory;
  if (!deviceId || !factory || !input.requestEnvelope.context?.System?.apiAccessToken) return null;
  try {
    const zone = await withDeadline(factory.getUpsServiceClient().getSystemTimeZone(deviceId), TIME_ZONE_BUDGET_MS);
    return typeof zone === 'string' && isTimeZone(zone) ? zone : null;
  } catch (error) {
    log({ event: 'time-zone-failed', name: errorName(error) });
    return null;
  }
}

/** The summary event for the engine, and the zone to cache in the profile when the API gave a new one. */
export interface PreparedSummary {
  readonly event: RoutineEvent;
  readonly newTimeZone: string | null;
}

/**
 * Reads what a weekly summary needs: the time zone (Settings API, then the
 * cached one, then UTC) and the run records of the last weeks in one query,
 * and computes the summary. A history that cannot be read gives an event
 * that says so; the summary never throws.
 */
export async function prepareSummary(
  input: HandlerInput,
  week: WeekChoice,
  context: { repository: ProgressRepository; user: UserKey | null; sync: SyncState; nowIso: string; budgetMs: number; log: Log },
): Promise<PreparedSummary> {
  const { repository, user, sync, nowIso, budgetMs, log } = context;
  const fromApi = await deviceTimeZone(input, log);
  const timeZone = fromApi ?? sync.profile.timeZone ?? 'UTC';
  const newTimeZone = fromApi && fromApi !== sync.profile.timeZone ? fromApi : null;
  const checkinsOn = sync.profile.painCheckins;
  if (!user) return { event: { type: 'summary', summary: null, checkinsOn }, newTimeZone };
  try {
    const { fromIso, toIso } = summaryWindow(nowIso);
    const records = await withDeadline(repository.records(user, fromIso, toIso), budgetMs);
    return { event: { type: 'summary', summary: summarizeWeek(records, nowIso, timeZone, week), checkinsOn }, newTimeZone };
  } catch (error) {
    log({ event: 'summary-read-failed', name: errorName(error) });
    return { event: { type: 'summary', summary: null, checkinsOn }, newTimeZone };
  }
}
