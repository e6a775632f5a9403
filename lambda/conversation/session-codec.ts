import { z, type Infer } from '../zod';
import type { Content } from '../domain/content';
import { profileSchema, runRecordSchema } from '../domain/progress';
import { checkState, IDLE, type RoutineState } from '../domain/routine-state';

/** Bumped when the shape changes, so attributes from an older deploy restart cleanly. */
const SESSION_VERSION = 2;

const recordToSave = z.object({ record: runRecordSchema, version: z.number().int().min(1) });

/**
 * What this session knows about storage, carried in session attributes:
 * what was loaded at the start, the versions that guard the next writes,
 * what was last saved, and whatever could not be saved yet.
 */
export const syncSchema = z.object({
  /** The start-of-session read succeeded. */
  loaded: z.boolean(),
  profile: profileSchema,
  activeVersion: z.number().int().min(0).nullable(),
  /** Version of the current run's history record. */
  recordVersion: z.number().int().min(0),
  /** Fingerprint of the progress last saved. */
  savedProgress: z.string().nullable(),
  /** Records of runs that ended but are not saved yet. */
  unsavedRecords: z.array(recordToSave).max(20),
  unsavedProfile: z.object({
    disclaimerHeard: z.boolean().optional(),
    favouriteRoutine: z.string().optional(),
    timeZone: z.string().optional(),
    painCheckins: z.boolean().optional(),
  }),
  /** A run whose saved resume point should be forgotten. */
  forgetRun: z.string().nullable(),
  /** Stretches done in this session, counted into the profile when it ends. */
  practised: z.array(z.string()),
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
