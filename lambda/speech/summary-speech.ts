import type { Content } from '../domain/content';
import { weekdayOf } from '../domain/local-time';
import type { DayCount, WeekSummary } from '../domain/weekly-summary';
import type { Catalogue } from './catalogue';

/** A starting pain this much lower or higher than the week before is a change worth saying. */
const PAIN_CHANGE = 0.5;

function painLines(summary: WeekSummary, words: Catalogue['summary']): string[] {
  const { averageBefore, averageAfter, previousAverageBefore } = summary.pain;
  const lines: string[] = [];
  if (averageBefore !== null && averageAfter !== null) lines.push(words.painBoth(averageBefore, averageAfter));
  else if (averageBefore !== null) lines.push(words.painBefore(averageBefore));
  else if (averageAfter !== null) lines.push(words.painAfter(averageAfter));
  if (averageBefore !== null && previousAverageBefore !== null) {
    const change = Math.round((averageBefore - previousAverageBefore) * 10) / 10;
    lines.push(change <= -PAIN_CHANGE ? words.painLower : change >= PAIN_CHANGE ? words.painHigher : words.painSame);
  }
  return lines;
}

/**
 * The week against the user's goal. A weekly goal: below, within or above,
 * then a gentle word for a day with more sessions than is enough. A daily
 * goal, judged day by day: the days it fell short on, or every day within it,
 * and the same gentle word for a day past its high end; a week with both a
 * short day and a busy one hears both.
 */
function goalLines(summary: WeekSummary, words: Catalogue['summary']): string[] {
  const { goal, which } = summary;
  const busy = (day: DayCount): string => words.busyDay(weekdayOf(day.date), day.sessions);
  if (goal.per === 'week') {
    const { low, high, standing } = goal;
    const aim =
      standing === 'above'
        ? words.weekAbove(low, high)
        : standing === 'within'
          ? words.weekWithin(low, high)
          : words.weekBelow(which, low, high, goal.short);
    return [aim, ...(summary.busiestDay ? [busy(summary.busiestDay)] : [])];
  }
  const { low, high, daysMet, daysJudged, overDay } = goal;
  return [
    ...(daysMet < daysJudged ? [words.dayBelow(which, low, high, daysMet, daysJudged)] : []),
    ...(goal.standing === 'within' ? [words.dayWithin(which, low, high)] : []),
    ...(overDay ? [busy(overDay)] : []),
  ];
}

/**
 * The weekly summary, short and warm, for the ear: sessions and days,
 * minutes and stretches, streak, the stretch done most, the change against
 * the week before, the week against the user's goal (see `goalLines`), and
 * the pain trend when there are check-ins.
 */
export function summarySentences(summary: WeekSummary, content: Content, checkinsOn: boolean, catalogue: Catalogue): string[] {
  const words = catalogue.summary;
  if (summary.sessions === 0) return [...(summary.which === 'this' ? words.nothingThisWeek : words.nothingLastWeek)];
  const lines = [words.headline(summary.which, summary.sessions, summary.days, summary.minutes, summary.stretches)];
  if (summary.streak >= 2) lines.push(words.streak(summary.streak, summary.streakAtLeast));
  const most = summary.mostDone ? content.stretch(summary.mostDone.stretchId) : undefined;
  if (most && summary.sessions > 1) lines.push(words.mostDone(most.name.toLowerCase()));
  const { sessions, previous, which } = summary;
  lines.push(words.comparedWith(which, previous.sessions, sessions - previous.sessions));
  lines.push(...goalLines(summary, words));
  lines.push(...painLines(summary, words));
  if (!checkinsOn && summary.pain.checkins === 0) lines.push(words.trackPain);
  return lines;
}

/** The same summary laid out for reading in the Alexa app. */
export function summaryCard(summary: WeekSummary, content: Content, catalogue: Catalogue): { title: string; text: string } {
  const most = summary.mostDone ? (content.stretch(summary.mostDone.stretchId)?.name ?? null) : null;
  const rows = catalogue.summary.cardRows({
    weekStart: summary.weekStart,
    weekEnd: summary.weekEnd,
    timeZone: summary.timeZone,
    sessions: summary.sessions,
    days: summary.days,
    minutes: summary.minutes,
    stretches: summary.stretches,
    streak: summary.streak,
    streakAtLeast: summary.streakAtLeast,
    mostDone: most,
    previousSessions: summary.previous.sessions,
    previousMinutes: summary.previous.minutes,
    painBefore: summary.pain.averageBefore,
    painAfter: summary.pain.averageAfter,
    checkins: summary.pain.checkins,
    goal: summary.goal,
  });
  return { title: catalogue.summary.cardTitle(summary.which), text: rows.join('\n') };
}
