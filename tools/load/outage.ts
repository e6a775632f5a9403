import { setTimeout as sleep } from 'node:timers/promises';
import type { StorageGate } from './storage-gate';

/** When storage was out of reach, in ms since the run began. */
export interface OutageWindow {
  /** The gate closed: open connections dropped, new ones refused. */
  readonly down: number;
  /** The gate opened again. */
  readonly up: number;
}

/** A scheduled cut between the skill and DynamoDB Local, observable by the users. */
export interface Outage {
  /** True from the moment the outage is due (it may wait for {@link Outage.whileUp} work to end) until the gate opens again. */
  isDown(): boolean;
  /** Settles once storage is up again (at once when it is up). */
  whenUp(): Promise<void>;
  /**
   * Runs `work` once storage is up, and keeps the gate from closing until it
   * has settled: for a user's last turn, whose saves nothing could retry.
   */
  whileUp<T>(work: () => Promise<T>): Promise<T>;
  /** The window, once the outage is over; null before, or when there was none. */
  window(): OutageWindow | null;
  /** Settles when the outage is over (or was cancelled before it began); rejects if the gate could not open again. */
  readonly done: Promise<void>;
  /** Cancels an outage that has not begun yet. */
  cancel(): void;
  /** Gives up on the outage: it does not begin, or the gate is not opened again (for a run that is stopping). */
  abandon(): void;
}

/**
 * Schedules one outage: `afterMs` after `startedAt` (a `performance.now()`
 * reading), once no {@link Outage.whileUp} work is in flight, the gate
 * closes, and `seconds` later it opens again. `seconds` 0 means none.
 */
export function scheduleOutage(gate: StorageGate, startedAt: number, afterMs: number, seconds: number): Outage {
  let down = false;
  let cancelled = false;
  let abandoned = false;
  let window: OutageWindow | null = null;
  let waiters: (() => void)[] = [];
  let inFlight = 0;
  let drained: () => void = () => undefined;
  const since = (): number => performance.now() - startedAt;
  let wake: () => void = () => undefined;
  const begin = new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(resolve, afterMs).unref();
  });

  const run = async (): Promise<void> => {
    await begin;
    if (cancelled || seconds <= 0) return;
    down = true;
    try {
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      const downAt = since();
      await gate.close();
      await sleep(seconds * 1000);
      if (abandoned) return;
      await gate.open();
      window = { down: downAt, up: since() };
    } finally {
      down = false;
      const release = waiters;
      waiters = [];
      release.forEach((resolve) => resolve());
    }
  };

  const whenUp = (): Promise<void> => (down ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve());

  return {
    isDown: () => down,
    whenUp,
    whileUp: async (work) => {
      while (down) await whenUp();
      inFlight += 1;
      try {
        return await work();
      } finally {
        inFlight -= 1;
        if (inFlight === 0) drained();
      }
    },
    window: () => window,
    done: run(),
    cancel: () => {
      cancelled = true;
      wake();
    },
    abandon: () => {
      abandoned = true;
      cancelled = true;
      wake();
    },
  };
}
