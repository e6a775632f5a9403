import * as z from '../zod';
import type { Content } from '../domain/content';
import { personalPlanSchema } from '../domain/plan-builder';
import { profileSchema, runRecordSchema } from '../domain/progress';
import { checkState, IDLE, resumePointSchema, runSchema, type RoutineState } from '../domain/routine-state';

/** Bumped when the shape changes, so attributes from an older deploy restart cleanly. */
const SESSION_VERSION = 3;

/** A save of a run's item not made yet: its record and resume point, the item version it expects, and its place among the run's saves. */
const runToSave = z.object({
  record: runRecordSchema,
  point: z.nullable(resumePointSchema),
  expected: z.nullable(z.int().check(z.gte(1))),
  recordVersion: z.int().check(z.gte(1)),
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
  run: z.nullable(z.object({ id: z.string(), version: z.nullable(z.int().check(z.gte(1))), recordVersion: z.int().check(z.gte(0)) })),
  /** Fingerprint of the run's item as last saved. */
  savedProgress: z.nullable(z.string()),
  /** Saves of runs' items not made yet. */
  unsavedRuns: z.array(runToSave).check(z.maxLength(20)),
  unsavedProfile: z.object({
    disclaimerHeard: z.optional(z.boolean()),
    favouriteRoutine: z.optional(z.string()),
    timeZone: z.optional(z.string()),
    painCheckins: z.optional(z.boolean()),
    plan: z.optional(personalPlanSchema),
    reminderTokens: z.optional(z.array(z.string())),
  }),
  /** The run the profile's pointer names, as far as this session knows (null when none, or when the read failed). */
  pointer: z.nullable(z.string()),
  /** The unfinished run with a saved item, which the pointer should name; null when no run is left to resume. */
  openRun: z.nullable(runSchema),
  /** Stretches done in this session, counted into the profile when it ends. */
  practised: z.array(z.string()),
  /**
   * Log entries of this session's runs that became sessions, added to the profile's log when the session ends. The
   * profile above already lists them, so today's count is right mid-session; a default, so attributes from before still parse.
   */
  unsavedSessions: z._default(z.array(z.string()), []),
  /** The one spoken note about storage trouble has been given. */
  noted: z.boolean(),
  /** This session's id for counting stretches into the profile exactly once. */
  sessionToken: z.string().check(z.minLength(1), z.maxLength(64)),
});

/** Storage bookkeeping for one session. */
export type SyncState = z.infer<typeof syncSchema>;

/** Profile changes not yet saved. */
export type UnsavedProfile = SyncState['unsavedProfile'];

/** When the last response was sent and how long its audio plays, to tell a request said over it from one after it. */
const answeredSchema = z.object({ at: z.iso.datetime(), audioMs: z.int().check(z.gte(0), z.lte(600_000)) });

/** The last response's send time and playing time. */
export type Answered = z.infer<typeof answeredSchema>;

const sessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  routine: z.unknown(),
  sync: z.optional(z.unknown()),
  answered: z.optional(z.unknown()),
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
