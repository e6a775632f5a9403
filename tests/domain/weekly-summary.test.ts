import { describe, expect, it } from 'vitest';
import { addDays } from '../../lambda/domain/local-time';
import { GOALS } from '../../lambda/domain/plan-builder';
import { stretchesIn, type RunRecord } from '../../lambda/domain/progress';
import { HISTORY_DAYS, summarizeWeek, summaryWindow } from '../../lambda/domain/weekly-summary';

type Pain = RunRecord['pain'];
const NO_SCORES: Pain = { before: null, after: null };
let runs = 0;
/** A finished run started at `startedAt`: by default both sides of one stretch, 120 seconds held, no pain scores. */
function record(
  startedAt: string,
  {
    done = ['knee-to-chest:right', 'knee-to-chest:left'],
    secondsHeld = 120,
    pain = NO_SCORES,
  }: { done?: string[]; secondsHeld?: number; pain?: Pain } = {},
): RunRecord {
  runs += 1;
  return {
    run: { id: `run-${runs}`, startedAt },
    plan: { routineId: 'bedtime', stretchIds: stretchesIn(done).length > 0 ? stretchesIn(done) : ['knee-to-chest'] },
    done,
    stretchesDone: stretchesIn(done).length,
    secondsHeld,
    completed: true,
    endedAt: startedAt,
    pain,
  };
}
/** One run at `time` UTC on each of `count` days from `first`. */
const daily = (first: string, count: number, time = '12:00:00Z'): RunRecord[] =>
  Array.from({ length: count }, (_, i) => record(`${addDays(first, i)}T${time}`));

/** The default goal, three to five times a week: what these tests summarise against unless they say otherwise. */
const WEEKLY = GOALS.prevention;

const WED = '2026-11-18T20:00:00.000Z'; // a Wednesday; that week is Mon 16 to Sun 22 November

describe('summaryWindow', () => {
  it('reads HISTORY_DAYS days back and one day ahead, as toISOString() instants', () => {
    expect(HISTORY_DAYS).toBe(63);
    expect(summaryWindow('2026-11-20T18:00:00Z')).toEqual({ fromIso: '2026-09-18T18:00:00.000Z', toIso: '2026-11-21T18:00:00.000Z' });
  });
});

describe('summarizeWeek', () => {
  it('an empty history is all zeros and nulls', () => {
    expect(summarizeWeek([], WED, 'Europe/London', 'this', WEEKLY)).toEqual({
      which: 'this',
      timeZone: 'Europe/London',
      weekStart: '2026-11-16',
      weekEnd: '2026-11-22',
      sessions: 0,
      days: 0,
      minutes: 0,
      stretches: 0,
      streak: 0,
      streakAtLeast: false,
      mostDone: null,
      previous: { sessions: 0, minutes: 0 },
      busiestDay: null,
      goal: { per: 'week', low: 3, high: 5, standing: 'below', short: 3 },
      pain: { checkins: 0, averageBefore: null, averageAfter: null, previousAverageBefore: null },
    });
  });

  it('one session this week; a run with no finished side counts for nothing', () => {
    const records = [
      record('2026-11-18T08:00:00Z', { done: ['piriformis:right', 'piriformis:left', 'cat-cow:both'], secondsHeld: 150 }),
      record('2026-11-17T08:00:00Z', { done: [], secondsHeld: 0, pain: { before: 9, after: null } }),
    ];
    const summary = summarizeWeek(records, WED, 'UTC', 'this', WEEKLY);
    expect(summary).toMatchObject({ sessions: 1, days: 1, minutes: 3, stretches: 2, streak: 1, streakAtLeast: false });
    expect(summary.mostDone).toEqual({ stretchId: 'piriformis', sessions: 1 });
    expect(summary.pain.checkins).toBe(0);
    expect(summarizeWeek(records, '2026-11-19T23:59:00Z', 'UTC', 'this', WEEKLY).streak).toBe(1);
    expect(summarizeWeek(records, '2026-11-20T00:01:00Z', 'UTC', 'this', WEEKLY).streak).toBe(0);
  });

  it('stopping after one side of a stretch is not a session: a session finishes at least one stretch on every side', () => {
    const oneSide = record('2026-11-18T08:00:00Z', { done: ['piriformis:right'], secondsHeld: 60 });
    const bothSides = record('2026-11-18T09:00:00Z', { done: ['piriformis:right', 'piriformis:left'], secondsHeld: 120 });
    expect(summarizeWeek([oneSide, oneSide, oneSide], WED, 'UTC', 'this', WEEKLY)).toMatchObject({ sessions: 0, stretches: 0 });
    expect(summarizeWeek([oneSide, bothSides], WED, 'UTC', 'this', WEEKLY)).toMatchObject({ sessions: 1, stretches: 1, minutes: 2 });
  });

  it('an unknown time zone falls back to UTC', () => {
    const summary = summarizeWeek([record('2026-11-22T23:30:00Z')], '2026-11-23T00:30:00Z', 'Mars/Olympus', 'this', WEEKLY);
    expect(summary).toMatchObject({ timeZone: 'UTC', weekStart: '2026-11-23', sessions: 0, previous: { sessions: 1, minutes: 2 } });
  });

  it('a run belongs to the local date it started on, across midnight', () => {
    const records = [
      { ...record('2026-11-23T04:50:00Z', { secondsHeld: 600 }), endedAt: '2026-11-23T05:05:00Z' }, // Sun 23:50 EST, ends Monday
      record('2026-11-23T05:10:00Z', { secondsHeld: 60 }), // Mon 00:10 EST
    ];
    const now = '2026-11-24T15:00:00Z';
    expect(summarizeWeek(records, now, 'America/New_York', 'this', WEEKLY)).toMatchObject({
      weekStart: '2026-11-23',
      sessions: 1,
      minutes: 1,
    });
    expect(summarizeWeek(records, now, 'America/New_York', 'last', WEEKLY)).toMatchObject({
      weekEnd: '2026-11-22',
      sessions: 1,
      minutes: 10,
    });
  });

  it('New York spring forward: local dates and week boundaries on 2026-03-08', () => {
    const records = [
      record('2026-03-02T05:30:00Z'), // Mon 00:30 EST, first day of the week
      record('2026-03-08T05:30:00Z'), // Sun 00:30 EST, the change day
      record('2026-03-09T03:30:00Z'), // Sun 23:30 EDT
      record('2026-03-09T04:30:00Z'), // Mon 00:30 EDT: next week (a fixed -5 would say Sunday)
    ];
    const last = summarizeWeek(records, '2026-03-09T16:00:00Z', 'America/New_York', 'last', WEEKLY);
    expect(last).toMatchObject({ weekStart: '2026-03-02', weekEnd: '2026-03-08', sessions: 3, days: 2 });
    expect(summarizeWeek(records, '2026-03-09T16:00:00Z', 'America/New_York', 'this', WEEKLY)).toMatchObject({ sessions: 1, streak: 2 });
  });

  it('London clock changes: 00:30 on the change day, and a seven-day week across it', () => {
    const spring = [record('2026-03-29T00:30:00Z'), record('2026-03-29T23:30:00Z')]; // Sun 00:30 GMT; Mon 00:30 BST
    expect(summarizeWeek(spring, '2026-03-30T12:00:00Z', 'Europe/London', 'last', WEEKLY)).toMatchObject({
      weekEnd: '2026-03-29',
      sessions: 1,
    });
    expect(summarizeWeek(spring, '2026-03-30T12:00:00Z', 'Europe/London', 'this', WEEKLY)).toMatchObject({
      weekStart: '2026-03-30',
      sessions: 1,
    });
    const autumn = [
      record('2026-10-18T23:30:00Z'), // Mon 19th 00:30 BST
      record('2026-10-24T23:30:00Z'), // Sun 25th 00:30 BST, the change day
      record('2026-10-25T23:30:00Z'), // Sun 25th 23:30 GMT
      record('2026-10-26T00:30:00Z'), // Mon 26th 00:30 GMT
    ];
    const last = summarizeWeek(autumn, '2026-10-26T12:00:00Z', 'Europe/London', 'last', WEEKLY);
    expect(last).toMatchObject({ weekStart: '2026-10-19', weekEnd: '2026-10-25', sessions: 3, days: 2 });
    expect(summarizeWeek(autumn, '2026-10-26T12:00:00Z', 'Europe/London', 'this', WEEKLY)).toMatchObject({
      sessions: 1,
      previous: { sessions: 3 },
    });
  });

  it('the same instant is Monday in Auckland (+13) and Sunday in Honolulu (-10)', () => {
    const records = [record('2026-11-22T12:00:00Z'), record('2026-11-22T12:10:00Z'), record('2026-11-22T12:20:00Z')];
    const now = '2026-11-23T22:00:00Z'; // Tue 11:00 in Auckland, Mon 12:00 in Honolulu
    const auckland = summarizeWeek(records, now, 'Pacific/Auckland', 'this', WEEKLY);
    expect(auckland).toMatchObject({ weekStart: '2026-11-23', sessions: 3, previous: { sessions: 0 }, streak: 1 });
    expect(auckland.busiestDay).toEqual({ date: '2026-11-23', sessions: 3 });
    const honolulu = summarizeWeek(records, now, 'Pacific/Honolulu', 'this', WEEKLY);
    expect(honolulu).toMatchObject({ weekStart: '2026-11-23', sessions: 0, busiestDay: null, previous: { sessions: 3 }, streak: 1 });
    expect(summarizeWeek(records, now, 'Pacific/Honolulu', 'last', WEEKLY).busiestDay).toEqual({ date: '2026-11-22', sessions: 3 });
  });

  it('Kiritimati (+14) and Etc/GMT+12 (-12) are two dates apart', () => {
    const records = [record('2026-11-22T11:00:00Z'), record('2026-11-22T11:10:00Z'), record('2026-11-22T11:20:00Z')];
    const now = '2026-11-23T11:00:00Z';
    const kiritimati = summarizeWeek(records, now, 'Pacific/Kiritimati', 'this', WEEKLY);
    expect(kiritimati).toMatchObject({ weekStart: '2026-11-23', sessions: 3, busiestDay: { date: '2026-11-23', sessions: 3 } });
    const west = summarizeWeek(records, now, 'Etc/GMT+12', 'this', WEEKLY);
    expect(west).toMatchObject({ weekStart: '2026-11-16', weekEnd: '2026-11-22', sessions: 3, streak: 1 });
    expect(west.busiestDay).toEqual({ date: '2026-11-21', sessions: 3 });
  });

  describe('streaks', () => {
    const now = '2026-11-20T18:00:00Z'; // Friday; the window's first day is 18 September

    it('five unbroken days including today', () => {
      expect(summarizeWeek(daily('2026-11-16', 5), now, 'UTC', 'this', WEEKLY)).toMatchObject({ streak: 5, streakAtLeast: false });
    });

    it('a missed day breaks it: only the days after the gap count, ending yesterday', () => {
      const records = [...daily('2026-11-10', 4), ...daily('2026-11-15', 5)]; // nothing on the 14th or today
      expect(summarizeWeek(records, now, 'UTC', 'this', WEEKLY).streak).toBe(5);
      expect(summarizeWeek(records, '2026-11-21T09:00:00Z', 'UTC', 'this', WEEKLY).streak).toBe(0);
    });

    it('reaching the start of the window sets streakAtLeast', () => {
      expect(summarizeWeek(daily('2026-09-20', 62), now, 'UTC', 'this', WEEKLY)).toMatchObject({ streak: 62, streakAtLeast: false });
      expect(summarizeWeek(daily('2026-09-19', 63), now, 'UTC', 'this', WEEKLY)).toMatchObject({ streak: 63, streakAtLeast: true });
      expect(summarizeWeek(daily('2026-09-01', 81), now, 'UTC', 'this', WEEKLY)).toMatchObject({ streak: 64, streakAtLeast: true });
    });
  });

  it('more than two sessions on one day sets busiestDay; exactly two does not', () => {
    const two = [record('2026-11-17T07:00:00Z'), record('2026-11-17T21:00:00Z'), record('2026-11-18T07:00:00Z')];
    expect(summarizeWeek(two, WED, 'UTC', 'this', WEEKLY).busiestDay).toBeNull();
    const three = [...two, record('2026-11-17T12:00:00Z'), ...daily('2026-11-19', 1), record('2026-11-19T13:00:00Z')];
    expect(summarizeWeek(three, '2026-11-20T18:00:00Z', 'UTC', 'this', WEEKLY).busiestDay).toEqual({ date: '2026-11-17', sessions: 3 });
  });

  describe('against the goal', () => {
    /** `count` runs at noon UTC on `date`. */
    const on = (date: string, count: number): RunRecord[] => Array.from({ length: count }, (_, i) => record(`${date}T${10 + i}:00:00Z`));

    it.each([
      { sessions: 0, standing: 'below', short: 3 },
      { sessions: 2, standing: 'below', short: 1 },
      { sessions: 3, standing: 'within', short: 0 },
      { sessions: 5, standing: 'within', short: 0 },
      { sessions: 6, standing: 'above', short: 0 },
    ])('three to five a week: $sessions sessions are $standing, $short short', ({ sessions, standing, short }) => {
      const records = Array.from({ length: sessions }, (_, i) => record(`${addDays('2026-11-16', i % 3)}T${10 + i}:00:00Z`));
      expect(summarizeWeek(records, WED, 'UTC', 'this', WEEKLY).goal).toEqual({ per: 'week', low: 3, high: 5, standing, short });
    });

    // Asked on Wednesday evening: Monday and Tuesday are over, and today counts once it has a session.
    it.each([
      { what: 'once or twice every day, today too', days: [1, 2, 1], standing: 'within', met: 3, judged: 3, over: null },
      { what: 'every day before today, none yet today', days: [1, 1, 0], standing: 'within', met: 2, judged: 2, over: null },
      { what: 'a day missed', days: [1, 0, 0], standing: 'below', met: 1, judged: 2, over: null },
      {
        what: 'three on Monday, none on Tuesday',
        days: [3, 0, 1],
        standing: 'above',
        met: 2,
        judged: 3,
        over: { date: '2026-11-16', sessions: 3 },
      },
      {
        what: 'three on Monday and on Wednesday',
        days: [3, 1, 3],
        standing: 'above',
        met: 3,
        judged: 3,
        over: { date: '2026-11-16', sessions: 3 },
      },
    ])('once or twice a day, this week: $what', ({ days, standing, met, judged, over }) => {
      // A session the week before, so the history starts before this Monday.
      const records = [...on('2026-11-10', 1), ...days.flatMap((count, i) => on(addDays('2026-11-16', i), count))];
      expect(summarizeWeek(records, WED, 'UTC', 'this', GOALS.flare).goal).toEqual({
        per: 'day',
        low: 1,
        high: 2,
        standing,
        daysMet: met,
        daysJudged: judged,
        overDay: over,
      });
    });

    it('once or twice a day: the days before the first session in the history are not judged', () => {
      const records = [...on('2026-11-17', 1), ...on('2026-11-18', 2)];
      expect(summarizeWeek(records, WED, 'UTC', 'this', GOALS.flare).goal).toMatchObject({ standing: 'within', daysMet: 2, daysJudged: 2 });
    });

    it('once or twice a day, last week: all seven days are judged', () => {
      const records = [...on('2026-11-02', 1), ...daily('2026-11-09', 5)];
      expect(summarizeWeek(records, WED, 'UTC', 'last', GOALS.flare).goal).toMatchObject({ standing: 'below', daysMet: 5, daysJudged: 7 });
    });

    it('the busy-day note of a weekly goal is the daily rule: more than two sessions in a day', () => {
      const records = [...on('2026-11-16', 2), ...on('2026-11-17', 3)];
      expect(summarizeWeek(records, WED, 'UTC', 'this', WEEKLY)).toMatchObject({
        busiestDay: { date: '2026-11-17', sessions: 3 },
        goal: { standing: 'within' },
      });
    });
  });

  it('mostDone counts sessions, not sides, and ties go to the stretch done earliest in the week', () => {
    const records = [
      record('2026-11-18T08:00:00Z', { done: ['bridge:both', 'figure-four:right'] }),
      record('2026-11-17T08:00:00Z', { done: ['bridge:both'] }),
      record('2026-11-16T08:00:00Z', { done: ['figure-four:right', 'figure-four:left'] }),
      record('2026-11-10T08:00:00Z', { done: ['bridge:both'] }), // last week
    ];
    // The half-done figure four of the 18th does not count: only stretches finished on every side do.
    expect(summarizeWeek(records, WED, 'UTC', 'this', WEEKLY).mostDone).toEqual({ stretchId: 'bridge', sessions: 2 });
    expect(summarizeWeek(records.slice(1), WED, 'UTC', 'this', WEEKLY).mostDone).toEqual({ stretchId: 'figure-four', sessions: 1 });
  });

  it('this week against last week, and last week against the week before', () => {
    const records = [
      ...daily('2026-11-02', 1).map((r) => ({ ...r, secondsHeld: 300 })),
      ...daily('2026-11-09', 3).map((r) => ({ ...r, secondsHeld: 200 })),
      ...daily('2026-11-19', 2),
    ];
    const now = '2026-11-20T18:00:00Z';
    const thisWeek = summarizeWeek(records, now, 'UTC', 'this', WEEKLY);
    expect(thisWeek).toMatchObject({
      which: 'this',
      weekStart: '2026-11-16',
      sessions: 2,
      minutes: 4,
      previous: { sessions: 3, minutes: 10 },
    });
    const lastWeek = summarizeWeek(records, now, 'UTC', 'last', WEEKLY);
    expect(lastWeek).toMatchObject({ which: 'last', weekStart: '2026-11-09', weekEnd: '2026-11-15', sessions: 3, days: 3, minutes: 10 });
    expect(lastWeek.previous).toEqual({ sessions: 1, minutes: 5 });
    expect([thisWeek.streak, lastWeek.streak]).toEqual([2, 2]); // the streak is always relative to now
  });

  it('pain averages to one decimal, check-ins, and the week before', () => {
    const at = (day: string, before: number | null, after: number | null): RunRecord =>
      record(`${day}T08:00:00Z`, { pain: { before, after } });
    const records = [
      at('2026-11-16', 6, 4),
      at('2026-11-16', 5, null),
      at('2026-11-17', null, null),
      at('2026-11-17', 5, 4),
      at('2026-11-18', null, 3),
      at('2026-11-10', 7, 6),
      at('2026-11-11', 8, null),
    ];
    expect(summarizeWeek(records, WED, 'UTC', 'this', WEEKLY).pain).toEqual({
      checkins: 4,
      averageBefore: 5.3,
      averageAfter: 3.7,
      previousAverageBefore: 7.5,
    });
    expect(summarizeWeek(records, WED, 'UTC', 'last', WEEKLY).pain).toEqual({
      checkins: 2,
      averageBefore: 7.5,
      averageAfter: 6,
      previousAverageBefore: null,
    });
    expect(summarizeWeek([at('2026-11-17', null, null)], WED, 'UTC', 'this', WEEKLY).pain).toEqual({
      checkins: 0,
      averageBefore: null,
      averageAfter: null,
      previousAverageBefore: null,
    });
  });
});
