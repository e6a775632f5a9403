import { z } from '../zod';
import { NEW_PROFILE, runRecordSchema, type Profile, type RunRecord } from '../domain/progress';
import { resumePointSchema, type ResumePoint } from '../domain/routine-state';

/** Sort keys of the single table's item types. */
export const SORT_KEYS = { profile: 'PROFILE', active: 'ACTIVE', sessionPrefix: 'SESSION#' } as const;

/** The table's TTL attribute: epoch seconds after which DynamoDB deletes the item. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** An unfinished run is offered for a few days, then forgotten. */
export const ACTIVE_TTL_DAYS = 3;
/** History is kept a little over a year, long enough to compare a week with the same week last year. */
export const SESSION_TTL_DAYS = 400;

/** Profile counts are top-level attributes named `times:<stretchId>`, so ADD can bump each one atomically. */
export const TIMES_PREFIX = 'times:';

const epochSeconds = (date: Date, plusDays: number): number => Math.floor(date.getTime() / 1000) + plusDays * 86_400;

const activeItemSchema = z.object({
  pk: z.string(),
  sk: z.literal(SORT_KEYS.active),
  version: z.number().int(),
  recordVersion: z.number().int(),
  point: resumePointSchema,
});

const profileItemSchema = z
  .object({
    pk: z.string(),
    sk: z.literal(SORT_KEYS.profile),
    version: z.number().int().optional(),
    disclaimerHeard: z.boolean().optional(),
    favouriteRoutine: z.string().nullable().optional(),
    timeZone: z.string().nullable().optional(),
    painCheckins: z.boolean().optional(),
  })
  .loose();

const sessionItemSchema = z.object({ pk: z.string(), sk: z.string(), version: z.number().int(), record: runRecordSchema });

/** The sort key of a run's history record: ordered by start time, so a week is one `BETWEEN` query. */
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

/** The ACTIVE item for a run. */
export function activeItem(pk: string, point: ResumePoint, version: number, recordVersion: number, now: Date): Record<string, unknown> {
  return {
    pk,
    sk: SORT_KEYS.active,
    version,
    recordVersion,
    runId: point.run.id,
    point,
    updatedAt: now.toISOString(),
    [TTL_ATTRIBUTE]: epochSeconds(now, ACTIVE_TTL_DAYS),
  };
}

/** The history item of a run. */
export function sessionItem(pk: string, record: RunRecord, version: number, now: Date): Record<string, unknown> {
  return {
    pk,
    sk: sessionSortKey(record.run.startedAt, record.run.id),
    version,
    record,
    updatedAt: now.toISOString(),
    [TTL_ATTRIBUTE]: epochSeconds(new Date(record.run.startedAt), SESSION_TTL_DAYS),
  };
}

/** Reads an ACTIVE item; anything malformed (an old shape, a hand edit) is treated as no saved run. */
export function parseActive(item: unknown): { point: ResumePoint; version: number; recordVersion: number } | null {
  const parsed = activeItemSchema.safeParse(item);
  return parsed.success ? { point: parsed.data.point, version: parsed.data.version, recordVersion: parsed.data.recordVersion } : null;
}

/** Reads a PROFILE item; missing fields take a new user's defaults. */
export function parseProfile(item: unknown): Profile {
  const parsed = profileItemSchema.safeParse(item);
  // A copy, so a caller changing the profile it loaded cannot change every new user's.
  if (!parsed.success) return { ...NEW_PROFILE, timesDone: {} };
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
  };
}

/** Reads a history item; malformed ones are skipped rather than failing a whole summary. */
export function parseSession(item: unknown): RunRecord | null {
  const parsed = sessionItemSchema.safeParse(item);
  return parsed.success ? parsed.data.record : null;
}
