import type { Content } from '../domain/content';
import type { RoutineEngine } from '../domain/routine-engine';
import type { EngineContext, Turn } from '../domain/routine-events';
import { IDLE } from '../domain/routine-state';
import type { Catalogue } from './catalogue';
import { createComposer, type Speech } from './compose';
import { durationMs } from './timeline';

/** No routine plays more turns than this; a loop that does is a bug, not a long routine. */
const MAX_TURNS = 100;

/**
 * How long a routine plays, measured by playing it: the engine runs it from
 * its start to the closing words, as a first-timer hears it (full cues), and
 * every turn's speech, holds and waits are summed. So the length said in the
 * routine's intro can never drift from the routine itself. Computed once per
 * routine, on first use.
 */
export function measureRoutines(
  content: Content,
  engine: RoutineEngine,
  compose: (turn: Turn) => Speech,
): (routineId: string) => number | null {
  const lengths = new Map<string, number>();
  const context: EngineContext = {
    firstUse: false,
    suggestedRoutine: '',
    familiar: [],
    resumable: null,
    now: '2026-01-01T00:00:00.000Z',
    newRunId: 'measure',
    painCheckins: false,
    sessionsToday: 0,
    interrupted: false,
    personalPlan: null,
    hasReminders: false,
  };
  return (routineId) => {
    const known = lengths.get(routineId);
    if (known !== undefined) return known;
    if (!content.routine(routineId)) return null;
    let turn = engine.apply(IDLE, { type: 'start-routine', routine: { kind: 'match', id: routineId } }, context);
    let total = durationMs(compose(turn).speech);
    for (let i = 0; i < MAX_TURNS && turn.prompt && turn.state.plan; i += 1) {
      turn = engine.apply(turn.state, { type: 'next' }, context);
      total += durationMs(compose(turn).speech);
    }
    lengths.set(routineId, total);
    return total;
  };
}

/** The composer the skill speaks with: routine intros state a length measured from the routine's own timeline. */
export function createMeasuredComposer(content: Content, engine: RoutineEngine, catalogue: Catalogue): (turn: Turn) => Speech {
  return createComposer(content, catalogue, { routineMs: measureRoutines(content, engine, createComposer(content, catalogue)) });
}
