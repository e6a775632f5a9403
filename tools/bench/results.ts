/**
 * The shape of one bench run's measurements. It sits below everything that
 * reads a run (figures, advice, Markdown, the report writer), so those modules
 * depend on it and never on each other's writer: it imports only types, and
 * only from the measuring modules.
 */
import type { LAMBDA_BUILD_OPTIONS } from './build';
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
  readonly settings: {
    readonly coldRuns: number;
    readonly loadRuns: number;
    readonly profileRuns: number;
    readonly warmLoopsNoIo: number;
    readonly warmLoopsIo: number;
    readonly warmupLoops: number;
    readonly routinesPerUser: number;
    readonly memoryRuns: number;
    readonly esbuild: typeof LAMBDA_BUILD_OPTIONS;
    readonly replicaIdentical: boolean;
  };
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
