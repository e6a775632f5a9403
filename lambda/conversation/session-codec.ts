import { z, type Infer } from '../zod';
import type { Content } from '../domain/content';
import { profileSchema, runRecordSchema } from '../domain/progress';
import { checkState, IDLE, resumePointSchema, runSchema, type RoutineState } from '../domain/routine-state';

/** Bumped when the shape changes, so attributes from an older deploy restart cleanly. */
const SESSION_VERSION = 3;

/** A save of a run's item not made yet: its record and resume point, the item version it expects, and its place among the run's saves. */
const runToSave = z.object({
  record: runRecordSchema,
  point: resumePointSchema.nullable(),
  expected: z.number().int().min(1).nullable(),
  recordVersion: z.number().int().min(1),
});

/**
 * What this session knows about storage, carried in session attributes:
 * what was loaded at the start, the versions that guard the next writes,
 * what was last saved, and whatever could not be saved yet.
 */
export const syncSchema = z.object({
  /** The start-of-session read succeeded. */
  loaded: z.boolean(),
  profile: profileSchema,
  /**
   * The run whose item this session last saved or loaded: the item's version, which its next save
   * expects (null before its first save), and how many saves of the run there have been.
   */
  run: z.object({ id: z.string(), version: z.number().int().min(1).nullable(), recordVersion: z.number().int().min(0) }).nullable(),
  /** Fingerprint of the run's item as last saved. */
  savedProgress: z.string().nullable(),
  /** Saves of runs' items not made yet. */
  unsavedRuns: z.array(runToSave).max(20),
  unsavedProfile: z.object({
    disclaimerHeard: z.boolean().optional(),
    favouriteRoutine: z.string().optional(),
    timeZone: z.string().optional(),
    painCheckins: z.boolean().optional(),
  }),
  /** The run the profile's pointer names, as far as this session knows (null when none, or when the read failed). */
  pointer: z.string().nullable(),
  /** The unfinished run with a saved item, which the pointer should name; null when no run is left to resume. */
  openRun: runSchema.nullable(),
  /** Stretches done in this session, counted into the profile when it ends. */
  practised: z.array(z.string()),
  /**
   * Log entries of this session's runs that became sessions, added to the profile's log when the session ends. The
   * profile above already lists them, so today's count is right mid-session; a default, so attributes from before still parse.
   */
  unsavedSessions: z.array(z.string()).default([]),
  /** The one spoken note about storage trouble has been given. */
  noted: z.boolean(),
  /** This session's id for counting stretches into the profile exactly once. */
  sessionToken: z.string().min(1).max(64),
});

/** Storage bookkeeping for one session. */
export type SyncState = Infer<typeof syncSchema>;

/** Profile changes not yet saved. */
export type UnsavedProfile = SyncState['unsavedProfile'];

/** When the last response was sent and how long its audio plays, to tell a request said over it from one after it. */
const answeredSchema = z.object({ at: z.string().datetime(), audioMs: z.number().int().min(0).max(600_000) });

/** The last response's send time and playing time. */
export type Answered = Infer<typeof answeredSchema>;

const sessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  routine: z.unknown(),
  sync: z.unknown().optional(),
  answered: z.unknown().optional(),
});

/**
 * What a turn starts from: the engine state, whether the stored attributes
 * had to be thrown away, and the storage bookkeeping (null at the start of a
 * session, or when it did not parse, so it is read again from the table).
 */
export interface SessionRead {
  readonly state: RoutineState;
  readonly tampered: boolean;
  readonly sync: SyncState | null;
  /** The last response, or null when it is not known. */
  readonly answered: Answered | null;
}

/**
 * Reads session attributes. Empty attributes are a fresh session; anything
 * that does not parse, or that points at content no longer there, is treated
 * as tampered or stale and restarts from idle.
 */
export function readSession(attributes: unknown, content: Content): SessionRead {
  const empty = attributes === undefined || attributes === null || (typeof attributes === 'object' && Object.keys(attributes).length === 0);
  if (empty) return { state: IDLE, tampered: false, sync: null, answered: null };
  const parsed = sessionSchema.safeParse(attributes);
  const state = parsed.success ? checkState(parsed.data.routine, content) : null;
  const sync = parsed.success ? syncSchema.safeParse(parsed.data.sync) : null;
  const answered = parsed.success ? answeredSchema.safeParse(parsed.data.answered) : null;
  const kept = { sync: sync?.success ? sync.data : null, answered: answered?.success ? answered.data : null };
  return state ? { state, tampered: false, ...kept } : { state: IDLE, tampered: true, ...kept };
}

/** The session attributes that carry the state, the storage bookkeeping and the last response's timing to the next turn. */
export function writeSession(state: RoutineState, sync: SyncState, answered: Answered): Record<string, unknown> {
  return { v: SESSION_VERSION, routine: state, sync, answered };
}
