import { mergeDone, type RunRecord } from '../domain/progress';
import type { ResumePoint } from '../domain/routine-state';
import type { SavedActive } from './progress-repository';

/** A save of the unfinished run: the point and the record version it carries. */
export interface ActiveWrite {
  readonly point: ResumePoint;
  readonly recordVersion: number;
}

/** What a save of the unfinished run does after losing a race: write this instead, or keep what is stored at its version. */
export type ActiveOutcome = { readonly write: ActiveWrite } | { readonly keep: number };

/**
 * Reconciles a save of the unfinished run that found `theirs` stored (null
 * when nothing readable is) instead of the version it expected. For the same
 * run the save with the higher record version is the newer one, and finished
 * steps of both are kept; a different run is replaced, since the device
 * saving now is the one in use. Both repositories resolve races through this,
 * so they agree on what wins.
 */
export function activeAfterLostRace(theirs: SavedActive | null, ours: ActiveWrite): ActiveOutcome {
  if (theirs === null || theirs.point.run.id !== ours.point.run.id) {
    return { write: { point: ours.point, recordVersion: Math.max(ours.recordVersion, theirs?.recordVersion ?? 0) } };
  }
  const theirsNewer = theirs.recordVersion > ours.recordVersion;
  const [newer, older] = theirsNewer ? [theirs, ours] : [ours, theirs];
  const done = mergeDone(newer.point.done, older.point.done);
  // The newer save already holds every step of ours: writing would only bump the version.
  if (theirsNewer && done.length === theirs.point.done.length) return { keep: theirs.version };
  return { write: { point: { ...newer.point, done }, recordVersion: newer.recordVersion } };
}

/**
 * Reconciles a run record's save that found one with the same or a higher
 * version stored (another device on the same run, or a late write): the two
 * merged, so the record keeps every side either finished. Null when there is
 * nothing to write: the merge changes nothing, or nothing readable is stored.
 */
export function recordAfterLostRace(
  stored: RunRecord | null,
  incoming: RunRecord,
  merge: (stored: RunRecord, incoming: RunRecord) => RunRecord,
): RunRecord | null {
  if (!stored) return null;
  const merged = merge(stored, incoming);
  return JSON.stringify(merged) === JSON.stringify(stored) ? null : merged;
}
