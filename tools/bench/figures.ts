import { FUNCTION_MEMORY_MB } from '../../infra/lib/settings';
import type { Results } from './results';
import type { TurnKind } from './script';
import { round, type Summary } from './stats';
import { kibNumber } from './units';

/** One row of the results table: a figure for the skill, next to its floors and its target. */
export interface Figure {
  readonly section: string;
  readonly figure: string;
  readonly unit: 'KiB' | 'ms' | 'MB' | 'requests' | 'capacity units';
  readonly skill: number;
  readonly floorA: number | null;
  readonly floorB: number | null;
  /** The target in words, with its threshold. */
  readonly target: string;
  /** null when the figure is reported without a target. */
  readonly met: boolean | null;
}

/** Peak memory may exceed floor b's by at most this much. */
export const MEMORY_ALLOWANCE_MB = 10;

/** Warm turns on DynamoDB Local: the skill's p50 at most this share of floor b's. */
export const WARM_P50_SHARE = 0.6;

/** Lambda gives one vCPU's worth of CPU at this memory size, and CPU in proportion below it. */
export const VCPU_MB = 1769;

/** The memory sizes the bench stretches CPU time to: Lambda's common small sizes, and the one the stack sets. */
export const MEMORY_SIZES_MB: readonly number[] = [...new Set([256, 512, FUNCTION_MEMORY_MB])].sort((a, b) => a - b);

/** At the memory the stack sets, a cold start's CPU, stretched, should leave a first answer within a second. */
export const COLD_CPU_BUDGET_MS = 1000;

/** CPU time on this machine stretched to what a Lambda function of `memoryMb` gets (a share of one vCPU). */
export const stretched = (cpuMs: number, memoryMb: number): number => round((cpuMs * VCPU_MB) / Math.min(memoryMb, VCPU_MB), 1);

/** The turn kinds whose warm latency has targets. */
export const WARM_KINDS: readonly TurnKind[] = ['launch', 'next', 'repeat', 'summary'];

/** Skill, floor (a), floor (b). */
type Values = [number, number | null, number | null];

const stat = (turns: Partial<Record<TurnKind, Summary>>, kind: TurnKind, p: 'p50' | 'p99'): number => turns[kind]?.[p] ?? Number.NaN;

/** Every figure of a run, with its target and whether the skill meets it. */
export function figuresOf(r: Results): Figure[] {
  const rows: Figure[] = [];
  let section = '';
  const row = (figure: string, unit: Figure['unit'], values: Values, target: string, met: boolean | null): void => {
    rows.push({ section, figure, unit, skill: values[0], floorA: values[1], floorB: values[2], target, met });
  };

  section = '1. Bundle';
  const { skill, floorHello, floorStock } = r.bundles;
  for (const [label, key] of [
    ['raw', 'bytes'],
    ['gzip -9', 'gzipBytes'],
  ] as const) {
    const values: Values = [kibNumber(skill[key]), kibNumber(floorHello[key]), kibNumber(floorStock[key])];
    if (key === 'bytes') row(`bundle size, ${label}`, 'KiB', values, `≤ floor b (${values[2]})`, skill[key] <= floorStock[key]);
    else row(`bundle size, ${label}`, 'KiB', values, '—', null);
  }

  section = '2. Cold start';
  const cold = (name: string): { totalMs: number; loadMs: number; loadCpuMs: number; firstTurnMs: number; firstTurnCpuMs: number } =>
    r.cold[name] ?? { totalMs: Number.NaN, loadMs: Number.NaN, loadCpuMs: Number.NaN, firstTurnMs: Number.NaN, firstTurnCpuMs: Number.NaN };
  const [cs, ca, cb] = [cold('skill'), cold('floorHello'), cold('floorStock')];
  const runs = r.cold.skill?.runs ?? 0;
  row(
    `process start → launch response, median of ${runs}`,
    'ms',
    [cs.totalMs, ca.totalMs, cb.totalMs],
    `≤ floor b (${cb.totalMs})`,
    cs.totalMs <= cb.totalMs,
  );
  row('module load (require) alone, median', 'ms', [cs.loadMs, ca.loadMs, cb.loadMs], `≤ floor b (${cb.loadMs})`, cs.loadMs <= cb.loadMs);
  row('module load CPU time, median', 'ms', [cs.loadCpuMs, ca.loadCpuMs, cb.loadCpuMs], '—', null);
  row('first LaunchRequest after the load, median', 'ms', [cs.firstTurnMs, ca.firstTurnMs, cb.firstTurnMs], '—', null);

  section = '3i. Warm turn, no I/O';
  const { noIo, withIo } = r.warm;
  for (const kind of WARM_KINDS) {
    const [s50, a50] = [stat(noIo.skill.turns, kind, 'p50'), stat(noIo.floorHello.turns, kind, 'p50')];
    const [s99, a99] = [stat(noIo.skill.turns, kind, 'p99'), stat(noIo.floorHello.turns, kind, 'p99')];
    row(`${kind} p50`, 'ms', [s50, a50, null], '—', null);
    row(`${kind} p99`, 'ms', [s99, a99, null], `≤ floor a + 1 ms (${round(a99 + 1)})`, s99 <= a99 + 1);
  }

  section = '3ii. Warm turn, DynamoDB Local';
  const [all, allB] = [withIo.skill.allTurns, withIo.floorStock.allTurns];
  row(
    'every turn of the loop, p50',
    'ms',
    [all.p50, null, allB.p50],
    `≤ ${WARM_P50_SHARE} × floor b (${round(allB.p50 * WARM_P50_SHARE, 3)})`,
    all.p50 <= allB.p50 * WARM_P50_SHARE,
  );
  row('every turn of the loop, p99', 'ms', [all.p99, null, allB.p99], `≤ floor b (${allB.p99})`, all.p99 <= allB.p99);
  for (const kind of WARM_KINDS) {
    for (const p of ['p50', 'p99'] as const) {
      row(`${kind} ${p}`, 'ms', [stat(withIo.skill.turns, kind, p), null, stat(withIo.floorStock.turns, kind, p)], '—', null);
    }
  }

  section = '4. DynamoDB';
  const { skill: rs, floorStock: rb } = r.requests;
  const turns = rs.routine.turns.length;
  const atMost = (s: number, b: number): [Values, string, boolean] => [[s, null, b], `≤ floor b (${b})`, s <= b];
  row(
    `requests, one quick relief routine (${turns} turns, returning user)`,
    'requests',
    ...atMost(rs.routine.requests, rb.routine.requests),
  );
  row('capacity units, same routine', 'capacity units', ...atMost(rs.routine.capacity, rb.routine.capacity));
  row(
    `requests, a new user's first routine (${turns} turns)`,
    'requests',
    [rs.firstRoutine.requests, null, rb.routine.requests],
    '—',
    null,
  );
  row(
    'requests, one weekly summary (one-shot, new session)',
    'requests',
    ...atMost(rs.oneShotSummary.requests, rb.oneShotSummary.requests),
  );
  row('capacity units, same summary', 'capacity units', ...atMost(rs.oneShotSummary.capacity, rb.oneShotSummary.capacity));
  row('requests, a summary asked mid-routine', 'requests', ...atMost(rs.midRoutineSummary.requests, rb.oneShotSummary.requests));

  section = '5. Memory';
  const m = r.memory;
  const peak: Values = [m.skill.maxRssMb, m.floorHello.maxRssMb, m.floorStock.maxRssMb];
  row(
    `peak RSS of a cold process: launch + whole routine (worst of ${m.skill.runs})`,
    'MB',
    peak,
    `≤ floor b + ${MEMORY_ALLOWANCE_MB} (${round((peak[2] ?? Number.NaN) + MEMORY_ALLOWANCE_MB, 1)})`,
    peak[0] <= (peak[2] ?? Number.NaN) + MEMORY_ALLOWANCE_MB,
  );

  section = '6. Lambda CPU';
  const coldCpu = (c: { loadCpuMs: number; firstTurnCpuMs: number }): number => round(c.loadCpuMs + c.firstTurnCpuMs);
  const coldValues: Values = [coldCpu(cs), coldCpu(ca), coldCpu(cb)];
  row('CPU time of a cold start: module load + first launch, median', 'ms', coldValues, '—', null);
  const warmValues: Values = [withIo.skill.cpuPerTurnMs, null, withIo.floorStock.cpuPerTurnMs];
  row('CPU time of a warm turn, mean over the loop (DynamoDB Local)', 'ms', warmValues, '—', null);
  for (const memoryMb of MEMORY_SIZES_MB) {
    const at = (values: Values): Values => [
      stretched(values[0], memoryMb),
      null,
      values[2] === null ? null : stretched(values[2], memoryMb),
    ];
    const chosen = memoryMb === FUNCTION_MEMORY_MB;
    const cold = at(coldValues);
    row(
      `cold start CPU at ${memoryMb} MB (${round(Math.min(memoryMb, VCPU_MB) / VCPU_MB, 3)} vCPU)${chosen ? ', the stack’s size' : ''}`,
      'ms',
      cold,
      chosen ? `≤ ${COLD_CPU_BUDGET_MS}` : '—',
      chosen ? cold[0] <= COLD_CPU_BUDGET_MS : null,
    );
    row(`warm turn CPU at ${memoryMb} MB`, 'ms', at(warmValues), '—', null);
  }
  return rows;
}
