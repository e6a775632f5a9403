import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newUserId } from '../../tests/support/envelopes';
import { attributeProfiles, top, type LoadProfile } from './profile';
import { runChild, skillLogLines, type RunnerSetup } from './processes';
import type { ColdResult, MemoryResult, RunnerTask, WarmResult } from './runner';
import { median, round } from './stats';

/** A bundle to measure, with the environment its process gets and whether its session flow is checked. */
export interface Subject {
  readonly name: string;
  readonly bundle: string;
  readonly setup: RunnerSetup;
  /** True for the skill: every turn is checked to keep the session open until the closing words. */
  readonly check: boolean;
}

/** Medians over fresh processes, in ms. */
export interface ColdSummary {
  readonly runs: number;
  readonly bootMs: number;
  readonly loadMs: number;
  readonly loadCpuMs: number;
  readonly firstTurnMs: number;
  readonly firstTurnCpuMs: number;
  readonly totalMs: number;
  readonly wallMs: number;
  readonly minTotalMs: number;
  readonly maxTotalMs: number;
}

/** Problems the bench met that do not stop it but make a figure suspect (a failed save, a logged error). */
export const warnings: string[] = [];

const noteLogs = (subject: Subject, stderr: string): void => {
  const lines = skillLogLines(stderr);
  if (lines.length > 0) warnings.push(`${subject.name}: the skill logged ${lines.length} failure(s), first: ${lines[0]}`);
};

/**
 * Cold starts: `runs` fresh processes per subject, round robin so drift hits
 * every subject alike, after one discarded run each. `mode` is `cold` (load
 * and one LaunchRequest) or `load` (module load only). Each process plays
 * `user` (the same returning user every time) unless `user` is null.
 */
export async function coldStarts(
  subjects: readonly Subject[],
  runs: number,
  mode: 'cold' | 'load',
  user: string | null,
): Promise<Record<string, ColdSummary>> {
  const seen = new Map<string, { result: ColdResult; wallMs: number }[]>();
  for (let i = -1; i < runs; i += 1) {
    for (const subject of subjects) {
      const task: RunnerTask = { mode, bundle: subject.bundle, check: subject.check, users: user ? [user] : [] };
      const run = await runChild<ColdResult>(subject.setup, task);
      noteLogs(subject, run.stderr);
      if (i >= 0) seen.set(subject.name, [...(seen.get(subject.name) ?? []), { result: run.result, wallMs: run.wallMs }]);
    }
  }
  const out: Record<string, ColdSummary> = {};
  for (const [name, list] of seen) {
    const pick = (f: (r: ColdResult) => number): number => round(median(list.map((x) => f(x.result))));
    const totals = list.map((x) => x.result.totalMs);
    out[name] = {
      runs: list.length,
      bootMs: pick((r) => r.bootMs),
      loadMs: pick((r) => r.loadMs),
      loadCpuMs: pick((r) => r.loadCpuMs),
      firstTurnMs: pick((r) => r.firstTurnMs),
      firstTurnCpuMs: pick((r) => r.firstTurnCpuMs),
      totalMs: pick((r) => r.totalMs),
      wallMs: round(median(list.map((x) => x.wallMs))),
      minTotalMs: round(Math.min(...totals)),
      maxTotalMs: round(Math.max(...totals)),
    };
  }
  return out;
}

/**
 * Warm per-turn latency of one subject: the warm loop after a warm-up, over a
 * pool of users large enough that none plays more than `routinesPerUser` loops.
 */
export async function warmLatency(subject: Subject, loops: number, warmupLoops: number, routinesPerUser: number): Promise<WarmResult> {
  const pool = Array.from({ length: Math.ceil((loops + warmupLoops) / routinesPerUser) }, () => newUserId());
  const task: RunnerTask = { mode: 'warm', bundle: subject.bundle, check: subject.check, users: pool, loops, warmupLoops };
  const run = await runChild<WarmResult>(subject.setup, task);
  noteLogs(subject, run.stderr);
  return run.result;
}

/** Peak memory of a cold process answering a whole routine: the largest of `runs` processes, each a new user. */
export async function peakMemory(subject: Subject, runs: number): Promise<MemoryResult & { runs: number }> {
  let worst: MemoryResult | null = null;
  for (let i = 0; i < runs; i += 1) {
    const run = await runChild<MemoryResult>(subject.setup, { mode: 'memory', bundle: subject.bundle, check: subject.check });
    noteLogs(subject, run.stderr);
    if (!worst || run.result.maxRssMb > worst.maxRssMb) worst = run.result;
  }
  if (!worst) throw new Error('no memory runs');
  return { ...worst, runs };
}

/**
 * Where CPU time goes, from `runs` runs of `task` under `node --cpu-prof`
 * (sampling every 100 µs), attributed through the bundle's source map to npm
 * packages and averaged: `load` for the module load, `turns` for the turns.
 */
export async function profile(
  subject: Subject,
  task: RunnerTask,
  phase: 'load' | 'turns',
  runs: number,
): Promise<LoadProfile & { runs: number; loadMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
  try {
    const loads: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100'];
      const run = await runChild<Partial<ColdResult>>(subject.setup, task, args);
      loads.push(run.result.loadMs ?? Number.NaN);
    }
    const found = attributeProfiles(dir, subject.bundle, phase);
    const rounded = (values: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, 2)]));
    return {
      runs,
      loadMs: round(median(loads)),
      totalMs: round(found.totalMs),
      byContributor: rounded(found.byContributor),
      callers: Object.fromEntries(Object.entries(found.callers).map(([k, v]) => [k, rounded(v)])),
      ours: rounded(Object.fromEntries(top(found.ours, 15))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
