import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { EN } from '../../lambda/speech/catalogues/en';
import { percentile } from '../bench/stats';
import type { LoadOptions } from './options';
import type { OutageWindow } from './outage';
import type { TurnSample, UserRun } from './simulated-user';
import type { RecordCheck } from './verify';

/** Turn latencies in ms. */
export interface LatencyStats {
  readonly count: number;
  readonly p50: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

/** Everything `npm run load` found, as written to the results file. */
export interface LoadResults {
  readonly when: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly platform: string;
  };
  readonly options: LoadOptions;
  readonly passed: boolean;
  readonly timedOut: boolean;
  readonly wallMs: number;
  readonly usersMs: number | null;
  readonly users: { readonly started: number; readonly finished: number; readonly waitedForStorage: number };
  readonly turns: number;
  /** `recovering`: the outside-outage turns that started in the first {@link RECOVERY_MS} after storage was back. */
  readonly latencyMs: Readonly<Record<'overall' | 'duringOutage' | 'outsideOutage' | 'recovering', LatencyStats>>;
  readonly outage: OutageWindow | null;
  /** How the outage met the sessions: users it caught mid-session, and the fewest turns any of them had once storage was back. */
  readonly outageCoverage: { readonly usersCaught: number; readonly minTurnsAfterBack: number | null; readonly endedWhileDown: number };
  /** The SDK's "request exceeded requestTimeout" warnings, counted instead of printed. */
  readonly sdkWarnings: number;
  readonly storageNotes: { readonly save: number; readonly load: number };
  readonly errors: { readonly count: number; readonly samples: readonly { user: number; turn: number; request: string; error: string }[] };
  readonly lostRecords: { readonly count: number; readonly samples: readonly unknown[] };
  readonly records: { readonly checked: number; readonly reordered: number; readonly activeLeft: number } | null;
  readonly logEvents: Readonly<Record<string, number>>;
  readonly problems: readonly string[];
  /** Turns started in each second of the run, with their latency. */
  readonly timeline: readonly {
    readonly second: number;
    readonly turns: number;
    readonly p50: number | null;
    readonly max: number | null;
  }[];
}

/** Per second of the run: how many turns started, and how long they took. */
function timelineOf(turns: readonly TurnSample[]): LoadResults['timeline'] {
  const seconds: number[][] = [];
  for (const turn of turns) (seconds[Math.floor(turn.start / 1000)] ??= []).push(turn.end - turn.start);
  return Array.from(seconds, (ms = [], second) => {
    const { p50, max } = latencyStats(ms);
    return { second, turns: ms.length, p50, max };
  });
}

/** Nearest-rank percentile statistics of `values` (the bench's own {@link percentile}), in whole ms; null when there are none. */
export function latencyStats(values: readonly number[]): LatencyStats {
  const rank = (p: number): number | null => (values.length === 0 ? null : Math.round(percentile(values, p)));
  return { count: values.length, p50: rank(50), p99: rank(99), max: rank(100) };
}

/** How long after the outage its turns are also reported apart, while the restarted server warms up and the backlog is written. */
export const RECOVERY_MS = 5000;

/** True when the turn overlapped the time storage was down. */
const overlaps = (turn: TurnSample, outage: OutageWindow | null): boolean =>
  outage !== null && turn.start < outage.up && turn.end > outage.down;

/** What the run produced, before it is summarised. */
export interface RunFacts {
  readonly options: LoadOptions;
  readonly runs: readonly UserRun[];
  /** From the first request until the last user finished; null when they never all did. */
  readonly usersMs: number | null;
  readonly outage: OutageWindow | null;
  readonly check: RecordCheck | null;
  readonly logEvents: Readonly<Record<string, number>>;
  readonly waitedForStorage: number;
  readonly sdkWarnings: number;
  readonly wallMs: number;
  readonly timedOut: boolean;
  readonly problems: readonly string[];
}

/** Builds the results from what happened; it passes only with zero errors, zero lost records, and nothing else wrong. */
export function buildResults(facts: RunFacts): LoadResults {
  const turns = facts.runs.flatMap((run) => run.turns);
  const ms = (list: readonly TurnSample[]): number[] => list.map((turn) => turn.end - turn.start);
  const errors = facts.runs.flatMap((run) =>
    run.turns.flatMap((turn, i) => (turn.error ? [{ user: run.index, turn: i + 1, request: turn.request, error: turn.error }] : [])),
  );
  const notes = (note: string): number => turns.filter((turn) => turn.text.includes(note)).length;
  const lost = facts.check?.lost ?? [];
  const problems = [...facts.problems];
  const unfinished = facts.runs.filter((run) => !run.ended).length + Math.max(0, facts.options.users - facts.runs.length);
  if (unfinished > 0) problems.push(`${unfinished} users did not reach the end of their session`);
  if (facts.options.outageSeconds > 0 && !facts.outage) problems.push('the outage did not happen');
  if (facts.outage && !turns.some((turn) => overlaps(turn, facts.outage))) problems.push('no turn ran during the outage');
  if (!facts.check) problems.push('stored records were not checked');
  const o = facts.outage;
  const caught = o ? facts.runs.filter((run) => run.turns.some((turn) => overlaps(turn, o))) : [];
  const afterBack = caught.map((run) => run.turns.filter((turn) => o !== null && turn.start >= o.up).length);
  const endedWhileDown = caught.filter((run) => o !== null && (run.turns.at(-1)?.start ?? 0) < o.up).length;
  if (endedWhileDown > 0)
    problems.push(`${endedWhileDown} sessions ended before storage was back, so the outage was not survivable by design`);
  return {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    options: facts.options,
    passed: errors.length === 0 && lost.length === 0 && problems.length === 0 && !facts.timedOut,
    timedOut: facts.timedOut,
    wallMs: Math.round(facts.wallMs),
    usersMs: facts.usersMs === null ? null : Math.round(facts.usersMs),
    users: {
      started: facts.options.users,
      finished: facts.runs.filter((run) => run.ended).length,
      waitedForStorage: facts.waitedForStorage,
    },
    turns: turns.length,
    latencyMs: {
      overall: latencyStats(ms(turns)),
      duringOutage: latencyStats(ms(turns.filter((turn) => overlaps(turn, facts.outage)))),
      outsideOutage: latencyStats(ms(turns.filter((turn) => !overlaps(turn, facts.outage)))),
      recovering: latencyStats(
        ms(turns.filter((turn) => o && !overlaps(turn, o) && turn.start >= o.up && turn.start < o.up + RECOVERY_MS)),
      ),
    },
    outage: facts.outage,
    outageCoverage: {
      usersCaught: caught.length,
      minTurnsAfterBack: afterBack.length ? Math.min(...afterBack) : null,
      endedWhileDown,
    },
    sdkWarnings: facts.sdkWarnings,
    storageNotes: { save: notes(EN.storageSaveNote), load: notes(EN.storageLoadNote) },
    errors: { count: errors.length, samples: errors.slice(0, 20) },
    lostRecords: { count: lost.length, samples: lost.slice(0, 20) },
    records: facts.check ? { checked: facts.check.checked, reordered: facts.check.reordered, activeLeft: facts.check.activeLeft } : null,
    logEvents: facts.logEvents,
    problems,
    timeline: timelineOf(turns),
  };
}

const fmt = (stats: LatencyStats): string =>
  stats.count === 0 ? 'no turns' : `p50 ${stats.p50} ms, p99 ${stats.p99} ms, max ${stats.max} ms (${stats.count} turns)`;

/** The human summary printed at the end of the run. */
export function summaryLines(results: LoadResults): string[] {
  const o = results.outage;
  return [
    `load: ${results.users.started} users at once, ${results.turns} turns in ${results.usersMs === null ? '?' : (results.usersMs / 1000).toFixed(1)} s; wall ${(results.wallMs / 1000).toFixed(1)} s with setup and checks`,
    o
      ? `outage: down at ${(o.down / 1000).toFixed(1)} s, back at ${(o.up / 1000).toFixed(1)} s (${((o.up - o.down) / 1000).toFixed(1)} s unreachable)`
      : 'outage: none',
    `outage met ${results.outageCoverage.usersCaught} users mid-session; each had at least ${results.outageCoverage.minTurnsAfterBack ?? '-'} turns once storage was back`,
    `turn latency, overall:        ${fmt(results.latencyMs.overall)}`,
    `turn latency, during outage:  ${fmt(results.latencyMs.duringOutage)}`,
    `turn latency, outside outage: ${fmt(results.latencyMs.outsideOutage)}`,
    `  of which the first ${RECOVERY_MS / 1000} s after storage was back: ${fmt(results.latencyMs.recovering)}`,
    `storage notes spoken: ${results.storageNotes.save} save, ${results.storageNotes.load} load; users held at the last side until storage was back: ${results.users.waitedForStorage}`,
    `error responses: ${results.errors.count}`,
    `lost session records: ${results.lostRecords.count}` +
      (results.records
        ? ` (of ${results.records.checked} checked; ${results.records.reordered} reordered, ${results.records.activeLeft} resume points left)`
        : ''),
    `SDK requestTimeout warnings: ${results.sdkWarnings}`,
    `log events: ${
      Object.entries(results.logEvents)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ') || 'none'
    }`,
    ...results.problems.map((problem) => `problem: ${problem}`),
    ...results.errors.samples.slice(0, 5).map((e) => `  error: user ${e.user}, turn ${e.turn} (${e.request}): ${e.error}`),
    ...results.lostRecords.samples.slice(0, 5).map((l) => `  lost: ${JSON.stringify(l)}`),
    results.timedOut ? 'TIMED OUT' : results.passed ? 'PASS' : 'FAIL',
  ];
}

/** Writes the results as JSON, creating the folder if needed. */
export function writeResults(path: string, results: LoadResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
