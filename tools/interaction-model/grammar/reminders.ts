import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { BARE, COMMAND, SHORT, wrap } from './carriers';

/**
 * Daily reminders through the Alexa Reminders API: setting one (with a time
 * and days, or without, when the time is asked for), hearing them, and
 * cancelling them.
 */

const time = `{-|${SLOTS.time}}`;
const days = `{-|${SLOTS.days}}`;

/** What the reminder is for: "remind me {to do my stretches}". */
const FOR = ['to stretch', 'to do my stretches', ''];

/** Set a reminder: with a time and days, a time alone, days alone, or neither. */
const SET_REMINDER: readonly string[] = [
  ...wrap(COMMAND, ['remind me to stretch']),
  ...wrap(SHORT, ['set a reminder', 'set a daily reminder', 'set up a reminder', 'remind me to do my stretches']),
  ...wrap(
    BARE,
    [
      `remind me {FOR} {every day|daily|each day} at ${time}`,
      `remind me {FOR} at ${time} {every day|daily|each day|}`,
      `remind me {FOR} ${days} at ${time}`,
      `remind me {FOR} ${days}`,
      `{set|make|create|schedule} a {daily|} reminder {for|at} ${time}`,
      `{set|make|create|schedule} a reminder ${days} at ${time}`,
      `{set|make|create|schedule} a reminder for ${days}`,
      '{can you|could you|would you|please} remind me {to stretch|to do my stretches|to do my stretching}',
      '{i want|i would like|i need|i could use} a {daily|} reminder {to stretch|for my stretches|}',
      "{i'd like|i'd love} a {daily|} reminder {to stretch|for my stretches|}",
      '{give me|send me} a {daily|} reminder',
      `{at|for} ${time} {please|}`,
      `make it ${time}`,
      `{every day|daily|each day} at ${time}`,
      `${days} at ${time}`,
      `around ${time}`,
      `how about ${time}`,
      `{let's say|say} ${time}`,
    ],
    { FOR },
  ),
];

/** What reminders are set. */
const LIST_REMINDERS: readonly string[] = [
  ...wrap(SHORT, ['what reminders do i have', 'do i have any reminders', 'when is my reminder']),
  ...wrap(BARE, [
    '{what|which} reminders {have i got|are set|did i set|do i have set}',
    '{list|read|tell me} my reminders',
    'my reminders',
    '{is|are} {there|my} {a reminder|any reminders|reminders} set',
    'when {do|will} you remind me',
    'what time {do|will} you remind me',
    'have i {got|set} a reminder',
    'did i set a reminder',
  ]),
];

/** Cancel every reminder of the skill. */
const CANCEL_REMINDERS: readonly string[] = [
  ...wrap(COMMAND, ['cancel my reminder']),
  ...wrap(SHORT, ['stop reminding me', 'cancel my reminders', 'turn off my reminder']),
  ...wrap(BARE, [
    '{cancel|delete|remove|turn off|switch off|stop} {my|the|all my} {reminder|reminders|daily reminder}',
    "{i don't want|i don't need|no more} {reminders|the reminder|my reminder|a reminder}",
    "{don't|do not} remind me {anymore|any more|again}",
    'no more reminders {please|}',
    'stop the reminders',
    '{get rid of|lose} {my|the} {reminder|reminders}',
  ]),
];

/** The reminder intents and their samples. */
export const REMINDER_SAMPLES = {
  [CUSTOM_INTENTS.setReminder]: SET_REMINDER,
  [CUSTOM_INTENTS.listReminders]: LIST_REMINDERS,
  [CUSTOM_INTENTS.cancelReminders]: CANCEL_REMINDERS,
} as const;
