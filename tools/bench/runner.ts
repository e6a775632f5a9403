/**
 * The child-process side of the bench, bundled by build.ts and run with plain
 * `node` so no TypeScript loader sits in the measured process. It loads one
 * bench bundle and prints one line `BENCH <json>` on stdout:
 *
 * - `load`: only `require` the bundle (the module load time);
 * - `cold`: `require` it and answer one LaunchRequest, timed from process start;
 * - `warm`: play the warm loop many times and report per-turn latency by kind;
 * - `memory`: answer one whole routine from cold and report the peak RSS.
 */
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { newUserId } from '../../tests/support/envelopes';
import { resultLine } from './result-line';
import { converse, WARM_LOOP, WHOLE_ROUTINE, type BenchHandler, type TurnKind } from './script';
import { round, summarize, type Summary } from './stats';
import { KIB, mbNumber } from './units';

/** What the parent asks a runner to do. */
export interface RunnerTask {
  readonly mode: 'load' | 'cold' | 'warm' | 'memory';
  /** Absolute path of the bundle to load. */
  readonly bundle: string;
  /** Users to play; the warm loop cycles through them. A fresh user when empty. */
  readonly users?: readonly string[];
  /** Check the skill's session flow (the skill only; the floors never end a session). */
  readonly check?: boolean;
  readonly warmupLoops?: number;
  readonly loops?: number;
}

/** What a `cold` or `load` run reports, in ms since the process started (performance.timeOrigin). */
export interface ColdResult {
  /** Node's own start-up, up to the runner's first line. */
  readonly bootMs: number;
  /** `require` of the bundle: module load and initialisation. */
  readonly loadMs: number;
  /** CPU time (user + system, all threads) the `require` took: steadier than wall time on a busy host. */
  readonly loadCpuMs: number;
  /** The first LaunchRequest, from the end of the load to the response (0 for `load`). */
  readonly firstTurnMs: number;
  /** CPU time (user + system) of that first LaunchRequest: what Lambda's CPU share stretches, unlike waiting on I/O. */
  readonly firstTurnCpuMs: number;
  /** Process start to the response. */
  readonly totalMs: number;
  readonly maxRssMb: number;
}

/** What a `warm` run reports: latency by turn kind and over every turn, CPU per turn, and the garbage collections during the measured turns. */
export interface WarmResult {
  readonly turns: Partial<Record<TurnKind, Summary>>;
  /** Every measured turn of the loop together, whatever its kind: what a user's turns are like in a routine. */
  readonly allTurns: Summary;
  /** Mean CPU time (user + system) per turn over the whole loop, in ms. */
  readonly cpuPerTurnMs: number;
  readonly gc: { readonly count: number; readonly totalMs: number; readonly maxMs: number };
}

/** What a `memory` run reports. */
export interface MemoryResult {
  /** The process's peak resident set size (getrusage ru_maxrss). */
  readonly maxRssMb: number;
  /** The largest RSS and heap seen after each turn. */
  readonly rssAfterTurnsMb: readonly number[];
  readonly maxHeapUsedMb: number;
}

const bootMs = performance.now();

/** The process's peak RSS so far in MB; getrusage reports ru_maxrss in KiB. */
const peakRssMb = (): number => mbNumber(process.resourceUsage().maxRSS * KIB);

function load(bundle: string): BenchHandler {
  const loaded = createRequire(__filename)(bundle) as { handler?: BenchHandler };
  if (typeof loaded.handler !== 'function') throw new Error(`${bundle} exports no handler`);
  return loaded.handler;
}

async function run(task: RunnerTask): Promise<unknown> {
  const users = task.users?.length ? task.users : [newUserId()];
  const user = (i: number): string => users[i % users.length] ?? newUserId();
  const loadStart = performance.now();
  const cpuBefore = process.cpuUsage();
  const handler = load(task.bundle);
  const loaded = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  if (task.mode === 'load' || task.mode === 'cold') {
    let firstTurnCpuMs = 0;
    if (task.mode === 'cold') {
      await converse(handler, user(0), ['launch'], {
        ...(task.check ? { check: { endsSession: false } } : {}),
        onTurn: (_kind, _index, _ms, cpuMs) => (firstTurnCpuMs = cpuMs),
      });
    }
    const done = performance.now();
    const result: ColdResult = {
      bootMs: round(bootMs),
      loadMs: round(loaded - loadStart),
      loadCpuMs: round((cpu.user + cpu.system) / 1000),
      firstTurnMs: round(done - loaded),
      firstTurnCpuMs: round(firstTurnCpuMs),
      totalMs: round(done),
      maxRssMb: peakRssMb(),
    };
    return result;
  }
  if (task.mode === 'memory') {
    const rss: number[] = [];
    let heap = 0;
    await converse(handler, user(0), WHOLE_ROUTINE, {
      ...(task.check ? { check: { endsSession: true } } : {}),
      onTurn: () => {
        const usage = process.memoryUsage();
        rss.push(mbNumber(usage.rss));
        heap = Math.max(heap, usage.heapUsed);
      },
    });
    const result: MemoryResult = { maxRssMb: peakRssMb(), rssAfterTurnsMb: rss, maxHeapUsedMb: mbNumber(heap) };
    return result;
  }
  const samples: Partial<Record<TurnKind, number[]>> = {};
  const all: number[] = [];
  let cpuTotal = 0;
  const loops = task.loops ?? 250;
  const warmupLoops = task.warmupLoops ?? 30;
  const pauses: number[] = [];
  let measuredFrom = Number.POSITIVE_INFINITY;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= measuredFrom) pauses.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < warmupLoops + loops; i += 1) {
    const measured = i >= warmupLoops;
    if (measured && measuredFrom === Number.POSITIVE_INFINITY) measuredFrom = performance.now();
    await converse(handler, user(i), WARM_LOOP, {
      ...(task.check ? { check: { endsSession: true } } : {}),
      onTurn: (kind, _index, ms, cpuMs) => {
        if (!measured) return;
        (samples[kind] ??= []).push(ms);
        all.push(ms);
        cpuTotal += cpuMs;
      },
    });
  }
  // GC entries reach the observer only once the event loop turns; turns without I/O never let it.
  await sleep(100);
  observer.disconnect();
  const rounded = (values: readonly number[]): Summary => {
    const s = summarize(values);
    return {
      count: s.count,
      p50: round(s.p50, 3),
      p99: round(s.p99, 3),
      mean: round(s.mean, 3),
      min: round(s.min, 3),
      max: round(s.max, 3),
    };
  };
  const turns = Object.fromEntries(Object.entries(samples).map(([kind, values]) => [kind, rounded(values)]));
  const gc = { count: pauses.length, totalMs: round(pauses.reduce((a, b) => a + b, 0)), maxMs: round(Math.max(0, ...pauses)) };
  const result: WarmResult = { turns, allTurns: rounded(all), cpuPerTurnMs: round(cpuTotal / Math.max(1, all.length), 3), gc };
  return result;
}

run(JSON.parse(process.argv[2] ?? '{}') as RunnerTask).then(
  (result) => {
    process.stdout.write(resultLine(result), () => process.exit(0));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
