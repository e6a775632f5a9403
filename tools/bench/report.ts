import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import type { LAMBDA_BUILD_OPTIONS } from './build';
import { figuresOf, type Figure } from './figures';
import { renderMarkdown } from './markdown';
import type { ColdSummary } from './measure';
import type { LoadProfile } from './profile';
import type { RequestFigures } from './requests';
import type { MemoryResult, WarmResult } from './runner';

/** The machine a run happened on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
}

/** Everything one run measured; written to bench/results.json. */
export interface Results {
  readonly generatedAt: string;
  readonly durationS: number;
  readonly machine: Machine;
  readonly settings: Record<string, unknown> & { esbuild: typeof LAMBDA_BUILD_OPTIONS; replicaIdentical: boolean };
  readonly bundles: Record<'skill' | 'floorHello' | 'floorStock' | 'skillStub', { bytes: number; gzipBytes: number }>;
  readonly composition: Record<string, number>;
  /** What-if builds of the skill (see VARIANTS in build.ts). */
  readonly variants: Record<string, { label: string; bytes: number; gzipBytes: number }>;
  readonly cold: Record<string, ColdSummary>;
  readonly isolatedLoads: Record<string, { loadMs: number; bytes: number }>;
  /** Where the skill bundle's module load goes. */
  readonly profile: LoadProfile & { runs: number; loadMs: number };
  /** Where warm turns of the skill without I/O spend CPU (the stub bundle). */
  readonly turnProfile: LoadProfile & { runs: number };
  readonly warm: { noIo: { skill: WarmResult; floorHello: WarmResult }; withIo: { skill: WarmResult; floorStock: WarmResult } };
  readonly requests: RequestFigures;
  readonly memory: Record<'skill' | 'floorHello' | 'floorStock', MemoryResult & { runs: number }>;
  readonly warnings: readonly string[];
}

/** What bench/results.json holds: the measurements and the table of figures. */
export type ResultsFile = Results & { readonly figures: readonly Figure[] };

/** The machine this process runs on. */
export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
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
