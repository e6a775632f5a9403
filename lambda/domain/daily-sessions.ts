/**
 * How many stretching sessions a day is enough, in one place: the weekly
 * summary's note about a busy day and the gentle note at launch both read it.
 * Facts: "During active pain: once or twice a day", and stretching many times
 * a day brings only brief relief and can leave hips looser but less stable.
 *
 * The profile keeps a short log of recent sessions, so launch can count
 * today's without reading the history: one entry per run, `<startedAt>|<runId>`.
 */
import { isTimeZone, localDate } from './local-time';
import { stretchesFinished } from './progress';
import type { Run } from './routine-state';

/** Two sessions a day is enough, even in a flare-up. */
export const DAILY_SESSIONS = 2;

/** How long the profile's log keeps a session: "today" in any zone (UTC-12 to UTC+14) began less than two days ago. */
export const SESSION_LOG_DAYS = 2;

const DAY_MS = 86_400_000;

/** A run is a session once at least one stretch in it was finished on every side: the summary counts these. */
export function isSession(done: readonly string[]): boolean {
  return stretchesFinished(done).length > 0;
}

/** A past day was busy when it had more sessions than is enough: the weekly summary's gentle note. */
export function busyDay(sessions: number): boolean {
  return sessions > DAILY_SESSIONS;
}

/** At launch, today has had enough once it has as many sessions as is enough: the gentle note before the offer. */
export function enoughToday(sessions: number): boolean {
  return sessions >= DAILY_SESSIONS;
}

/** A run's entry in the profile's log of sessions: the same run always gives the same entry, so adding it twice counts once. */
export function sessionEntry(run: Run): string {
  return `${run.startedAt}|${run.id}`;
}

/** When an entry's run started (ISO 8601); empty for an entry that is not one. */
const startOf = (entry: string): string => {
  const bar = entry.indexOf('|');
  return bar > 0 ? entry.slice(0, bar) : '';
};

/**
 * Sessions in the log that started on today's date in the user's zone; like
 * the summary, a run belongs to the local date on which it started.
 * @param timeZone the user's IANA zone, or null when unknown; an unknown one counts in UTC
 */
export function sessionsToday(entries: readonly string[], nowIso: string, timeZone: string | null): number {
  const zone = timeZone !== null && isTimeZone(timeZone) ? timeZone : 'UTC';
  const today = localDate(nowIso, zone);
  return entries.filter((entry) => !isStaleEntry(entry, nowIso) && localDate(startOf(entry), zone) === today).length;
}

/** An entry too old to be today anywhere, or not an entry at all: a later profile update prunes it, and none is added. */
export function isStaleEntry(entry: string, nowIso: string): boolean {
  const started = Date.parse(startOf(entry));
  // NaN (not an entry) compares false with everything, hence the explicit check.
  return Number.isNaN(started) || started < Date.parse(nowIso) - SESSION_LOG_DAYS * DAY_MS;
}
