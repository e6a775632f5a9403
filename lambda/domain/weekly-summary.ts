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
import type { Goal } from './plan-builder';
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

/** Where a week stands against its goal: short of its low end, within it, or past its high end. */
export type Standing = 'below' | 'within' | 'above';

/** A day and its sessions. */
export interface DayCount {
  readonly date: string;
  readonly sessions: number;
}

/** A week against a goal of `low` to `high` sessions a week. */
export interface WeeklyGoalCheck {
  readonly per: 'week';
  readonly low: number;
  readonly high: number;
  /** The week's sessions against low to high. */
  readonly standing: Standing;
  /** Sessions more that would reach `low`; 0 unless below. */
  readonly short: number;
}

/**
 * A week against a goal of `low` to `high` sessions a day, judged day by day.
 * The days judged run from the week's Monday (or the first day the history has
 * a session, when that is later) to its Sunday, or this week to yesterday and
 * today once it has a session, since today is not over.
 */
export interface DailyGoalCheck {
  readonly per: 'day';
  readonly low: number;
  readonly high: number;
  /** Above when a day had more than `high`; else below when a day judged had fewer than `low`; else within. */
  readonly standing: Standing;
  /** Days judged that had at least `low`. */
  readonly daysMet: number;
  readonly daysJudged: number;
  /** The week's busiest day when it had more than `high` (the earliest of equals): the busy-day case. */
  readonly overDay: DayCount | null;
}

/** How a week measured against the goal it was summarised with. */
export type GoalCheck = WeeklyGoalCheck | DailyGoalCheck;

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
  readonly busiestDay: DayCount | null;
  readonly goal: GoalCheck;
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

/** Sessions per local date, in date order. */
function perDay(sessions: readonly Session[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  }
  return counts;
}

/** The day with the most sessions, the earliest of equals; null with none. */
function busiestOf(counts: ReadonlyMap<string, number>): DayCount | null {
  let best: DayCount | null = null;
  for (const [date, sessions] of counts) if (!best || sessions > best.sessions) best = { date, sessions };
  return best;
}

/** Where `count` stands against low to high. */
const standingOf = (count: number, goal: Goal): Standing => (count > goal.high ? 'above' : count >= goal.low ? 'within' : 'below');

/** What a week of sessions says against a goal; `firstDate` is the first day the history has a session. */
function checkGoal(
  week: readonly Session[],
  goal: Goal,
  span: { weekStart: string; last: string; today: string; firstDate: string },
): GoalCheck {
  const { low, high } = goal;
  if (goal.per === 'week')
    return { per: 'week', low, high, standing: standingOf(week.length, goal), short: Math.max(0, low - week.length) };
  const counts = perDay(week);
  let daysJudged = 0;
  let daysMet = 0;
  const from = span.firstDate > span.weekStart ? span.firstDate : span.weekStart;
  for (let date = from; date <= span.last; date = addDays(date, 1)) {
    const sessions = counts.get(date) ?? 0;
    if (date === span.today && sessions === 0) continue;
    daysJudged += 1;
    if (sessions >= low) daysMet += 1;
  }
  const busiest = busiestOf(counts);
  const overDay = busiest && busiest.sessions > high ? busiest : null;
  const standing: Standing = overDay ? 'above' : daysMet < daysJudged ? 'below' : 'within';
  return { per: 'day', low, high, standing, daysMet, daysJudged, overDay };
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
 * @param goal how often to stretch: a personal plan's goal, or the default
 */
export function summarizeWeek(records: readonly RunRecord[], nowIso: string, timeZone: string, which: WeekChoice, goal: Goal): WeekSummary {
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
  const weekEnd = addDays(weekStart, 6);
  const busiest = busiestOf(perDay(week));
  return {
    which,
    timeZone: zone,
    weekStart,
    weekEnd,
    sessions: week.length,
    days: new Set(week.map((s) => s.date)).size,
    minutes: minutesOf(week),
    stretches: week.reduce((total, s) => total + stretchesFinished(s.record.done).length, 0),
    ...streakOf(new Set(sessions.map((s) => s.date)), today, firstDay),
    mostDone: mostDoneIn(week),
    previous: { sessions: before.length, minutes: minutesOf(before) },
    busiestDay: busiest && busyDay(busiest.sessions) ? busiest : null,
    goal: checkGoal(week, goal, { weekStart, last: which === 'this' ? today : weekEnd, today, firstDate: sessions[0]?.date ?? weekStart }),
    pain: {
      checkins: week.filter((s) => s.record.pain.before !== null || s.record.pain.after !== null).length,
      averageBefore: average(week.map((s) => s.record.pain.before)),
      averageAfter: average(week.map((s) => s.record.pain.after)),
      previousAverageBefore: average(before.map((s) => s.record.pain.before)),
    },
  };
}
