import { describe, expect, it } from 'vitest';
import type { GoalCheck, WeekChoice, WeekSummary } from '../../lambda/domain/weekly-summary';
import { EN } from '../../lambda/speech/catalogues/en';
import { summaryCard, summarySentences } from '../../lambda/speech/summary-speech';
import { content } from '../support/content';

/** A week of four sessions with nothing else worth a sentence: no streak, no stretch done most, no pain scores. */
function week(goal: GoalCheck, which: WeekChoice = 'this', busiestDay: WeekSummary['busiestDay'] = null): WeekSummary {
  return {
    which,
    timeZone: 'UTC',
    weekStart: '2026-11-16',
    weekEnd: '2026-11-22',
    sessions: 4,
    days: 3,
    minutes: 20,
    stretches: 12,
    streak: 1,
    streakAtLeast: false,
    mostDone: null,
    previous: { sessions: 4, minutes: 20 },
    busiestDay,
    goal,
    pain: { checkins: 0, averageBefore: null, averageAfter: null, previousAverageBefore: null },
  };
}

/** What the summary says about the goal: everything after the headline and the week before. */
const goalLines = (summary: WeekSummary): string[] => summarySentences(summary, content, true, EN).slice(2);

const weekly = (standing: GoalCheck['standing'], short = 0): GoalCheck => ({ per: 'week', low: 3, high: 5, standing, short });
const daily = (
  standing: GoalCheck['standing'],
  daysMet: number,
  daysJudged: number,
  overDay: { date: string; sessions: number } | null = null,
): GoalCheck => ({
  per: 'day',
  low: 1,
  high: 2,
  standing,
  daysMet,
  daysJudged,
  overDay,
});

const BUSY_MONDAY =
  "One gentle note: on Monday you stretched three times. More isn't better: once or twice a day is enough, even in a flare-up.";

describe('the summary against the goal', () => {
  it.each([
    {
      what: 'a weekly goal, below, this week',
      summary: week(weekly('below', 1)),
      lines: ['For prevention, three to five times a week is a good aim: one more session would get you there.'],
    },
    {
      what: 'a weekly goal, below, last week',
      summary: week(weekly('below', 1), 'last'),
      lines: ['For prevention, three to five times a week is a good aim.'],
    },
    {
      what: 'a weekly goal, within',
      summary: week(weekly('within')),
      lines: ["That's right in the three to five times a week usually suggested for prevention."],
    },
    {
      what: 'a weekly goal, above',
      summary: week(weekly('above')),
      lines: [
        "That's more than the three to five times a week usually suggested for prevention. In a flare-up, once or twice a day is enough: more isn't better.",
      ],
    },
    {
      what: 'a weekly goal, within, with a busy day',
      summary: week(weekly('within'), 'this', { date: '2026-11-16', sessions: 3 }),
      lines: ["That's right in the three to five times a week usually suggested for prevention.", BUSY_MONDAY],
    },
    {
      what: 'a daily goal, within, this week',
      summary: week(daily('within', 3, 3)),
      lines: ["You've stretched every day so far, right in your aim of once or twice a day."],
    },
    {
      what: 'a daily goal, within, last week',
      summary: week(daily('within', 7, 7), 'last'),
      lines: ['You stretched every day, right in your aim of once or twice a day.'],
    },
    {
      what: 'a daily goal, below, this week',
      summary: week(daily('below', 2, 3)),
      lines: ["Your aim is once or twice a day: so far, you've reached it on two of three days."],
    },
    {
      what: 'a daily goal, below, last week',
      summary: week(daily('below', 5, 7), 'last'),
      lines: ['Your aim was once or twice a day: you reached it on five of seven days.'],
    },
    {
      what: 'a daily goal, above on a day, every day reached',
      summary: week(daily('above', 3, 3, { date: '2026-11-16', sessions: 3 })),
      lines: [BUSY_MONDAY],
    },
    {
      what: 'a daily goal, above on a day, and a day missed',
      summary: week(daily('above', 2, 3, { date: '2026-11-16', sessions: 3 })),
      lines: ["Your aim is once or twice a day: so far, you've reached it on two of three days.", BUSY_MONDAY],
    },
  ])('$what', ({ summary, lines }) => {
    expect(goalLines(summary)).toEqual(lines);
  });

  it.each([
    { what: 'a weekly goal', goal: weekly('within'), row: "Aim: 3 to 5 sessions a week. More isn't better." },
    { what: 'a daily goal', goal: daily('below', 2, 3), row: "Aim: 1 to 2 sessions a day, reached on 2 of 3 days. More isn't better." },
  ])("the card shows the user's goal: $what", ({ goal, row }) => {
    expect(summaryCard(week(goal), content, EN).text.split('\n')).toContain(row);
  });
});
