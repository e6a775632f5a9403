/**
 * A week of stretching, summarised from run records for the "how did I do this
 * week" answer. Pure: the clock and the time zone are arguments, and calendar
 * dates come from local-time.ts, which leaves daylight saving to Intl.
 *
 * Weeks run Monday to Sunday in the user's own time zone, and a run belongs to
 * the local date on which it started.
 */
import { busyDay, isSession } from './daily-sessions';
import { addDays, isTimeZone, localDate, mondayOf } from './local-time';
import { stretchesFinished, type RunRecord } from './progress';

/** Which week to summarise: the one holding today, or the one before it. */
export type WeekChoice = 'this' | 'last';

/** How far back a summary reads: enough for last week, this week and a long streak. */
export const HISTORY_DAYS = 63;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Query range for a summary: [now - HISTORY_DAYS days, now + 1 day), as ISO instants from Date.toISOString(). */
export function summaryWindow(nowIso: string): { fromIso: string; toIso: string } {
  const now = new Date(nowIso).getTime();
  return { fromIso: new Date(now - HISTORY_DAYS * DAY_MS).toISOString(), toIso: new Date(now + DAY_MS).toISOString() };
}

/** What a weekly summary says. Dates are local `YYYY-MM-DD` strings. */
export interface WeekSummary {
  readonly which: WeekChoice;
  /** The zone the dates are in: the one asked for, or 'UTC' when that was not a zone the runtime knows. */
  readonly timeZone: string;
  /** Local Monday of the week summarised. */
  readonly weekStart: string;
  /** Its Sunday. */
  readonly weekEnd: string;
  /** Runs that finished at least one stretch on every side and started on a local date in the week. */
  readonly sessions: number;
  /** Distinct local dates with such a session. */
  readonly days: number;
  /** Whole minutes held, rounded from the week's total seconds. */
  readonly minutes: number;
  /** Stretches finished on every side, summed over the week's sessions. */
  readonly stretches: number;
  /** Consecutive local days with a session, ending today, or yesterday when today has none yet; 0 when neither has one. */
  readonly streak: number;
  /** True when the streak reaches back to the start of the history window (its first full day), so it may be longer. */
  readonly streakAtLeast: boolean;
  /** The stretch in the most sessions of the week (ties: the one done earliest); null with no sessions. */
  readonly mostDone: { readonly stretchId: string; readonly sessions: number } | null;
  /** The week before the one summarised. */
  readonly previous: { readonly sessions: number; readonly minutes: number };
  /** The week's day with the most sessions, only when that made it a busy day (an over-stretching hint); else null. */
  readonly busiestDay: { readonly date: string; readonly sessions: number } | null;
  readonly pain: {
    /** Sessions of the week with a before or an after score. */
    readonly checkins: number;
    /** Mean before score, to one decimal; null with none. */
    readonly averageBefore: number | null;
    /** Mean after score, to one decimal; null with none. */
    readonly averageAfter: number | null;
    /** The week before's mean before score, to one decimal; null with none. */
    readonly previousAverageBefore: number | null;
  };
}

interface Session {
  readonly record: RunRecord;
  readonly date: string;
  readonly startedMs: number;
}

function inWeek(sessions: readonly Session[], weekStart: string): Session[] {
  const weekEnd = addDays(weekStart, 6);
  return sessions.filter((s) => s.date >= weekStart && s.date <= weekEnd);
}

function minutesOf(sessions: readonly Session[]): number {
  return Math.round(sessions.reduce((total, s) => total + s.record.secondsHeld, 0) / 60);
}

/** Mean to one decimal; the sum is whole, so `sum * 10 / n` rounds halves exactly. */
function average(scores: readonly (number | null)[]): number | null {
  const given = scores.filter((score): score is number => score !== null);
  if (given.length === 0) return null;
  return Math.round((given.reduce((total, score) => total + score, 0) * 10) / given.length) / 10;
}

function mostDoneIn(sessions: readonly Session[]): WeekSummary['mostDone'] {
  // Sessions are in start order and a Map keeps first-seen order, so a strict `>` keeps the earliest on ties.
  const counts = new Map<string, number>();
  for (const s of sessions) for (const id of stretchesFinished(s.record.done)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: { stretchId: string; sessions: number } | null = null;
  for (const [stretchId, count] of counts) if (!best || count > best.sessions) best = { stretchId, sessions: count };
  return best;
}

function busiestDayIn(sessions: readonly Session[]): WeekSummary['busiestDay'] {
  const counts = new Map<string, number>();
  for (const s of [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  }
  let best: { date: string; sessions: number } | null = null;
  for (const [date, count] of counts) if (!best || count > best.sessions) best = { date, sessions: count };
  return best && busyDay(best.sessions) ? best : null;
}

/**
 * Counts back from today (or yesterday) while each day has a session, no further than the window's first day. That
 * day is only partly read (the window starts at now's time of day), so reaching the day after it already means the
 * streak may be longer than the history shows.
 */
function streakOf(dates: ReadonlySet<string>, today: string, firstDay: string): { streak: number; streakAtLeast: boolean } {
  const yesterday = addDays(today, -1);
  const end = dates.has(today) ? today : yesterday;
  let streak = 0;
  while (addDays(end, -streak) >= firstDay && dates.has(addDays(end, -streak))) streak += 1;
  return { streak, streakAtLeast: streak > 0 && addDays(end, 1 - streak) <= addDays(firstDay, 1) };
}

/**
 * Summarises one week of the user's runs, relative to `nowIso`.
 * @param records run records, in any order; a run that finished no stretch on every side is not a session
 * @param nowIso the current instant
 * @param timeZone the user's IANA zone; an unknown one falls back to 'UTC'
 * @param which this week (holding now's local date) or last week
 */
export function summarizeWeek(records: readonly RunRecord[], nowIso: string, timeZone: string, which: WeekChoice): WeekSummary {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const today = localDate(nowIso, zone);
  const weekStart = which === 'this' ? mondayOf(today) : addDays(mondayOf(today), -7);
  const sessions: Session[] = records
    .filter((record) => isSession(record.done))
    .map((record) => ({ record, date: localDate(record.run.startedAt, zone), startedMs: new Date(record.run.startedAt).getTime() }))
    .sort((a, b) => a.startedMs - b.startedMs);
  const week = inWeek(sessions, weekStart);
  const before = inWeek(sessions, addDays(weekStart, -7));
  const firstDay = localDate(summaryWindow(nowIso).fromIso, zone);
  return {
    which,
    timeZone: zone,
    weekStart,
    weekEnd: addDays(weekStart, 6),
    sessions: week.length,
    days: new Set(week.map((s) => s.date)).size,
    minutes: minutesOf(week),
    stretches: week.reduce((total, s) => total + stretchesFinished(s.record.done).length, 0),
    ...streakOf(new Set(sessions.map((s) => s.date)), today, firstDay),
    mostDone: mostDoneIn(week),
    previous: { sessions: before.length, minutes: minutesOf(before) },
    busiestDay: busiestDayIn(week),
    pain: {
      checkins: week.filter((s) => s.record.pain.before !== null || s.record.pain.after !== null).length,
      averageBefore: average(week.map((s) => s.record.pain.before)),
      averageAfter: average(week.map((s) => s.record.pain.after)),
      previousAverageBefore: average(before.map((s) => s.record.pain.before)),
    },
  };
}
