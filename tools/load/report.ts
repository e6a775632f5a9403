import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { EN } from '../../lambda/speech/catalogues/en';
import { LOCAL_ONLY_COMMANDS } from '../bench/metering';
import { percentile } from '../bench/stats';
import type { MemoryPeaks } from './memory';
import { LOAD_ROUTINES, type LoadOptions, type LoadRoutine } from './options';
import type { OutageWindow } from './outage';
import { TURN_KINDS, type TurnKind, type TurnSample, type UserRun } from './simulated-user';
import type { RecordCheck, SessionCheck } from './verify';

/** Turn latencies in ms. */
export interface LatencyStats {
  readonly count: number;
  readonly p50: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

/** DynamoDB requests per routine (one user's whole routine, launch to closing words), every attempt counted; null when no user. */
export interface RequestStats {
  readonly users: number;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Turns split by whether they overlapped the time storage was unreachable. */
type ByOutage<T> = Readonly<Record<'overall' | 'outsideOutage' | 'duringOutage', T>>;

/** Everything `npm run load` found, as written to the results file (docs/benchmarks.md describes each field). */
export interface LoadResults {
  readonly when: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly platform: string;
    /** The 1-minute load average when the run began and when it ended: above the core count, other work shared the CPUs. */
    readonly loadAverage: { readonly before: number; readonly after: number };
  };
  readonly options: LoadOptions;
  readonly passed: boolean;
  readonly timedOut: boolean;
  /** From the start of the process's work (DynamoDB Local starting) to the end of the checks. */
  readonly wallMs: number;
  /** From the first arrival until the last user finished; null when they never all did. */
  readonly usersMs: number | null;
  /** When users arrived, in ms since the first did. */
  readonly arrival: { readonly perSecond: number; readonly intervalMs: number; readonly lastMs: number | null };
  /** How much went on at once. */
  readonly concurrency: {
    /** Users mid-routine (first turn sent, last answer not yet back) in the busiest second, and on average while users kept arriving. */
    readonly users: { readonly peak: number; readonly meanWhileArriving: number };
    /** Turns being handled at the same moment, at most. */
    readonly peakTurnsInFlight: number;
    /** Turns started per second: on average from the first arrival to the last answer, and in the busiest second. */
    readonly turnsPerSecond: { readonly mean: number; readonly peak: number };
    /** Skill handlers built during the run (with `pool`, Lambda's cold starts); the warm-up's are not counted. */
    readonly handlersBuilt: number;
  };
  readonly users: {
    readonly expected: number;
    readonly arrived: number;
    /** Sessions the skill closed without an error. */
    readonly finished: number;
    /** Sessions that ended with the routine's closing words after one side turn per side. */
    readonly endedProperly: number;
    /** Users with a turn that overlapped the outage. */
    readonly hitByOutage: number;
    /** Users held at their last side until storage was back. */
    readonly waitedForStorage: number;
  };
  readonly turns: number;
  /** `recovering`: the outside-outage turns that started in the first {@link RECOVERY_MS} after storage was back. */
  readonly latencyMs: ByOutage<LatencyStats> & { readonly recovering: LatencyStats };
  /** The same, for each kind of turn (see TURN_KINDS in simulated-user.ts). */
  readonly latencyByKindMs: Readonly<Record<TurnKind, ByOutage<LatencyStats>>>;
  /** DynamoDB requests, counted by a middleware on each handler's document client, every attempt (retries) included. */
  readonly requests: {
    /** Per user's routine, local-only table set-up left out: users the outage missed, users it hit, and all. */
    readonly perRoutine: Readonly<Record<'notHit' | 'hit' | 'all', RequestStats>>;
    /** The same, for each routine. */
    readonly byRoutine: Readonly<Record<LoadRoutine, Readonly<Record<'notHit' | 'hit', RequestStats>>>>;
    /** Every request of every user's routine, local-only set-up left out. */
    readonly total: number;
    /** Requests a handler sends only against a local endpoint (DescribeTable on its first use), never in AWS. */
    readonly localOnly: number;
    readonly byCommand: Readonly<Record<string, number>>;
  };
  readonly memory: MemoryPeaks;
  readonly outage: OutageWindow | null;
  /** How the outage met the sessions: users it caught mid-session, and the fewest turns any of them had once storage was back. */
  readonly outageCoverage: { readonly usersCaught: number; readonly minTurnsAfterBack: number | null; readonly endedWhileDown: number };
  /** The SDK's "request exceeded requestTimeout" warnings, counted instead of printed. */
  readonly sdkWarnings: number;
  readonly storageNotes: { readonly save: number; readonly load: number };
  readonly errors: { readonly count: number; readonly samples: readonly { user: number; turn: number; request: string; error: string }[] };
  readonly sessions: { readonly improper: number; readonly samples: readonly unknown[] };
  readonly lostRecords: { readonly count: number; readonly samples: readonly unknown[] };
  readonly records: { readonly checked: number; readonly reordered: number } | null;
  readonly logEvents: Readonly<Record<string, number>>;
  readonly problems: readonly string[];
  /** Each second of the run: users who arrived, users mid-routine, turns started with their latency, and DynamoDB requests sent. */
  readonly timeline: readonly {
    readonly second: number;
    readonly arrivals: number;
    readonly users: number;
    readonly turns: number;
    readonly requests: number;
    readonly p50: number | null;
    readonly max: number | null;
  }[];
}

/** The machine's 1-minute load average now, to one decimal. */
export const loadAverageNow = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10;

/** Nearest-rank percentile statistics of `values` (the bench's own {@link percentile}), in whole ms; null when there are none. */
export function latencyStats(values: readonly number[]): LatencyStats {
  const rank = (p: number): number | null => (values.length === 0 ? null : Math.round(percentile(values, p)));
  return { count: values.length, p50: rank(50), p99: rank(99), max: rank(100) };
}

/** Mean (to one decimal), min and max of the request counts of some users' routines. */
export function requestStats(counts: readonly number[]): RequestStats {
  if (counts.length === 0) return { users: 0, mean: null, min: null, max: null };
  const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
  return { users: counts.length, mean: Math.round(mean * 10) / 10, min: Math.min(...counts), max: Math.max(...counts) };
}

/** How long after the outage its turns are also reported apart, while the backlog of unsaved sides is written. */
export const RECOVERY_MS = 5000;

/** True when the turn overlapped the time storage was down. */
const overlaps = (turn: TurnSample, outage: OutageWindow | null): boolean =>
  outage !== null && turn.start < outage.up && turn.end > outage.down;

/** The requests of one user's routine, local-only set-up left out. */
const routineRequests = (run: UserRun): number =>
  Object.entries(run.requests).reduce((sum, [command, n]) => sum + (LOCAL_ONLY_COMMANDS.has(command) ? 0 : n), 0);

const ms = (list: readonly TurnSample[]): number[] => list.map((turn) => turn.end - turn.start);

/** Latency of `turns` overall, outside the outage and during it. */
function byOutage(turns: readonly TurnSample[], outage: OutageWindow | null): ByOutage<LatencyStats> {
  return {
    overall: latencyStats(ms(turns)),
    outsideOutage: latencyStats(ms(turns.filter((turn) => !overlaps(turn, outage)))),
    duringOutage: latencyStats(ms(turns.filter((turn) => overlaps(turn, outage)))),
  };
}

/** The most turns in flight at one moment. */
function peakInFlight(turns: readonly TurnSample[]): number {
  const edges = turns.flatMap((turn) => [
    { at: turn.start, step: 1 },
    { at: turn.end, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let peak = 0;
  for (const edge of edges) {
    now += edge.step;
    peak = Math.max(peak, now);
  }
  return peak;
}

/** Per second of the run: arrivals, users mid-routine, turns started and their latency, requests sent. */
function timelineOf(runs: readonly UserRun[], requestsPerSecond: readonly number[]): LoadResults['timeline'] {
  const seconds: { arrivals: number; users: number; ms: number[] }[] = [];
  const at = (second: number): { arrivals: number; users: number; ms: number[] } => (seconds[second] ??= { arrivals: 0, users: 0, ms: [] });
  for (const run of runs) {
    at(Math.floor(run.arrival / 1000)).arrivals += 1;
    const first = run.turns[0];
    const last = run.turns.at(-1);
    if (first && last) for (let s = Math.floor(first.start / 1000); s <= Math.floor(last.end / 1000); s += 1) at(s).users += 1;
    for (const turn of run.turns) at(Math.floor(turn.start / 1000)).ms.push(turn.end - turn.start);
  }
  const length = Math.max(seconds.length, requestsPerSecond.length);
  return Array.from({ length }, (_, second) => {
    const { arrivals, users, ms: latencies } = seconds[second] ?? { arrivals: 0, users: 0, ms: [] };
    const { p50, max } = latencyStats(latencies);
    return { second, arrivals, users, turns: latencies.length, requests: requestsPerSecond[second] ?? 0, p50, max };
  });
}

/** Log events that mean a handler failed, whatever the user heard. */
const HANDLER_FAILURES = ['handler-error', 'unhandled-error', 'unreadable-request'];

/** What the run produced, before it is summarised. */
export interface RunFacts {
  readonly options: LoadOptions;
  readonly runs: readonly UserRun[];
  /** From the first arrival until the last user finished; null when they never all did. */
  readonly usersMs: number | null;
  readonly outage: OutageWindow | null;
  readonly check: RecordCheck | null;
  readonly sessions: SessionCheck | null;
  readonly logEvents: Readonly<Record<string, number>>;
  readonly requestsPerSecond: readonly number[];
  readonly waitedForStorage: number;
  readonly handlersBuilt: number;
  readonly sdkWarnings: number;
  readonly memory: MemoryPeaks;
  /** The 1-minute load average when the run began. */
  readonly loadAverageBefore: number;
  readonly wallMs: number;
  readonly timedOut: boolean;
  readonly problems: readonly string[];
}

/**
 * Builds the results from what happened; it passes only with zero error
 * responses, zero lost records, every session ended properly, and nothing
 * else wrong.
 */
export function buildResults(facts: RunFacts): LoadResults {
  const { runs, options } = facts;
  const o = facts.outage;
  const turns = runs.flatMap((run) => run.turns);
  const errors = runs.flatMap((run) =>
    run.turns.flatMap((turn, i) => (turn.error ? [{ user: run.index, turn: i + 1, request: turn.request, error: turn.error }] : [])),
  );
  const notes = (note: string): number => turns.filter((turn) => turn.text.includes(note)).length;
  const lost = facts.check?.lost ?? [];
  const improper = facts.sessions?.improper ?? [];
  const problems = [...facts.problems];
  const unfinished = runs.filter((run) => !run.ended).length + Math.max(0, options.users - runs.length);
  if (unfinished > 0) problems.push(`${unfinished} users did not reach the end of their session`);
  if (options.outageSeconds > 0 && !o) problems.push('the outage did not happen');
  if (o && !turns.some((turn) => overlaps(turn, o))) problems.push('no turn ran during the outage');
  if (!facts.check) problems.push('stored records were not checked');
  if (!facts.sessions) problems.push('sessions were not checked');
  const failures = Object.entries(facts.logEvents).filter(([key]) => HANDLER_FAILURES.includes(key.split(':')[0] ?? ''));
  if (failures.length > 0) problems.push(`the skill logged handler failures: ${failures.map(([key, n]) => `${key} ${n}`).join(', ')}`);

  const hit = (run: UserRun): boolean => run.turns.some((turn) => overlaps(turn, o));
  const caught = runs.filter(hit);
  const afterBack = caught.map((run) => run.turns.filter((turn) => o !== null && turn.start >= o.up).length);
  const endedWhileDown = caught.filter((run) => o !== null && (run.turns.at(-1)?.start ?? 0) < o.up).length;
  if (endedWhileDown > 0)
    problems.push(`${endedWhileDown} sessions ended before storage was back, so the outage was not survivable by design`);

  const requestsOf = (list: readonly UserRun[]): RequestStats => requestStats(list.map(routineRequests));
  const byCommand: Record<string, number> = {};
  for (const run of runs) for (const [command, n] of Object.entries(run.requests)) byCommand[command] = (byCommand[command] ?? 0) + n;
  const localOnly = Object.entries(byCommand).reduce((sum, [command, n]) => sum + (LOCAL_ONLY_COMMANDS.has(command) ? n : 0), 0);

  const timeline = timelineOf(runs, facts.requestsPerSecond);
  const lastArrival = runs.at(-1)?.arrival ?? null;
  const whileArriving = lastArrival === null ? [] : timeline.slice(0, Math.floor(lastArrival / 1000) + 1);
  const activeSeconds = (facts.usersMs ?? turns.reduce((latest, turn) => Math.max(latest, turn.end), 0)) / 1000;

  return {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: { before: facts.loadAverageBefore, after: loadAverageNow() },
    },
    options,
    passed: errors.length === 0 && lost.length === 0 && improper.length === 0 && problems.length === 0 && !facts.timedOut,
    timedOut: facts.timedOut,
    wallMs: Math.round(facts.wallMs),
    usersMs: facts.usersMs === null ? null : Math.round(facts.usersMs),
    arrival: {
      perSecond: options.arrivalPerSecond,
      intervalMs: Math.round(1000 / options.arrivalPerSecond),
      lastMs: lastArrival === null ? null : Math.round(lastArrival),
    },
    concurrency: {
      users: {
        peak: Math.max(0, ...timeline.map((second) => second.users)),
        meanWhileArriving: whileArriving.length
          ? Math.round(whileArriving.reduce((sum, second) => sum + second.users, 0) / whileArriving.length)
          : 0,
      },
      peakTurnsInFlight: peakInFlight(turns),
      turnsPerSecond: {
        mean: activeSeconds > 0 ? Math.round((turns.length / activeSeconds) * 10) / 10 : 0,
        peak: Math.max(0, ...timeline.map((second) => second.turns)),
      },
      handlersBuilt: facts.handlersBuilt,
    },
    users: {
      expected: options.users,
      arrived: runs.length,
      finished: runs.filter((run) => run.ended).length,
      endedProperly: facts.sessions?.proper ?? 0,
      hitByOutage: caught.length,
      waitedForStorage: facts.waitedForStorage,
    },
    turns: turns.length,
    latencyMs: {
      ...byOutage(turns, o),
      recovering: latencyStats(
        ms(turns.filter((turn) => o && !overlaps(turn, o) && turn.start >= o.up && turn.start < o.up + RECOVERY_MS)),
      ),
    },
    latencyByKindMs: Object.fromEntries(
      TURN_KINDS.map((kind) => [
        kind,
        byOutage(
          turns.filter((turn) => turn.kind === kind),
          o,
        ),
      ]),
    ) as Record<TurnKind, ByOutage<LatencyStats>>,
    requests: {
      perRoutine: { notHit: requestsOf(runs.filter((run) => !hit(run))), hit: requestsOf(caught), all: requestsOf(runs) },
      byRoutine: Object.fromEntries(
        LOAD_ROUTINES.map((routine) => {
          const mine = runs.filter((run) => run.routine === routine);
          return [routine, { notHit: requestsOf(mine.filter((run) => !hit(run))), hit: requestsOf(mine.filter(hit)) }];
        }),
      ) as Record<LoadRoutine, Record<'notHit' | 'hit', RequestStats>>,
      total: runs.reduce((sum, run) => sum + routineRequests(run), 0),
      localOnly,
      byCommand,
    },
    memory: facts.memory,
    outage: o,
    outageCoverage: {
      usersCaught: caught.length,
      minTurnsAfterBack: afterBack.length ? Math.min(...afterBack) : null,
      endedWhileDown,
    },
    sdkWarnings: facts.sdkWarnings,
    storageNotes: { save: notes(EN.storageSaveNote), load: notes(EN.storageLoadNote) },
    errors: { count: errors.length, samples: errors.slice(0, 20) },
    sessions: { improper: improper.length, samples: improper.slice(0, 20) },
    lostRecords: { count: lost.length, samples: lost.slice(0, 20) },
    records: facts.check ? { checked: facts.check.checked, reordered: facts.check.reordered } : null,
    logEvents: facts.logEvents,
    problems,
    timeline,
  };
}

const fmt = (stats: LatencyStats): string =>
  stats.count === 0 ? 'no turns' : `p50 ${stats.p50} ms, p99 ${stats.p99} ms, max ${stats.max} ms (${stats.count} turns)`;

const fmtRequests = (stats: RequestStats): string =>
  stats.users === 0 ? 'no users' : `mean ${stats.mean}, min ${stats.min}, max ${stats.max} (${stats.users} users)`;

/** The human summary printed at the end of the run. */
export function summaryLines(results: LoadResults): string[] {
  const o = results.outage;
  const c = results.concurrency;
  const r = results.requests;
  const m = results.machine;
  const seconds = (value: number | null): string => (value === null ? '?' : (value / 1000).toFixed(1));
  return [
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; 1-minute load average ${m.loadAverage.before} before, ${m.loadAverage.after} after`,
    `load: ${results.users.arrived} of ${results.users.expected} users, one every ${results.arrival.intervalMs} ms (${results.arrival.perSecond}/s) for ${seconds(results.arrival.lastMs)} s; ${results.turns} turns in ${seconds(results.usersMs)} s; wall ${seconds(results.wallMs)} s with setup and checks`,
    `concurrency: ${c.users.peak} users mid-routine at most, ${c.users.meanWhileArriving} on average while arriving; ${c.turnsPerSecond.mean} turns/s (peak ${c.turnsPerSecond.peak}); at most ${c.peakTurnsInFlight} turns in flight; ${c.handlersBuilt} handlers built (${results.options.handlers})`,
    o
      ? `outage: down at ${seconds(o.down)} s, back at ${seconds(o.up)} s (${seconds(o.up - o.down)} s unreachable); it hit ${results.users.hitByOutage} users, each with at least ${results.outageCoverage.minTurnsAfterBack ?? '-'} turns once storage was back`
      : 'outage: none',
    `requests per routine, outage missed: ${fmtRequests(r.perRoutine.notHit)}`,
    `requests per routine, outage hit:    ${fmtRequests(r.perRoutine.hit)}`,
    `  by routine (missed / hit, mean): ${LOAD_ROUTINES.map((routine) => `${routine} ${r.byRoutine[routine].notHit.mean ?? '-'} / ${r.byRoutine[routine].hit.mean ?? '-'}`).join(', ')}`,
    `requests in all: ${r.total} (${Object.entries(r.byCommand)
      .map(([command, n]) => `${command} ${n}`)
      .join(', ')}; local-only set-up ${r.localOnly}, left out)`,
    `turn latency, overall:        ${fmt(results.latencyMs.overall)}`,
    `turn latency, outside outage: ${fmt(results.latencyMs.outsideOutage)}`,
    `turn latency, during outage:  ${fmt(results.latencyMs.duringOutage)}`,
    `  of which the first ${RECOVERY_MS / 1000} s after storage was back: ${fmt(results.latencyMs.recovering)}`,
    ...TURN_KINDS.map(
      (kind) =>
        `  ${kind.padEnd(8)} all: ${fmt(results.latencyByKindMs[kind].overall)}; during outage: ${fmt(results.latencyByKindMs[kind].duringOutage)}`,
    ),
    `storage notes spoken: ${results.storageNotes.save} save, ${results.storageNotes.load} load; users held at the last side until storage was back: ${results.users.waitedForStorage}`,
    `error responses: ${results.errors.count}`,
    `sessions ended properly: ${results.users.endedProperly} of ${results.users.arrived}`,
    `lost records: ${results.lostRecords.count}` +
      (results.records
        ? ` (of ${results.records.checked} users' runs and profiles read back; ${results.records.reordered} reordered)`
        : ''),
    `peak RSS: load test ${results.memory.loadTestRssMiB} MiB, DynamoDB Local ${results.memory.dynamoDbLocalRssMiB ?? '?'} MiB`,
    `SDK requestTimeout warnings: ${results.sdkWarnings}`,
    `log events: ${
      Object.entries(results.logEvents)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ') || 'none'
    }`,
    ...results.problems.map((problem) => `problem: ${problem}`),
    ...results.errors.samples.slice(0, 5).map((e) => `  error: user ${e.user}, turn ${e.turn} (${e.request}): ${e.error}`),
    ...results.sessions.samples.slice(0, 5).map((s) => `  session: ${JSON.stringify(s)}`),
    ...results.lostRecords.samples.slice(0, 5).map((l) => `  lost: ${JSON.stringify(l)}`),
    results.timedOut ? 'TIMED OUT' : results.passed ? 'PASS' : 'FAIL',
  ];
}

/** Writes the results as JSON, creating the folder if needed. */
export function writeResults(path: string, results: LoadResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
