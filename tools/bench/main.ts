/**
 * `npm run bench`: builds the skill and two floors with the same esbuild
 * settings, starts DynamoDB Local, measures bundle size, cold start, warm
 * per-turn latency, DynamoDB requests and capacity, and peak memory in one
 * run, then writes bench/results.json and regenerates BENCHMARKS.md.
 */
import { WARM_LOOP } from './script';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDynamoDbLocal } from '../../tests/support/dynamodb-local';
import {
  buildBundle,
  buildRunner,
  describeExisting,
  ISOLATED_ENTRIES,
  LAMBDA_BUILD_OPTIONS,
  SKILL_ONLY_OPTIONS,
  VARIANTS,
  verifyReplica,
  type BuiltBundle,
} from './build';
import { coldStarts, peakMemory, profile, warmLatency, warnings, type Subject } from './measure';
import { machine, writeReport } from './report';
import { createTables, dynamoEnv, measureRequests, TABLES } from './requests';
import type { Results } from './results';
import { round } from './stats';

/** How much of everything; sized so the whole run stays within a few minutes on two cores. */
export const SETTINGS = {
  coldRuns: 21,
  loadRuns: 9,
  profileRuns: 5,
  /** Warm loops (WARM_LOOP) without I/O: cheap, so many, for a steadier p99. */
  warmLoopsNoIo: 1000,
  /** Warm loops with DynamoDB Local. */
  warmLoopsIo: 300,
  warmupLoops: 30,
  /** Routines per user in the warm runs: the user pool grows with the loops, so a summary always reads 1 to 12 run records. */
  routinesPerUser: 12,
  memoryRuns: 3,
} as const;

const DIST = resolve('dist/lambda/index.js');

function step(text: string, started: number): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);
}

/** Builds everything into `out`, measures with DynamoDB Local running, and writes the report. */
async function run(out: string, started: number): Promise<void> {
  step('npm run build', started);
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  step('bundling the floors, the stub skill and the probes', started);
  const replica = await buildBundle('skill-replica', { file: 'lambda/index.ts' }, out, SKILL_ONLY_OPTIONS);
  const replicaIdentical = verifyReplica(DIST, replica);
  if (!replicaIdentical) warnings.push('the replicated esbuild options did not rebuild dist/lambda/index.js byte for byte');
  const skill = describeExisting('skill', DIST, replica);
  const hello = await buildBundle('floor-hello', { file: 'bench/floor-hello/index.ts' }, out);
  const stock = await buildBundle('floor-stock', { file: 'bench/floor-stock/index.ts' }, out);
  const stub = await buildBundle('skill-stub', { file: 'bench/skill-stub/index.ts' }, out, SKILL_ONLY_OPTIONS);
  const variants: [string, BuiltBundle][] = [];
  for (const [name, variant] of Object.entries(VARIANTS))
    variants.push([name, await buildBundle(name, { file: 'lambda/index.ts' }, out, { ...SKILL_ONLY_OPTIONS, ...variant.options })]);
  const isolated: [string, BuiltBundle][] = [];
  for (const [i, [name, source]] of Object.entries(ISOLATED_ENTRIES).entries()) {
    isolated.push([name, await buildBundle(`isolated-${i}`, { source }, out)]);
  }
  const runner = await buildRunner(out);

  step('starting DynamoDB Local', started);
  const local = await startDynamoDbLocal();
  const stopOnSignal = (): void => void local.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  try {
    await createTables(local.endpoint);
    const skillEnv = dynamoEnv(local.endpoint, TABLES.skill);
    const subject = (name: string, bundle: BuiltBundle, env: Record<string, string>, check: boolean): Subject => ({
      name,
      bundle: bundle.file,
      setup: { runner, env },
      check,
    });
    const S = {
      skill: subject('skill', skill, skillEnv, true),
      floorHello: subject('floorHello', hello, {}, false),
      floorStock: subject('floorStock', stock, dynamoEnv(local.endpoint, TABLES.floorStock), false),
      skillStub: subject('skillStub', stub, {}, true),
    };
    const whatIf = variants.map(([name, bundle]) => subject(name, bundle, skillEnv, true));

    step('DynamoDB requests and capacity (in process, metered)', started);
    const requests = await measureRequests(local.endpoint);
    const { warmLoopsNoIo, warmLoopsIo, warmupLoops: warmup, routinesPerUser: users } = SETTINGS;
    step('warming up DynamoDB Local (its JVM) before anything is timed', started);
    await warmLatency(S.skill, 20, 0, 4);
    await warmLatency(S.floorStock, 20, 0, 4);
    step(`cold starts: ${SETTINGS.coldRuns} fresh processes each, round robin`, started);
    const cold = await coldStarts([S.skill, S.floorHello, S.floorStock, ...whatIf], SETTINGS.coldRuns, 'cold', requests.returningUser);
    step('module load of each dependency alone', started);
    const probes = isolated.map(([name, b]) => subject(name, b, {}, false));
    const loads = await coldStarts(probes, SETTINGS.loadRuns, 'load', null);
    step('CPU profiles: the skill bundle loading, and warm turns without I/O', started);
    const loadProfile = await profile(S.skill, { mode: 'load', bundle: S.skill.bundle }, 'load', SETTINGS.profileRuns);
    const turnTask = { mode: 'warm', bundle: S.skillStub.bundle, check: true, loops: 200, warmupLoops: 0 } as const;
    const turnProfile = await profile(S.skillStub, turnTask, 'turns', 1);
    step('peak memory of a whole routine from cold', started);
    const memory = {
      skill: await peakMemory(S.skill, SETTINGS.memoryRuns),
      floorHello: await peakMemory(S.floorHello, SETTINGS.memoryRuns),
      floorStock: await peakMemory(S.floorStock, SETTINGS.memoryRuns),
    };
    step(`warm latency without I/O: ${warmLoopsNoIo} loops of ${WARM_LOOP.length} turns, skill (stub repository) and floor (a)`, started);
    const noIo = {
      skill: await warmLatency(S.skillStub, warmLoopsNoIo, warmup, users),
      floorHello: await warmLatency(S.floorHello, warmLoopsNoIo, warmup, users),
    };
    step(`warm latency with DynamoDB Local: ${warmLoopsIo} loops of ${WARM_LOOP.length} turns, skill and floor (b)`, started);
    const withIo = {
      skill: await warmLatency(S.skill, warmLoopsIo, warmup, users),
      floorStock: await warmLatency(S.floorStock, warmLoopsIo, warmup, users),
    };

    const size = (b: BuiltBundle): { bytes: number; gzipBytes: number } => ({ bytes: b.bytes, gzipBytes: b.gzipBytes });
    const results: Results = {
      generatedAt: new Date().toISOString(),
      durationS: 0,
      machine: machine(),
      settings: { ...SETTINGS, esbuild: LAMBDA_BUILD_OPTIONS, replicaIdentical },
      bundles: { skill: size(skill), floorHello: size(hello), floorStock: size(stock), skillStub: size(stub) },
      composition: skill.composition,
      variants: Object.fromEntries(variants.map(([name, b]) => [name, { label: VARIANTS[name]?.label ?? name, ...size(b) }])),
      cold,
      isolatedLoads: Object.fromEntries(isolated.map(([name, b]) => [name, { loadMs: loads[name]?.loadMs ?? NaN, bytes: b.bytes }])),
      profile: loadProfile,
      turnProfile,
      warm: { noIo, withIo },
      requests,
      memory,
      warnings,
    };
    step('writing bench/results.json and BENCHMARKS.md', started);
    writeReport({ ...results, durationS: round((performance.now() - started) / 1000, 1) });
  } finally {
    await local.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const out = mkdtempSync(join(tmpdir(), 'sciatica-bench-'));
  try {
    await run(out, started);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  step('done', started);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
