import type { Effect, ReminderFailure, ReminderOutcome, RoutineEvent, Turn } from '../domain/routine-events';
import type { ReminderSchedule } from '../domain/reminder-schedule';

/** A call's result: its value, or why it failed. */
export type ReminderResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ReminderFailure };

/**
 * The Alexa Reminders API as a turn sees it, built by the adapter for one
 * request: plain calls, no SDK types, so the turn layer runs and tests
 * without Alexa.
 */
export interface ReminderPort {
  /** The user granted the reminders permission (the envelope says so). */
  readonly granted: boolean;
  create(schedule: ReminderSchedule, nowIso: string): Promise<ReminderResult<{ readonly alertToken: string }>>;
  list(): Promise<ReminderResult<readonly (ReminderSchedule | null)[]>>;
  /** Cancels every reminder of this skill; how many there were. */
  cancelAll(): Promise<ReminderResult<number>>;
}

type ReminderAction = Extract<Effect, { type: 'reminder-action' }>;

/** What the engine asked the Reminders API to do, as a call through `port`; without a port (no API access), it failed. */
async function call(action: ReminderAction, port: ReminderPort | null, nowIso: string): Promise<ReminderOutcome> {
  const result = <T>(r: ReminderResult<T>): T | ReminderFailure => (r.ok ? r.value : r.failure);
  if (action.action === 'create') {
    if (port && !port.granted) return { action: 'create', schedule: action.schedule, result: 'ask-permission' };
    return {
      action: 'create',
      schedule: action.schedule,
      result: port ? result(await port.create(action.schedule, nowIso)) : 'unsupported',
    };
  }
  if (action.action === 'list') return { action: 'list', result: port ? result(await port.list()) : 'unsupported' };
  return { action: 'cancel', result: port ? result(await port.cancelAll()) : 'unsupported', ending: action.ending };
}

/**
 * Runs the Reminders API call a turn asked for and hands its outcome back to
 * the engine (`again`), so what is said about it is decided there; the two
 * turns' words and effects are joined. A turn that asked for none is
 * returned as it is.
 */
export async function withReminderCall(
  turn: Turn,
  port: ReminderPort | null,
  nowIso: string,
  again: (event: RoutineEvent, from: Turn['state']) => Turn,
): Promise<Turn> {
  const action = turn.effects.find((effect): effect is ReminderAction => effect.type === 'reminder-action');
  if (!action) return turn;
  const next = again({ type: 'reminder-outcome', outcome: await call(action, port, nowIso) }, turn.state);
  return { ...next, beats: [...turn.beats, ...next.beats], effects: [...turn.effects.filter((e) => e !== action), ...next.effects] };
}
