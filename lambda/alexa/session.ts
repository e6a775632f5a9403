import { z } from 'zod';
import type { Content } from '../domain/content';
import { checkState, IDLE, type RoutineState } from '../domain/routine-state';

/** Bumped when the shape changes, so attributes from an older deploy restart cleanly. */
const SESSION_VERSION = 1;

const sessionSchema = z.object({ v: z.literal(SESSION_VERSION), routine: z.unknown() });

/** What a turn starts from: the state, and whether the stored attributes had to be thrown away. */
export interface SessionRead {
  readonly state: RoutineState;
  readonly tampered: boolean;
}

/**
 * Reads session attributes. Empty attributes are a fresh session; anything
 * that does not parse, or that points at content no longer there, is treated
 * as tampered or stale and restarts from idle.
 */
export function readSession(attributes: unknown, content: Content): SessionRead {
  if (attributes === undefined || attributes === null) return { state: IDLE, tampered: false };
  if (typeof attributes === 'object' && Object.keys(attributes).length === 0) return { state: IDLE, tampered: false };
  const parsed = sessionSchema.safeParse(attributes);
  const state = parsed.success ? checkState(parsed.data.routine, content) : null;
  return state ? { state, tampered: false } : { state: IDLE, tampered: true };
}

/** The session attributes that carry `state` to the next turn. */
export function writeSession(state: RoutineState): Record<string, unknown> {
  return { v: SESSION_VERSION, routine: state };
}
