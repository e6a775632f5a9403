import * as z from '../zod';
import { NEW_PROFILE, runRecordSchema, type Profile, type RunRecord } from '../domain/progress';
import { resumePointSchema, type ResumePoint, type Run } from '../domain/routine-state';
import type { SavedActive } from './progress-repository';

/**
 * Sort keys of the single table's item types. The previous layout also had an
 * `ACTIVE` item per user; it is no longer read or written, and expires by its TTL.
 */
export const SORT_KEYS = { profile: 'PROFILE', sessionPrefix: 'SESSION#' } as const;

/** The table's TTL attribute: epoch seconds after which DynamoDB deletes the item. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** An unfinished run is offered for this long after the profile last pointed at it, then forgotten. */
export const RESUME_DAYS = 3;
/** History is kept a little over a year, long enough to compare a week with the same week last year. */
export const SESSION_TTL_DAYS = 400;

/** Profile counts are top-level attributes named `times:<stretchId>`, so ADD can bump each one atomically. */
export const TIMES_PREFIX = 'times:';

/** The profile attribute that names the unfinished run. */
export const POINTER_ATTRIBUTE = 'activeRun';

/**
 * The profile attribute logging recent sessions: a String Set, so a session is
 * added with ADD (the same entry twice is one) and old ones pruned with DELETE.
 */
export const SESSION_LOG_ATTRIBUTE = 'recentSessions';

const DAY_MS = 86_400_000;

const epochSeconds = (date: Date, plusDays: number): number => Math.floor(date.getTime() / 1000) + plusDays * 86_400;

/** The profile's pointer at the unfinished run: enough to build its item's key, and when it was set. */
const pointerSchema = z.object({ runId: z.string().check(z.minLength(1)), startedAt: z.iso.datetime(), savedAt: z.iso.datetime() });

/** The profile's pointer at the unfinished run. */
export type RunPointer = z.infer<typeof pointerSchema>;

const profileItemSchema = z.looseObject({
  pk: z.string(),
  sk: z.literal(SORT_KEYS.profile),
  version: z.optional(z.int()),
  disclaimerHeard: z.optional(z.boolean()),
  favouriteRoutine: z.optional(z.nullable(z.string())),
  timeZone: z.optional(z.nullable(z.string())),
  painCheckins: z.optional(z.boolean()),
  reminderTokens: z.optional(z.array(z.string())),
});

// Items written before the resume point moved into them have neither `point` nor `recordVersion`.
const sessionItemSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  version: z.int(),
  recordVersion: z.optional(z.int()),
  record: runRecordSchema,
  point: z.optional(z.unknown()),
});

/** A run's item as stored: its record, where to resume it (null once it is over), and its versions. */
export interface StoredRun {
  readonly record: RunRecord;
  readonly point: ResumePoint | null;
  /** The item's version, which the next conditional write expects. */
  readonly version: number;
  /** The place of the item's last save in the run's sequence of saves: the higher one holds the newer position. */
  readonly recordVersion: number;
}

/** The sort key of a run's item: ordered by start time, so a week is one `BETWEEN` query. */
export function sessionSortKey(startedAt: string, runId: string): string {
  return `${SORT_KEYS.sessionPrefix}${startedAt}#${runId}`;
}

/**
 * The sort keys bounding the history of runs started in [fromIso, toIso), for
 * a `BETWEEN`: a run started exactly at `toIso` sorts after the upper bound,
 * since its key goes on with the run id.
 */
export function sessionKeyRange(fromIso: string, toIso: string): { from: string; to: string } {
  // Stored start times are toISOString() text; normalise the bounds so "...:00Z" and "...:00.000Z" mean the same.
  return { from: sessionSortKey(new Date(fromIso).toISOString(), ''), to: sessionSortKey(new Date(toIso).toISOString(), '') };
}

/** The item of a run: its history record, its resume point while it has one, and its versions. */
export function sessionItem(
  pk: string,
  save: { record: RunRecord; point: ResumePoint | null },
  version: number,
  recordVersion: number,
  now: Date,
): Record<string, unknown> {
  return {
    pk,
    sk: sessionSortKey(save.record.run.startedAt, save.record.run.id),
    version,
    recordVersion,
    record: save.record,
    ...(save.point ? { point: save.point } : {}),
    updatedAt: now.toISOString(),
    [TTL_ATTRIBUTE]: epochSeconds(new Date(save.record.run.startedAt), SESSION_TTL_DAYS),
  };
}

/** The pointer the profile holds for a run, set now. */
export function pointerTo(run: Run, now: Date): RunPointer {
  return { runId: run.id, startedAt: run.startedAt, savedAt: now.toISOString() };
}

/** Reads a PROFILE item; missing fields take a new user's defaults. */
export function parseProfile(item: unknown): Profile {
  const parsed = profileItemSchema.safeParse(item);
  // A copy, so a caller changing the profile it loaded cannot change every new user's.
  if (!parsed.success) return { ...NEW_PROFILE, timesDone: {}, recentSessions: [] };
  const timesDone: Record<string, number> = {};
  for (const [name, value] of Object.entries(parsed.data)) {
    if (name.startsWith(TIMES_PREFIX) && typeof value === 'number') timesDone[name.slice(TIMES_PREFIX.length)] = value;
  }
  return {
    disclaimerHeard: parsed.data.disclaimerHeard ?? false,
    favouriteRoutine: parsed.data.favouriteRoutine ?? null,
    timesDone,
    timeZone: parsed.data.timeZone ?? null,
    painCheckins: parsed.data.painCheckins ?? false,
    plan: parsed.data.plan ?? null,
    reminderTokens: parsed.data.reminderTokens ?? [],
    recentSessions: sessionLogOf(parsed.data[SESSION_LOG_ATTRIBUTE]),
  };
}

/** The log of recent sessions as a sorted list; a profile written before the log has none, and anything but a set of strings is none. */
function sessionLogOf(value: unknown): string[] {
  if (!(value instanceof Set)) return [];
  return [...(value as Set<unknown>)].filter((entry): entry is string => typeof entry === 'string').sort();
}

/**
 * The profile's pointer at the unfinished run, while it is younger than
 * {@link RESUME_DAYS}; an older one names a run no longer offered, and a
 * malformed one is treated as none.
 */
export function freshPointer(item: unknown, now: Date): RunPointer | null {
  const parsed = pointerSchema.safeParse((item as Record<string, unknown> | undefined)?.[POINTER_ATTRIBUTE]);
  if (!parsed.success) return null;
  return now.getTime() - new Date(parsed.data.savedAt).getTime() < RESUME_DAYS * DAY_MS ? parsed.data : null;
}

/** Reads a run's item; a malformed one is treated as missing, and a malformed resume point as none. */
export function parseRun(item: unknown): StoredRun | null {
  const parsed = sessionItemSchema.safeParse(item);
  if (!parsed.success) return null;
  const point = resumePointSchema.safeParse(parsed.data.point);
  return {
    record: parsed.data.record,
    point: point.success ? point.data : null,
    version: parsed.data.version,
    recordVersion: parsed.data.recordVersion ?? parsed.data.version,
  };
}

/**
 * Reads a run's item as history. A run with no finished side is only a place
 * to resume (the user was still getting into position), not history, so it is skipped;
 * malformed items are skipped rather than failing a whole summary.
 */
export function parseSession(item: unknown): RunRecord | null {
  const record = parseRun(item)?.record;
  return record && record.done.length > 0 ? record : null;
}

/** The run a pointer names, as offered for resuming: only while it is unfinished and holds a resume point of that run. */
export function resumableRun(stored: StoredRun | null, runId: string): SavedActive | null {
  if (!stored?.point || stored.record.completed || stored.point.run.id !== runId) return null;
  return { point: stored.point, version: stored.version, recordVersion: stored.recordVersion };
}
