import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalDynamo } from '../../tests/support/dynamodb-local';

/** When storage was out of reach, in ms since the run began; `up` is when it answered again. */
export interface OutageWindow {
  /** The stop was asked for. */
  readonly down: number;
  /** The server process had exited. */
  readonly stopped: number;
  /** The start was asked for. */
  readonly restarting: number;
  /** The restarted server answered a request. */
  readonly up: number;
}

/** A scheduled stop and start of DynamoDB Local, observable by the users. */
export interface Outage {
  /** True from the moment the stop is asked for until the restarted server answers. */
  isDown(): boolean;
  /** Settles once storage is up again (at once when it is up). */
  whenUp(): Promise<void>;
  /** The window, once the outage is over; null before, or when there was none. */
  window(): OutageWindow | null;
  /** Settles when the outage is over (or was cancelled before it began); rejects if the restart failed. */
  readonly done: Promise<void>;
  /** Cancels an outage that has not begun yet. */
  cancel(): void;
  /** Gives up on the outage: it does not begin, or the server is not started again (for a run that is stopping). */
  abandon(): void;
}

/**
 * Schedules one outage: `afterMs` after `startedAt` (a `performance.now()`
 * reading), DynamoDB Local is stopped, kept down for `seconds`, then started
 * again on the same port with the same data path. `seconds` 0 means none.
 */
export function scheduleOutage(local: LocalDynamo, startedAt: number, afterMs: number, seconds: number): Outage {
  let down = false;
  let cancelled = false;
  let abandoned = false;
  let window: OutageWindow | null = null;
  let waiters: (() => void)[] = [];
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
    const downAt = since();
    try {
      await local.stop();
      const stopped = since();
      await sleep(seconds * 1000);
      if (abandoned) return;
      const restarting = since();
      await local.start();
      window = { down: downAt, stopped, restarting, up: since() };
    } finally {
      down = false;
      const release = waiters;
      waiters = [];
      release.forEach((resolve) => resolve());
    }
  };

  return {
    isDown: () => down,
    whenUp: () => (down ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
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
