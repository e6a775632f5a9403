import { z } from '../zod';
import type { Content } from '../domain/content';
import { checkState, IDLE, type RoutineState } from '../domain/routine-state';
import { syncSchema, type SyncState } from './save-plan';

/** Bumped when the shape changes, so attributes from an older deploy restart cleanly. */
const SESSION_VERSION = 2;

const sessionSchema = z.object({ v: z.literal(SESSION_VERSION), routine: z.unknown(), sync: z.unknown().optional() });

/**
 * What a turn starts from: the engine state, whether the stored attributes
 * had to be thrown away, and the storage bookkeeping (null at the start of a
 * session, or when it did not parse, so it is read again from the table).
 */
export interface SessionRead {
  readonly state: RoutineState;
  readonly tampered: boolean;
  readonly sync: SyncState | null;
}

/**
 * Reads session attributes. Empty attributes are a fresh session; anything
 * that does not parse, or that points at content no longer there, is treated
 * as tampered or stale and restarts from idle.
 */
export function readSession(attributes: unknown, content: Content): SessionRead {
  const empty = attributes === undefined || attributes === null || (typeof attributes === 'object' && Object.keys(attributes).length === 0);
  if (empty) return { state: IDLE, tampered: false, sync: null };
  const parsed = sessionSchema.safeParse(attributes);
  const state = parsed.success ? checkState(parsed.data.routine, content) : null;
  const sync = parsed.success ? syncSchema.safeParse(parsed.data.sync) : null;
  if (!state) return { state: IDLE, tampered: true, sync: sync?.success ? sync.data : null };
  return { state, tampered: false, sync: sync?.success ? sync.data : null };
}

/** The session attributes that carry the state and the storage bookkeeping to the next turn. */
export function writeSession(state: RoutineState, sync: SyncState): Record<string, unknown> {
  return { v: SESSION_VERSION, routine: state, sync };
}
