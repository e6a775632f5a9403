import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Who holds a data folder: this process, or another simulator still running. */
export type DataClaim = { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly heldBy: number };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims a data folder for this simulator. The local database (dynalite on
 * LevelDB) allows one process per folder and fails obscurely on the second
 * one's first request, so a second simulator is stopped here with a clear
 * message instead. A claim left by a process that is gone is taken over.
 */
export function claimDataDir(dir: string): DataClaim {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'simulator.pid');
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lock, 'utf8').trim());
  } catch {
    // No claim yet.
  }
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) return { ok: false, heldBy: holder };
  writeFileSync(lock, String(process.pid));
  return { ok: true, release: () => rmSync(lock, { force: true }) };
}
