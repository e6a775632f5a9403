/**
 * Calendar dates in a user's own time zone, from instants. Pure: it uses the
 * runtime's time zone database through Intl, and nothing reads the clock.
 * Dates are `YYYY-MM-DD` strings, which sort and compare as dates.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone name ("Europe/London", "Pacific/Kiritimati"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant in a time zone. Daylight-saving changes are the runtime's to know. */
export function localDate(instantIso: string, timeZone: string): string {
  // The en-CA locale formats a date as YYYY-MM-DD, so one format() call gives the key; formatToParts is several times slower.
  return formatterFor(timeZone).format(new Date(instantIso));
}

/** A date `days` later (or earlier, when negative): plain calendar arithmetic, no zone involved. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return utc.toISOString().slice(0, 10);
}

/** Day of the week, Monday 0 to Sunday 6. */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return (new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay() + 6) % 7;
}

/** The Monday that starts the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayOf(date));
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a time zone, `HH:MM` on a 24-hour clock (midnight is 00:00, never 24:00). */
export function localTime(instantIso: string, timeZone: string): string {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(instantIso));
}
