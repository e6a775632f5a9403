import type { Beat, Effect, ReminderOutcome, RoutineEvent, Turn } from './routine-events';
import type { Playback } from './routine-playback';
import { EVERY_DAY, type ReminderSchedule, type Weekday } from './reminder-schedule';
import type { RoutineState } from './routine-state';

/** The engine's answers about daily reminders: asking the time, confirming, and what the Reminders API did. */
export interface ReminderTurns {
  /** "Remind me to stretch every day at 7 pm", or a time said when it was asked for. */
  set(state: RoutineState, time: string | null, days: readonly Weekday[] | null): Turn;
  list(state: RoutineState): Turn;
  cancel(state: RoutineState): Turn;
  /** An event while a reminder question waits; null when the event is not an answer and leaves the reminder. */
  answer(state: RoutineState, event: RoutineEvent): Turn | null;
  /** What the turn layer's call to the Reminders API came to. */
  outcome(state: RoutineState, outcome: ReminderOutcome): Turn;
  /** Alexa's answer to the permission question, when no reminder question waits (the session was not kept): the token says which reminder. */
  permission(state: RoutineState, accepted: boolean, schedule: ReminderSchedule | null): Turn;
}

const REMINDER_QUESTIONS: ReadonlySet<string> = new Set(['reminder-time', 'confirm-reminder', 'reminder-permission']);

/** True while the skill waits on an answer about a reminder. */
export function askingReminder(state: RoutineState): boolean {
  return state.question !== null && REMINDER_QUESTIONS.has(state.question) && state.reminder !== null;
}

/**
 * Builds the reminder turns for one engine turn. `idle` is the engine's
 * choice between routines: after a reminder is dealt with, the routine
 * being played (or the offer) carries on.
 */
export function createReminderTurns(p: Playback, idle: (state: RoutineState) => RoutineState): ReminderTurns {
  /** Back to what the user was doing, the reminder forgotten. */
  const done = (state: RoutineState, beats: readonly Beat[], effects: readonly Effect[] = []): Turn =>
    p.say(
      idle({ ...state, reminder: null, question: state.question && REMINDER_QUESTIONS.has(state.question) ? null : state.question }),
      beats,
      effects,
    );
  const schedule = (time: string, days: readonly Weekday[]): ReminderSchedule => ({ time, days: [...days] });
  const askTime = (state: RoutineState, days: readonly Weekday[], again: boolean): Turn =>
    p.say(
      { ...state, question: 'reminder-time', reminder: { time: null, days: [...days], again } },
      again ? [] : [{ type: 'reminder-ask-time' }],
    );
  const confirm = (state: RoutineState, time: string, days: readonly Weekday[]): Turn =>
    p.say({ ...state, question: 'confirm-reminder', reminder: { time, days: [...days], again: false } }, [
      { type: 'reminder-confirm', schedule: schedule(time, days) },
    ]);
  /** Asks the turn layer to create the reminder; the question stays until its outcome comes back. */
  const create = (state: RoutineState, time: string, days: readonly Weekday[]): Turn => ({
    ...p.say({ ...state, question: 'reminder-permission', reminder: { time, days: [...days], again: false } }, []),
    effects: [{ type: 'reminder-action', action: 'create', schedule: schedule(time, days) }],
  });

  const set = (state: RoutineState, time: string | null, days: readonly Weekday[] | null): Turn => {
    const on = days ?? state.reminder?.days ?? EVERY_DAY;
    return time === null ? askTime(state, on, false) : confirm(state, time, on);
  };

  return {
    set,
    list: (state) => ({ ...p.say(state, []), effects: [{ type: 'reminder-action', action: 'list' }] }),
    cancel: (state) => ({ ...p.say(state, []), effects: [{ type: 'reminder-action', action: 'cancel', ending: false }] }),
    answer(state, event) {
      const pending = state.reminder;
      if (!pending) return null;
      if (state.question === 'reminder-time') {
        if (event.type === 'set-reminder' && event.time !== null) return confirm(state, event.time, event.days ?? pending.days);
        if (event.type === 'repeat' || (event.type === 'not-understood' && !pending.again)) return askTime(state, pending.days, true);
        if (event.type === 'not-understood' || event.type === 'no' || event.type === 'stop' || event.type === 'skip')
          return done(state, [{ type: 'reminder-not-set' }]);
        return null;
      }
      if (state.question === 'confirm-reminder' && pending.time !== null) {
        if (event.type === 'yes') return create(state, pending.time, pending.days);
        if (event.type === 'no' || event.type === 'stop') return done(state, [{ type: 'reminder-not-set' }]);
        if (event.type === 'set-reminder') return set(state, event.time ?? pending.time, event.days ?? pending.days);
        if (event.type === 'repeat') return confirm(state, pending.time, pending.days);
        return null;
      }
      if (state.question === 'reminder-permission' && pending.time !== null && event.type === 'reminder-permission') {
        return event.accepted ? create(state, pending.time, pending.days) : done(state, [{ type: 'reminder-permission-needed' }]);
      }
      return null;
    },
    permission(state, accepted, pending) {
      if (!accepted) return done(state, [{ type: 'reminder-permission-needed' }]);
      return pending ? create(state, pending.time, pending.days) : done(state, [{ type: 'reminder-not-set' }]);
    },
    outcome(state, outcome) {
      if (outcome.action === 'cancel' && outcome.ending) {
        // Everything was just deleted and the session is ending: only a word about the reminders is added.
        const cancelled = typeof outcome.result === 'number' ? outcome.result : null;
        const beats: Beat[] = cancelled === 0 ? [] : [{ type: 'reminders-deleted-too', cancelled }];
        return { state, beats, prompt: null, effects: cancelled === null ? [] : [{ type: 'reminders-cancelled' }] };
      }
      if (outcome.action === 'create' && outcome.result === 'ask-permission') {
        // Alexa asks for the permission itself; its answer comes back as a Connections.Response.
        return { state, beats: [{ type: 'reminder-permission-ask', schedule: outcome.schedule }], prompt: null, effects: [] };
      }
      const failure = typeof outcome.result === 'string' ? outcome.result : null;
      if (failure === 'permission') return done(state, [{ type: 'reminder-permission-needed' }]);
      if (failure === 'unsupported') return done(state, [{ type: 'reminder-unsupported' }]);
      if (failure !== null) return done(state, [{ type: 'reminder-failed', action: outcome.action }]);
      switch (outcome.action) {
        case 'create':
          return typeof outcome.result === 'object'
            ? done(
                state,
                [{ type: 'reminder-set', schedule: outcome.schedule }],
                [{ type: 'reminder-created', alertToken: outcome.result.alertToken }],
              )
            : done(state, [{ type: 'reminder-failed', action: 'create' }]);
        case 'list':
          return done(state, [{ type: 'reminders-listed', schedules: Array.isArray(outcome.result) ? outcome.result : [] }]);
        case 'cancel': {
          const count = typeof outcome.result === 'number' ? outcome.result : 0;
          return done(state, [{ type: 'reminders-cancelled', count }], [{ type: 'reminders-cancelled' }]);
        }
      }
    },
  };
}
