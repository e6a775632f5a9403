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

/** Peak memory must leave room to spare in the function's 256 MB: at most half of it. */
export const MEMORY_TARGET_MB = 128;

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
    row(`bundle size, ${label}`, 'KiB', values, `≤ floor b (${values[2]})`, skill[key] <= floorStock[key]);
  }

  section = '2. Cold start';
  const cold = (name: string): { totalMs: number; loadMs: number; firstTurnMs: number } =>
    r.cold[name] ?? { totalMs: Number.NaN, loadMs: Number.NaN, firstTurnMs: Number.NaN };
  const [cs, ca, cb] = [cold('skill'), cold('floorHello'), cold('floorStock')];
  const runs = r.cold.skill?.runs ?? 0;
  row(
    `process start → launch response, median of ${runs}`,
    'ms',
    [cs.totalMs, ca.totalMs, cb.totalMs],
    `< floor b (${cb.totalMs})`,
    cs.totalMs < cb.totalMs,
  );
  row('module load (require) alone, median', 'ms', [cs.loadMs, ca.loadMs, cb.loadMs], '—', null);
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
  for (const kind of WARM_KINDS) {
    for (const p of ['p50', 'p99'] as const) {
      const [s, b] = [stat(withIo.skill.turns, kind, p), stat(withIo.floorStock.turns, kind, p)];
      row(`${kind} ${p}`, 'ms', [s, null, b], `≤ ½ floor b (${round(b / 2)})`, s <= b / 2);
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
    `≤ ${MEMORY_TARGET_MB} (half of 256 MB)`,
    peak[0] <= MEMORY_TARGET_MB,
  );
  return rows;
}
