import { AsyncLocalStorage } from 'node:async_hooks';

/** DynamoDB requests by command name (`QueryCommand`, `PutCommand`, ...), every attempt counted. */
export type RequestTally = Record<string, number>;

const current = new AsyncLocalStorage<RequestTally>();

/**
 * Runs `work` so that every request it sends counts in `tally`, whichever
 * handler sends it, and also when it is sent after `work` has settled (a save
 * that outlives its turn's storage budget).
 */
export function countingInto<T>(tally: RequestTally, work: () => Promise<T>): Promise<T> {
  return current.run(tally, work);
}

/** Counts one request of `command` in the tally of the work that sent it; false when no tally is open (set-up, checks). */
export function countRequest(command: string): boolean {
  const tally = current.getStore();
  if (!tally) return false;
  tally[command] = (tally[command] ?? 0) + 1;
  return true;
}
