/**
 * The days a reminder can be set for, as people say them, by the words
 * `daysFromSlot` reads (lambda/domain/reminder-schedule.ts): the model's
 * ReminderDays slot type is generated from this table, and a value Alexa
 * resolves arrives as its id.
 */
export const REMINDER_DAY_VALUES: Readonly<Record<string, readonly string[]>> = {
  everyday: ['every day', 'daily', 'each day', 'every single day', 'all week', 'seven days a week'],
  weekday: ['weekdays', 'on weekdays', 'every weekday', 'week days', 'monday to friday', 'work days', 'working days'],
  weekend: ['weekends', 'at weekends', 'on weekends', 'the weekend', 'every weekend', 'saturday and sunday'],
  monday: ['monday', 'mondays', 'every monday'],
  tuesday: ['tuesday', 'tuesdays', 'every tuesday'],
  wednesday: ['wednesday', 'wednesdays', 'every wednesday'],
  thursday: ['thursday', 'thursdays', 'every thursday'],
  friday: ['friday', 'fridays', 'every friday'],
  saturday: ['saturday', 'saturdays', 'every saturday'],
  sunday: ['sunday', 'sundays', 'every sunday'],
};
