import { mergeDone, type RunRecord } from '../domain/progress';
import type { RunSave } from './progress-repository';
import type { StoredRun } from './stored-items';

/** A save of a run's item, with its place in the run's sequence of saves. */
export interface RunWrite extends RunSave {
  readonly recordVersion: number;
}

/** What a save of a run's item does after losing a race: write this instead, or keep what is stored at its version. */
export type RunOutcome = { readonly write: RunWrite } | { readonly keep: number };

const sameItem = (a: RunSave, b: RunSave): boolean =>
  JSON.stringify({ record: a.record, point: a.point }) === JSON.stringify({ record: b.record, point: b.point });

/**
 * Reconciles a save of a run's item that found `theirs` stored (null when
 * nothing readable is) instead of the version it expected: another device
 * on the same run, or a save of ours that arrived late. The records are
 * merged, so every side either finished is kept; the save with the higher
 * record version holds the newer position (on a tie, the one saving now,
 * since its device is in use), and that position also lists every finished
 * side. Both repositories resolve races through this, so they agree on what wins.
 */
export function runAfterLostRace(
  theirs: StoredRun | null,
  ours: RunWrite,
  merge: (stored: RunRecord, incoming: RunRecord) => RunRecord,
): RunOutcome {
  if (theirs === null) return { write: ours };
  const theirsNewer = theirs.recordVersion > ours.recordVersion;
  const newer = theirsNewer ? theirs : ours;
  const record = merge(theirs.record, ours.record);
  const point = newer.point && { ...newer.point, done: mergeDone(newer.point.done, record.done) };
  const write: RunWrite = { record, point, recordVersion: newer.recordVersion };
  // The newer save already holds everything of ours: writing would only bump the version.
  if (theirsNewer && sameItem(write, theirs)) return { keep: theirs.version };
  return { write };
}
