import type { Content } from '../domain/content';
import { weekdayOf } from '../domain/local-time';
import type { WeekSummary } from '../domain/weekly-summary';
import { capitalize, countOf, numberWords } from './spoken-numbers';

/** Sessions a week the stretch facts give for prevention. */
const AIM = { low: 3, high: 5 } as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "four point five", "three": pain averages are spoken to one decimal. */
function decimalWords(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const whole = Math.trunc(rounded);
  const tenth = Math.round((rounded - whole) * 10);
  return tenth === 0 ? numberWords(whole) : `${numberWords(whole)} point ${numberWords(tenth)}`;
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${numberWords(n)} times`);

function comparison(summary: WeekSummary): string | null {
  const { sessions, previous, which } = summary;
  const before = which === 'this' ? 'last week' : 'the week before';
  if (previous.sessions === 0) return sessions > 0 ? `${capitalize(before)} you had none, so that's a step up.` : null;
  const difference = sessions - previous.sessions;
  if (difference === 0) return `That's the same as ${before}.`;
  return `That's ${numberWords(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'} than ${before}.`;
}

function guidance(summary: WeekSummary): string {
  const { sessions, which } = summary;
  if (sessions > AIM.high)
    return "That's more than the three to five times a week usually suggested for prevention. In a flare-up, once or twice a day is enough: more isn't better.";
  if (sessions >= AIM.low) return "That's right in the three to five times a week usually suggested for prevention.";
  const short = AIM.low - sessions;
  return which === 'this'
    ? `For prevention, three to five times a week is a good aim: ${countOf(short, 'more session', 'more sessions')} would get you there.`
    : 'For prevention, three to five times a week is a good aim.';
}

function painLines(summary: WeekSummary): string[] {
  const { averageBefore, averageAfter, previousAverageBefore } = summary.pain;
  if (averageBefore === null && averageAfter === null) return [];
  const lines: string[] = [];
  if (averageBefore !== null && averageAfter !== null) {
    lines.push(`Your pain averaged ${decimalWords(averageBefore)} out of ten before stretching, and ${decimalWords(averageAfter)} after.`);
  } else if (averageBefore !== null) {
    lines.push(`Your pain averaged ${decimalWords(averageBefore)} out of ten before stretching.`);
  } else if (averageAfter !== null) {
    lines.push(`Your pain averaged ${decimalWords(averageAfter)} out of ten after stretching.`);
  }
  if (averageBefore !== null && previousAverageBefore !== null) {
    const change = Math.round((averageBefore - previousAverageBefore) * 10) / 10;
    if (change <= -0.5) lines.push('That starting pain is lower than the week before.');
    else if (change >= 0.5)
      lines.push('That starting pain is higher than the week before. If it keeps rising, check in with a doctor or physical therapist.');
    else lines.push('That starting pain is about the same as the week before.');
  }
  return lines;
}

/**
 * The weekly summary, short and warm, for the ear: sessions and days,
 * minutes and stretches, streak, the stretch done most, the change against
 * the week before, the three-to-five-a-week aim, a gentle word when one day
 * had more than two sessions, and the pain trend when there are check-ins.
 */
export function summarySentences(summary: WeekSummary, content: Content, checkinsOn: boolean): string[] {
  const week = summary.which === 'this' ? 'this week' : 'last week';
  if (summary.sessions === 0) {
    return summary.which === 'this'
      ? ["You haven't stretched yet this week.", 'Even one short routine today is a good start. Say quick relief whenever you are ready.']
      : ["I don't have any stretching sessions from last week.", 'This week is a fresh start, and a short routine counts.'];
  }
  const lines = [
    `${capitalize(week)} you stretched ${times(summary.sessions)}, on ${countOf(summary.days, 'day')}: ${countOf(summary.minutes, 'minute')} of stretching, and ${countOf(summary.stretches, 'stretch', 'stretches')} in all.`,
  ];
  if (summary.streak >= 2) {
    lines.push(
      summary.streakAtLeast
        ? `You're on a streak of at least ${numberWords(summary.streak)} days.`
        : `You're on a ${numberWords(summary.streak)} day streak.`,
    );
  }
  const most = summary.mostDone ? content.stretch(summary.mostDone.stretchId) : undefined;
  if (most && summary.sessions > 1) lines.push(`The stretch you did most was the ${most.name.toLowerCase()}.`);
  const compared = comparison(summary);
  if (compared) lines.push(compared);
  lines.push(guidance(summary));
  if (summary.busiestDay) {
    const day = WEEKDAYS[weekdayOf(summary.busiestDay.date)] ?? 'one day';
    lines.push(
      `One gentle note: on ${day} you stretched ${numberWords(summary.busiestDay.sessions)} times. More isn't better: once or twice a day is enough, even in a flare-up.`,
    );
  }
  lines.push(...painLines(summary));
  if (!checkinsOn && summary.pain.checkins === 0) lines.push('To track your pain too, say turn on pain check-ins.');
  return lines;
}

/** The same summary laid out for reading in the Alexa app. */
export function summaryCard(summary: WeekSummary, content: Content): { title: string; text: string } {
  const title = summary.which === 'this' ? 'Your week so far' : 'Your last week';
  const most = summary.mostDone ? content.stretch(summary.mostDone.stretchId)?.name : undefined;
  const { averageBefore, averageAfter } = summary.pain;
  const rows = [
    `${summary.weekStart} to ${summary.weekEnd} (${summary.timeZone})`,
    '',
    `Sessions: ${summary.sessions} on ${summary.days} day${summary.days === 1 ? '' : 's'}`,
    `Minutes of stretching: ${summary.minutes}`,
    `Stretches done: ${summary.stretches}`,
    `Current streak: ${summary.streak}${summary.streakAtLeast ? '+' : ''} day${summary.streak === 1 ? '' : 's'}`,
    ...(most ? [`Done most: ${most}`] : []),
    `The week before: ${summary.previous.sessions} session${summary.previous.sessions === 1 ? '' : 's'}, ${summary.previous.minutes} minutes`,
    ...(averageBefore !== null || averageAfter !== null
      ? [
          `Pain (0 to 10): ${averageBefore ?? '-'} before, ${averageAfter ?? '-'} after (${summary.pain.checkins} check-in${summary.pain.checkins === 1 ? '' : 's'})`,
        ]
      : []),
    '',
    `Aim: ${AIM.low} to ${AIM.high} sessions a week for prevention; once or twice a day in a flare-up. More isn't better.`,
    'Not a substitute for professional medical advice.',
  ];
  return { title, text: rows.join('\n') };
}
