/**
 * When to remind someone to stretch: a local time of day and the days of
 * the week, read from what the user said and turned into what the Alexa
 * Reminders API takes. Pure: the clock and the zone are inputs.
 */
import * as z from '../zod';
import { addDays, localDate, localTime, weekdayOf } from './local-time';

/** The days of the week as RFC 5545 (and the Reminders API) write them, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** One day of the week, `MO` to `SU`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day on a 24-hour clock, `HH:MM`. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When to remind: a local time of day and the days (all seven = every day). */
export const reminderScheduleSchema = z.object({
  time: z.string().check(z.regex(CLOCK)),
  days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1), z.maxLength(7)),
});

/** A local time of day (`HH:MM`) and the days it applies to. */
export type ReminderSchedule = z.infer<typeof reminderScheduleSchema>;

/** All seven days. */
export const EVERY_DAY: readonly Weekday[] = WEEKDAYS;

/** Monday to Friday. */
export const WEEKDAYS_ONLY: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** Saturday and Sunday. */
export const WEEKENDS: readonly Weekday[] = ['SA', 'SU'];

/**
 * AMAZON.TIME's vague parts of the day, at a time a person would stretch in
 * them. "Noon" and "midnight" need no entry: AMAZON.TIME sends them as
 * 12:00 and 00:00.
 */
const PARTS_OF_DAY: Readonly<Record<string, string>> = { MO: '08:00', AF: '14:00', EV: '19:00', NI: '21:00' };

/**
 * An AMAZON.TIME slot value as `HH:MM`: a clock time as it is ('19:00'), a
 * part of the day at a set time ('MO' morning 08:00, 'AF' afternoon 14:00,
 * 'EV' evening 19:00, 'NI' night 21:00); anything else is null.
 */
export function timeFromSlot(value: string | undefined): string | null {
  if (value === undefined) return null;
  return CLOCK.test(value) ? value : (PARTS_OF_DAY[value] ?? null);
}

/** Spoken day names, their short forms, and the words for groups of days. */
const DAY_WORDS: Readonly<Record<string, readonly Weekday[]>> = {
  monday: ['MO'],
  mon: ['MO'],
  tuesday: ['TU'],
  tue: ['TU'],
  tues: ['TU'],
  wednesday: ['WE'],
  wed: ['WE'],
  thursday: ['TH'],
  thu: ['TH'],
  thur: ['TH'],
  thurs: ['TH'],
  friday: ['FR'],
  fri: ['FR'],
  saturday: ['SA'],
  sat: ['SA'],
  sunday: ['SU'],
  sun: ['SU'],
  weekday: WEEKDAYS_ONLY,
  weekend: WEEKENDS,
  everyday: EVERY_DAY,
  daily: EVERY_DAY,
};

/** Words that join or frame days and say nothing about which ("every monday and friday", "on weekends", "weekdays only"). */
const FILLER = new Set(['and', 'on', 'every', 'each', 'the', 'a', 'only']);

/** A word as DAY_WORDS spells it: lower case, and a plural ("mondays", "weekends") made singular. */
function dayWord(word: string): readonly Weekday[] | undefined {
  return DAY_WORDS[word] ?? (word.endsWith('s') ? DAY_WORDS[word.slice(0, -1)] : undefined);
}

/**
 * Days said as a slot (AMAZON.DayOfWeek, or custom words such as
 * "weekdays", "every day", "weekends", "monday and thursday") as weekdays,
 * Monday first and each once; null when any word is not understood.
 */
export function daysFromSlot(value: string | undefined): readonly Weekday[] | null {
  const words = (value ?? '')
    .toLowerCase()
    .replace(/\b(every|each) day\b/g, 'everyday')
    .replace(/\bweek (day|end)/g, 'week$1')
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !FILLER.has(word));
  if (words.length === 0) return null;
  const days = new Set<Weekday>();
  for (const word of words) {
    const found = dayWord(word);
    if (!found) return null;
    found.forEach((day) => days.add(day));
  }
  return WEEKDAYS.filter((day) => days.has(day));
}

/** The schedule's days, Monday first and each once. */
function daysOf(schedule: ReminderSchedule): readonly Weekday[] {
  return WEEKDAYS.filter((day) => schedule.days.includes(day));
}

/**
 * The recurrence rules for the Reminders API (RFC 5545 RRULEs without a
 * start): `FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0` when it is every day,
 * `FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=19;BYMINUTE=0;BYSECOND=0` for some days.
 */
export function recurrenceRules(schedule: ReminderSchedule): string[] {
  const [hour, minute] = schedule.time.split(':').map(Number);
  const days = daysOf(schedule);
  const frequency = days.length === WEEKDAYS.length ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
  return [`${frequency};BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0`];
}

/** RRULE parts this skill writes, with the values the API may add back and that change nothing (`INTERVAL=1`). */
const RULE_PART = /^(FREQ|BYDAY|BYHOUR|BYMINUTE|BYSECOND|INTERVAL)=([A-Z0-9,]+)$/;

/**
 * The schedule back from recurrence rules of the form `recurrenceRules`
 * writes (in any order of parts, with or without `INTERVAL=1` and a closing
 * `;`), or null for any other recurrence: a reminder set some other way is
 * not this skill's to describe.
 */
export function scheduleFromRules(rules: readonly string[]): ReminderSchedule | null {
  if (rules.length !== 1) return null;
  const parts = new Map<string, string>();
  for (const part of (rules[0] ?? '').split(';').filter((p) => p !== '')) {
    const match = RULE_PART.exec(part);
    if (!match?.[1] || match[2] === undefined || parts.has(match[1])) return null;
    parts.set(match[1], match[2]);
  }
  const [freq, byDay, hour, minute] = ['FREQ', 'BYDAY', 'BYHOUR', 'BYMINUTE'].map((key) => parts.get(key));
  if ((parts.get('INTERVAL') ?? '1') !== '1' || parts.get('BYSECOND') !== '0' || hour === undefined || minute === undefined) return null;
  const days = freq === 'DAILY' && byDay === undefined ? EVERY_DAY : freq === 'WEEKLY' && byDay ? byDay.split(',') : null;
  const schedule = reminderScheduleSchema.safeParse({ time: `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`, days });
  return schedule.success ? { time: schedule.data.time, days: [...daysOf(schedule.data)] } : null;
}

/**
 * The first time the schedule comes round strictly after `nowIso`, as the
 * Reminders API's local date-time `YYYY-MM-DDTHH:MM:00.000` in `timeZone`.
 * Days and times are compared on the local wall clock, so a change to or
 * from daylight saving between now and then moves nothing.
 */
export function firstTrigger(schedule: ReminderSchedule, nowIso: string, timeZone: string): string {
  const today = localDate(nowIso, timeZone);
  const laterToday = schedule.time > localTime(nowIso, timeZone);
  // A week and a day covers every case: today's time may have passed and the only day be today's weekday.
  for (let ahead = laterToday ? 0 : 1; ahead <= 7; ahead += 1) {
    const date = addDays(today, ahead);
    const weekday = WEEKDAYS[weekdayOf(date)];
    if (weekday && schedule.days.includes(weekday)) return `${date}T${schedule.time}:00.000`;
  }
  throw new RangeError('A schedule has at least one day');
}

/**
 * A schedule as a short string ("19:00|MO,TU"), for the token a voice
 * permission request carries: Alexa hands it back with the answer, so the
 * reminder the user confirmed is known even if the session was not kept.
 */
export function scheduleToken(schedule: ReminderSchedule): string {
  return `${schedule.time}|${schedule.days.join(',')}`;
}

/** The schedule a {@link scheduleToken} names; null for anything else (the token comes back from outside, so it is checked). */
export function scheduleFromToken(token: string | undefined): ReminderSchedule | null {
  const [time, days] = (token ?? '').split('|');
  const parsed = reminderScheduleSchema.safeParse({ time, days: days ? days.split(',') : [] });
  return parsed.success ? parsed.data : null;
}
