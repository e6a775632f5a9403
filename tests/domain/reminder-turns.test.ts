import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import type { ReminderSchedule } from '../../lambda/domain/reminder-schedule';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext, playEvents } from '../support/engine-context';

const engine = createRoutineEngine(content);
const run = (events: readonly RoutineEvent[], from: RoutineState = IDLE): Turn[] => playEvents(engine, events, engineContext(), from);
const last = (turns: readonly Turn[]): Turn => turns[turns.length - 1] as Turn;
const sevenDaily: ReminderSchedule = { time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] };
const setAtSeven: RoutineEvent = { type: 'set-reminder', time: '19:00', days: null };

describe('setting a reminder', () => {
  it('with a time: confirms it, every day unless days were said, and asks for nothing else', () => {
    const turn = last(run([setAtSeven]));
    expect(turn.beats).toEqual([{ type: 'reminder-confirm', schedule: sevenDaily }]);
    expect(turn.prompt).toEqual({ type: 'confirm-reminder', schedule: sevenDaily });
    expect(turn.effects).toEqual([]);
  });

  it('without a time: asks for it, once more when unclear, then lets it go', () => {
    const [asked, again, dropped] = run([
      { type: 'set-reminder', time: null, days: ['SA', 'SU'] },
      { type: 'not-understood' },
      { type: 'not-understood' },
    ]);
    expect(asked?.prompt).toEqual({ type: 'reminder-time', again: false });
    expect(again?.prompt).toEqual({ type: 'reminder-time', again: true });
    expect(dropped?.beats).toEqual([{ type: 'reminder-not-set' }]);
    expect(dropped?.state.reminder).toBeNull();
  });

  it('keeps the days said first when the time comes later', () => {
    const turn = last(run([{ type: 'set-reminder', time: null, days: ['SA', 'SU'] }, setAtSeven]));
    expect(turn.beats).toEqual([{ type: 'reminder-confirm', schedule: { time: '19:00', days: ['SA', 'SU'] } }]);
  });

  it('"yes" asks the turn layer to create it; "no" sets nothing', () => {
    expect(last(run([setAtSeven, { type: 'yes' }])).effects).toEqual([{ type: 'reminder-action', action: 'create', schedule: sevenDaily }]);
    const declined = last(run([setAtSeven, { type: 'no' }]));
    expect(declined.beats).toEqual([{ type: 'reminder-not-set' }]);
    expect(declined.effects).toEqual([]);
  });

  it('in the middle of a routine, the routine carries on afterwards', () => {
    const inRoutine = last(run([{ type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } }, { type: 'next' }])).state;
    const turn = last(run([setAtSeven, { type: 'no' }], inRoutine));
    expect(turn.state.plan?.routineId).toBe('bedtime');
    expect(turn.state.step).toBe(inRoutine.step);
  });
});

describe('what the Reminders API did, as it is said', () => {
  const confirmed = (): RoutineState => last(run([setAtSeven, { type: 'yes' }])).state;
  const outcome = (o: Extract<RoutineEvent, { type: 'reminder-outcome' }>['outcome'], from = confirmed()): Turn =>
    engine.apply(from, { type: 'reminder-outcome', outcome: o }, engineContext());

  it('created: says when, and keeps the alert token', () => {
    const turn = outcome({ action: 'create', schedule: sevenDaily, result: { alertToken: 'a1' } });
    expect(turn.beats).toEqual([{ type: 'reminder-set', schedule: sevenDaily }]);
    expect(turn.effects).toContainEqual({ type: 'reminder-created', alertToken: 'a1' });
  });

  it('no permission yet: hands the session to Alexa, open, with nothing said', () => {
    const turn = outcome({ action: 'create', schedule: sevenDaily, result: 'ask-permission' });
    expect(turn.beats).toEqual([{ type: 'reminder-permission-ask', schedule: sevenDaily }]);
    expect(turn.effects).toEqual([]);
  });

  it.each([
    ['permission', 'reminder-permission-needed'],
    ['unsupported', 'reminder-unsupported'],
    ['failed', 'reminder-failed'],
  ] as const)('%s: %s, and nothing stored', (failure, beat) => {
    const turn = outcome({ action: 'create', schedule: sevenDaily, result: failure });
    expect(turn.beats.map((b) => b.type)).toEqual([beat]);
    expect(turn.effects).toEqual([]);
    expect(turn.prompt).not.toBeNull();
  });

  it('the permission accepted (even out of session, from the token) creates it; denied says how to allow it', () => {
    const accepted = engine.apply(IDLE, { type: 'reminder-permission', accepted: true, schedule: sevenDaily }, engineContext());
    expect(accepted.effects).toEqual([{ type: 'reminder-action', action: 'create', schedule: sevenDaily }]);
    const denied = engine.apply(IDLE, { type: 'reminder-permission', accepted: false, schedule: sevenDaily }, engineContext());
    expect(denied.beats).toEqual([{ type: 'reminder-permission-needed' }]);
  });

  it('deleting everything cancels the reminders and says so in the closing words', () => {
    const turn = outcome({ action: 'cancel', result: 2, ending: true }, IDLE);
    expect(turn.beats).toEqual([{ type: 'reminders-deleted-too', cancelled: 2 }]);
    expect(turn.prompt).toBeNull();
    expect(outcome({ action: 'cancel', result: 0, ending: true }, IDLE).beats).toEqual([]);
    expect(outcome({ action: 'cancel', result: 'failed', ending: true }, IDLE).beats).toEqual([
      { type: 'reminders-deleted-too', cancelled: null },
    ]);
  });
});
