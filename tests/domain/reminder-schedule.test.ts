import { describe, expect, it } from 'vitest';
import { localTime } from '../../lambda/domain/local-time';
import {
  daysFromSlot,
  EVERY_DAY,
  firstTrigger,
  recurrenceRules,
  reminderScheduleSchema,
  scheduleFromRules,
  timeFromSlot,
  WEEKDAYS,
  WEEKDAYS_ONLY,
  WEEKENDS,
  type ReminderSchedule,
} from '../../lambda/domain/reminder-schedule';

describe('the time a user says (AMAZON.TIME)', () => {
  it.each([
    ['a clock time', '19:00', '19:00'],
    ['a clock time', '07:30', '07:30'],
    ['noon, as AMAZON.TIME sends it', '12:00', '12:00'],
    ['midnight, as AMAZON.TIME sends it', '00:00', '00:00'],
    ['a clock time', '23:59', '23:59'],
    ['morning', 'MO', '08:00'],
    ['afternoon', 'AF', '14:00'],
    ['evening', 'EV', '19:00'],
    ['night', 'NI', '21:00'],
  ])('%s, %s, is %s', (_, value, time) => {
    expect(timeFromSlot(value)).toBe(time);
  });

  it.each([undefined, '', '7', '7:00', '24:00', '19:60', 'noon', 'mo', 'T19:00', '19:00:00', '2026-11-21T19:00'])(
    '%s is not understood',
    (value) => {
      expect(timeFromSlot(value)).toBeNull();
    },
  );
});

describe('the days a user says', () => {
  it.each([
    ['every day', EVERY_DAY],
    ['Every Day', EVERY_DAY],
    ['everyday', EVERY_DAY],
    ['daily', EVERY_DAY],
    ['each day', EVERY_DAY],
    ['weekdays', WEEKDAYS_ONLY],
    ['every weekday', WEEKDAYS_ONLY],
    ['week days', WEEKDAYS_ONLY],
    ['weekdays only', WEEKDAYS_ONLY],
    ['weekends', WEEKENDS],
    ['on weekends', WEEKENDS],
    ['the weekend', WEEKENDS],
    ['monday', ['MO']],
    ['Mondays', ['MO']],
    ['every tuesday', ['TU']],
    ['sunday', ['SU']],
    ['friday and monday', ['MO', 'FR']],
    ['monday, wednesday and friday', ['MO', 'WE', 'FR']],
    ['tues thurs', ['TU', 'TH']],
    ['weekdays and saturday', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA']],
    ['monday and monday', ['MO']],
  ])('"%s" is %j', (value, days) => {
    expect(daysFromSlot(value)).toEqual(days);
  });

  it.each([undefined, '', '  ', 'and', 'tomorrow', 'monday and tomorrow', 'day', 'fortnightly', 'MO'])('%j is not understood', (value) => {
    expect(daysFromSlot(value)).toBeNull();
  });
});

describe('the recurrence rules sent to the Reminders API', () => {
  it.each<[ReminderSchedule, string]>([
    [{ time: '19:00', days: [...EVERY_DAY] }, 'FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0'],
    [{ time: '07:05', days: [...EVERY_DAY] }, 'FREQ=DAILY;BYHOUR=7;BYMINUTE=5;BYSECOND=0'],
    [{ time: '00:00', days: ['SU', 'SA', 'FR', 'TH', 'WE', 'TU', 'MO'] }, 'FREQ=DAILY;BYHOUR=0;BYMINUTE=0;BYSECOND=0'],
    [{ time: '08:30', days: [...WEEKDAYS_ONLY] }, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30;BYSECOND=0'],
    [{ time: '10:00', days: ['SU', 'SA'] }, 'FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0;BYSECOND=0'],
    [{ time: '21:45', days: ['WE', 'MO', 'WE'] }, 'FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=21;BYMINUTE=45;BYSECOND=0'],
  ])('%j: %s', (schedule, rule) => {
    expect(recurrenceRules(schedule)).toEqual([rule]);
  });

  it('read back, every rule gives the schedule it was made from (days Monday first)', () => {
    for (const days of [[...EVERY_DAY], [...WEEKDAYS_ONLY], [...WEEKENDS], ['TH'], ['SU', 'MO']] as ReminderSchedule['days'][]) {
      for (const time of ['00:00', '07:05', '19:00', '23:59']) {
        const back = scheduleFromRules(recurrenceRules({ time, days }));
        expect(back).toEqual({ time, days: WEEKDAYS.filter((day) => days.includes(day)) });
      }
    }
  });

  it.each([
    ['FREQ=DAILY;INTERVAL=1;BYHOUR=19;BYMINUTE=0;BYSECOND=0;', { time: '19:00', days: [...EVERY_DAY] }],
    ['BYHOUR=6;BYMINUTE=10;BYSECOND=0;FREQ=WEEKLY;BYDAY=TU', { time: '06:10', days: ['TU'] }],
  ])('read back tolerantly: %s', (rule, schedule) => {
    expect(scheduleFromRules([rule])).toEqual(schedule);
  });

  it.each([
    [[]],
    [['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0', 'FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=2']],
    [['FREQ=MONTHLY;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;BYHOUR=19;BYSECOND=0']],
    [['FREQ=DAILY;BYHOUR=19;BYMINUTE=0']],
    [['FREQ=DAILY;BYHOUR=19,20;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;BYHOUR=24;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=WEEKLY;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=WEEKLY;BYDAY=XX;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;BYDAY=MO;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
    [['FREQ=DAILY;COUNT=3;BYHOUR=19;BYMINUTE=0;BYSECOND=0']],
  ])('not a rule this skill writes: %j', (rules) => {
    expect(scheduleFromRules(rules)).toBeNull();
  });
});

describe('the first time a reminder goes off', () => {
  const everyDay = (time: string): ReminderSchedule => ({ time, days: [...EVERY_DAY] });
  const LONDON = 'Europe/London';
  // 2026-11-21 is a Saturday.

  it('later today when the time has not come yet; tomorrow when it has, or is now', () => {
    expect(firstTrigger(everyDay('19:00'), '2026-11-21T10:00:00.000Z', LONDON)).toBe('2026-11-21T19:00:00.000');
    expect(firstTrigger(everyDay('09:00'), '2026-11-21T10:00:00.000Z', LONDON)).toBe('2026-11-22T09:00:00.000');
    expect(firstTrigger(everyDay('10:00'), '2026-11-21T10:00:30.000Z', LONDON)).toBe('2026-11-22T10:00:00.000');
    expect(firstTrigger(everyDay('10:01'), '2026-11-21T10:00:59.999Z', LONDON)).toBe('2026-11-21T10:01:00.000');
  });

  it('on the next day of the schedule: weekdays from a Saturday is Monday; Saturday after Saturday evening is a week on', () => {
    expect(firstTrigger({ time: '08:00', days: [...WEEKDAYS_ONLY] }, '2026-11-21T10:00:00.000Z', LONDON)).toBe('2026-11-23T08:00:00.000');
    expect(firstTrigger({ time: '08:00', days: ['SA'] }, '2026-11-21T10:00:00.000Z', LONDON)).toBe('2026-11-28T08:00:00.000');
    expect(firstTrigger({ time: '18:00', days: ['SA'] }, '2026-11-21T10:00:00.000Z', LONDON)).toBe('2026-11-21T18:00:00.000');
  });

  it("across midnight: the user's own date, not UTC's", () => {
    // 23:30 UTC on Saturday is 12:30 on Sunday in Auckland, and 18:30 on Saturday in New York.
    expect(firstTrigger(everyDay('09:00'), '2026-11-21T23:30:00.000Z', 'Pacific/Auckland')).toBe('2026-11-23T09:00:00.000');
    expect(firstTrigger(everyDay('13:00'), '2026-11-21T23:30:00.000Z', 'Pacific/Auckland')).toBe('2026-11-22T13:00:00.000');
    expect(firstTrigger(everyDay('19:00'), '2026-11-21T23:30:00.000Z', 'America/New_York')).toBe('2026-11-21T19:00:00.000');
    expect(firstTrigger({ time: '07:00', days: ['SU'] }, '2026-11-21T23:30:00.000Z', 'Pacific/Auckland')).toBe('2026-11-29T07:00:00.000');
  });

  it('across a change to summer time: the wall clock after the change decides', () => {
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 29 March 2026.
    const BERLIN = 'Europe/Berlin';
    expect(localTime('2026-03-29T22:30:00.000Z', BERLIN)).toBe('00:30');
    // Before the change, 22:30 UTC is 23:30 on the Saturday.
    expect(firstTrigger(everyDay('23:45'), '2026-03-28T22:30:00.000Z', BERLIN)).toBe('2026-03-28T23:45:00.000');
    // After it, the same UTC time is already 00:30 on Monday: a zone read as UTC+1 would say Sunday.
    expect(firstTrigger(everyDay('00:15'), '2026-03-29T22:30:00.000Z', BERLIN)).toBe('2026-03-31T00:15:00.000');
    expect(firstTrigger(everyDay('00:45'), '2026-03-29T22:30:00.000Z', BERLIN)).toBe('2026-03-30T00:45:00.000');
  });

  it('across the change back in autumn, in the southern hemisphere too', () => {
    // Sydney moves from UTC+11 to UTC+10 at 16:00 UTC on Saturday 4 April 2026.
    expect(firstTrigger(everyDay('07:00'), '2026-04-04T20:30:00.000Z', 'Australia/Sydney')).toBe('2026-04-05T07:00:00.000');
    expect(firstTrigger(everyDay('06:00'), '2026-04-04T20:30:00.000Z', 'Australia/Sydney')).toBe('2026-04-06T06:00:00.000');
  });

  it('has the local form the API takes: no zone, no offset, seconds and milliseconds zero', () => {
    expect(firstTrigger(everyDay('19:00'), '2026-11-21T10:00:00.000Z', 'Asia/Kolkata')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000$/);
  });
});

describe('the schedule schema', () => {
  it.each([
    { time: '19:00', days: ['MO'] },
    { time: '00:00', days: [...EVERY_DAY] },
  ])('takes %j', (schedule) => {
    expect(reminderScheduleSchema.safeParse(schedule).success).toBe(true);
  });

  it.each([
    { time: '7:00', days: ['MO'] },
    { time: '24:00', days: ['MO'] },
    { time: '19:00', days: [] },
    { time: '19:00', days: ['XX'] },
    { time: '19:00', days: [...EVERY_DAY, 'MO'] },
  ])('refuses %j', (schedule) => {
    expect(reminderScheduleSchema.safeParse(schedule).success).toBe(false);
  });
});
