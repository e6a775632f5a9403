/**
 * The report of a run: it adds the figures to the measurements, writes
 * bench/results.json, and has markdown.ts render BENCHMARKS.md. The shape of
 * the measurements lives in results.ts, below every module that reads a run,
 * so nothing that renders imports this writer back.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { figuresOf, type Figure } from './figures';
import { renderMarkdown } from './markdown';
import type { Machine, Results } from './results';
import { gibNumber } from './units';

/** What bench/results.json holds: the measurements and the table of figures. */
export type ResultsFile = Results & { readonly figures: readonly Figure[] };

/** The machine this process runs on. */
export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: gibNumber(totalmem()),
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Writes bench/results.json and regenerates BENCHMARKS.md. */
export function writeReport(results: Results): void {
  mkdirSync('bench', { recursive: true });
  const file: ResultsFile = { ...results, figures: figuresOf(results) };
  writeFileSync('bench/results.json', `${JSON.stringify(file, null, 2)}\n`);
  // The hand-kept account of what the measurements changed rides along with the generated figures.
  const changes = existsSync('bench/changes.md') ? `\n${readFileSync('bench/changes.md', 'utf8')}` : '';
  writeFileSync('BENCHMARKS.md', renderMarkdown(results) + changes);
}
