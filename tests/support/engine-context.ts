import type { EngineContext } from '../../lambda/domain/routine-events';

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
    ...overrides,
  };
}
