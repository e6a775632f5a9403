import type { RoutineEngine } from '../../lambda/domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';

/** A fixed moment, so runs started in tests have a known start time. */
export const NOW = '2026-11-21T10:00:00.000Z';

/** An engine context for a returning user with no saved run, overridable per test. */
export function engineContext(overrides: Partial<EngineContext> = {}): EngineContext {
  return {
    firstUse: false,
    suggestedRoutine: 'quick-relief',
    familiar: [],
    resumable: null,
    now: NOW,
    newRunId: 'run-1',
    painCheckins: false,
    sessionsToday: 0,
    interrupted: false,
    personalPlan: null,
    hasReminders: false,
    ...overrides,
  };
}

/** Plays `events` in turn through `engine` from `from`, each turn starting where the last left off; every turn, in order. */
export function playEvents(
  engine: RoutineEngine,
  events: readonly RoutineEvent[],
  context: EngineContext = engineContext(),
  from: RoutineState = IDLE,
): Turn[] {
  const turns: Turn[] = [];
  let state = from;
  for (const event of events) {
    const turn = engine.apply(state, event, context);
    turns.push(turn);
    state = turn.state;
  }
  return turns;
}
