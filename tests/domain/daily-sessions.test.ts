import { describe, expect, it } from 'vitest';
import {
  busyDay,
  DAILY_SESSIONS,
  enoughToday,
  isSession,
  isStaleEntry,
  sessionEntry,
  sessionsToday,
} from '../../lambda/domain/daily-sessions';

describe('how many sessions a day is enough', () => {
  it('is two: the facts give once or twice a day, even in a flare-up', () => {
    expect(DAILY_SESSIONS).toBe(2);
  });

  it.each([
    { sessions: 0, enough: false, busy: false },
    { sessions: 1, enough: false, busy: false },
    { sessions: 2, enough: true, busy: false },
    { sessions: 3, enough: true, busy: true },
    { sessions: 5, enough: true, busy: true },
  ])('$sessions sessions: today has had enough $enough, a past day was busy $busy', ({ sessions, enough, busy }) => {
    expect(enoughToday(sessions)).toBe(enough);
    expect(busyDay(sessions)).toBe(busy);
  });

  it.each([
    { done: [], session: false },
    { done: ['pigeon:right'], session: false },
    { done: ['pigeon:right', 'cat-cow:left'], session: false },
    { done: ['pigeon:right', 'pigeon:left'], session: true },
    { done: ['cat-cow:both'], session: true },
    { done: ['pigeon:left', 'cat-cow:right', 'pigeon:right'], session: true },
  ])('a run that finished $done is a session: $session', ({ done, session }) => {
    expect(isSession(done)).toBe(session);
  });
});

describe("the profile's log of recent sessions", () => {
  const NOW = '2026-11-21T10:00:00.000Z'; // a Saturday
  const entry = (startedAt: string, runId = 'run'): string => sessionEntry({ id: runId, startedAt });

  it('an entry is the start and the id of a run, the same every time for the same run', () => {
    expect(sessionEntry({ id: 'run-1', startedAt: NOW })).toBe(`${NOW}|run-1`);
  });

  it.each([
    { what: 'none', entries: [], zone: null, today: 0 },
    {
      what: 'two this morning',
      entries: [entry('2026-11-21T07:00:00.000Z', 'a'), entry('2026-11-21T09:30:00.000Z', 'b')],
      zone: null,
      today: 2,
    },
    {
      what: 'one yesterday evening, one this morning',
      entries: [entry('2026-11-20T21:00:00.000Z', 'a'), entry('2026-11-21T08:00:00.000Z', 'b')],
      zone: null,
      today: 1,
    },
    // 21:00 UTC on the 20th is already 10:00 on the 21st in Auckland, and 09:00 UTC on the 21st is still the 20th in Honolulu.
    {
      what: 'the same two, in Auckland',
      entries: [entry('2026-11-20T21:00:00.000Z', 'a'), entry('2026-11-21T08:00:00.000Z', 'b')],
      zone: 'Pacific/Auckland',
      today: 2,
    },
    {
      what: 'a morning in Honolulu, asked just after midnight there',
      entries: [entry('2026-11-20T19:00:00.000Z', 'a')],
      zone: 'Pacific/Honolulu',
      today: 0,
    },
    { what: 'an unknown zone, read as UTC', entries: [entry('2026-11-21T00:30:00.000Z')], zone: 'Mars/Olympus', today: 1 },
    { what: 'entries that are not entries', entries: ['', 'garbage', '|run', NOW], zone: null, today: 0 },
  ])('$what: $today today', ({ entries, zone, today }) => {
    expect(sessionsToday(entries, NOW, zone)).toBe(today);
  });

  it('an evening session in Honolulu counts that evening, though the date in UTC has moved on', () => {
    expect(sessionsToday([entry('2026-11-21T05:00:00.000Z')], '2026-11-21T09:00:00.000Z', 'Pacific/Honolulu')).toBe(1);
  });

  it.each([
    { what: 'an hour old', startedAt: '2026-11-21T09:00:00.000Z', stale: false },
    { what: 'a minute under two days old', startedAt: '2026-11-19T10:01:00.000Z', stale: false },
    { what: 'a minute over two days old', startedAt: '2026-11-19T09:59:00.000Z', stale: true },
    { what: 'a week old', startedAt: '2026-11-14T10:00:00.000Z', stale: true },
  ])('an entry $what is stale: $stale', ({ startedAt, stale }) => {
    expect(isStaleEntry(entry(startedAt), NOW)).toBe(stale);
  });

  it('anything that is not an entry is stale, so it is pruned', () => {
    for (const junk of ['', 'garbage', '|run', 'yesterday|run']) expect(isStaleEntry(junk, NOW), junk).toBe(true);
  });
});
