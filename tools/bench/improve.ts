import { figuresOf, MEMORY_ALLOWANCE_MB } from './figures';
import { isAwsSdk, top, unusedInLambdaBytes } from './profile';
import type { Results } from './results';
import { totalCount } from './stats';
import { pct } from './tables';
import { KIB, kibWithUnit } from './units';

const ms = (n: number | undefined): string => `${(n ?? Number.NaN).toFixed(n !== undefined && Math.abs(n) < 10 ? 2 : 0)} ms`;

/** Bundle and cold start: what the what-if builds, the dependency probes and the load profile say. */
function coldStartItems(r: Results): string[] {
  const items: string[] = [];
  const skill = r.bundles.skill.bytes;
  const cpu = (name: string): number => r.cold[name]?.loadCpuMs ?? Number.NaN;
  const variant = (name: string): { bytes: number; cpu: number; total: number } => ({
    bytes: r.variants[name]?.bytes ?? skill,
    cpu: cpu(name),
    total: r.cold[name]?.totalMs ?? Number.NaN,
  });
  const zodEn = variant('skillZodEn');
  const gain = (v: { cpu: number }): string => ms(cpu('skill') - v.cpu);
  if (skill - zodEn.bytes > 20 * KIB) {
    items.push(
      `**Leave zod's other languages out of the bundle.** \`import { z } from 'zod'\` keeps \`z.locales\`, every language's error messages, so esbuild bundles them all: zod is ${kibWithUnit(r.composition.zod ?? 0)} of the ${kibWithUnit(skill)} bundle. Resolving zod's locales index to English alone (the \`zodEnglishOnly\` plugin in \`tools/bench/build.ts\`, to move into \`tools/build.ts\`) saves ${kibWithUnit(skill - zodEn.bytes)} and ${gain(zodEn)} of module-load CPU here. \`zod/mini\` would save more, at the cost of rewriting the schemas.`,
    );
  }
  const loads = r.isolatedLoads;
  const fromDomain = r.profile.callers.zod?.['lambda/domain'] ?? 0;
  if (fromDomain > 3) {
    const validation = (loads['zod + content validation (loadContent)']?.loadMs ?? 0) - (loads['zod alone']?.loadMs ?? 0);
    items.push(
      `**Do not validate the content again at every cold start.** The profile puts ${ms(fromDomain)} of zod time under \`lambda/domain\` at module load; \`loadContent\` alone costs about ${ms(validation)}. The build validates \`content/\` already (the \`prevalidatedContent\` plugin in \`tools/lambda-build-options.ts\`): check that \`lambda/bundled-content.ts\` is still what the bundle replaces.`,
    );
  }
  const sdk = Object.entries(r.profile.byContributor)
    .filter(([name]) => isAwsSdk(name))
    .reduce((sum, [, t]) => sum + t, 0);
  const unused = unusedInLambdaBytes(r.composition);
  items.push(
    `**The AWS SDK is the other big block, and floor b pays it too.** It is ${ms(sdk)} of the profiled load; loaded alone, the client and the document client take ${ms(loads['client-dynamodb + lib-dynamodb (as the skill imports them)']?.loadMs)}, compile included. Its credential providers, STS and SSO clients and endpoint discovery, which the skill never uses in Lambda, are ${kibWithUnit(unused)} of the bundle; the SDK runs them lazily, so they cost parse time only. The local-only \`DescribeTable\` adds one round trip to the skill's cold start here and none in AWS.`,
  );
  return items;
}

/** Warm turns with DynamoDB: when the loop misses its share of floor b, how many requests each kind of turn sends. */
function ioItems(r: Results): string[] {
  const { allTurns: all } = r.warm.withIo.skill;
  const { allTurns: floorAll } = r.warm.withIo.floorStock;
  const perKind = new Map<string, number[]>();
  for (const turn of r.requests.skill.routine.turns) perKind.set(turn.kind, [...(perKind.get(turn.kind) ?? []), turn.requests.length]);
  const sends = [...perKind].map(([kind, counts]) => `${kind} ${Math.max(...counts)}`).join(', ');
  return [
    `**Every turn that touches storage waits for DynamoDB Local.** The loop's p50 is ${ms(all.p50)} and p99 ${ms(all.p99)}, against floor b's ${ms(floorAll.p50)} and ${ms(floorAll.p99)} (floor b: a GetItem and a PutItem on every turn). Requests per turn, at most, in a quick relief routine: ${sends}. A p50 is a median over turns, so it drops to the round trip of one request only when fewer than half of the loop's turns send two; the lever is fewer turns with a request and one request per turn that has one.`,
  ];
}

/** Warm turns without I/O: the p99s that miss floor a + 1 ms, and where the CPU goes. */
function cpuItems(r: Results): string[] {
  const missed = figuresOf(r).filter((f) => f.section === '3i. Warm turn, no I/O' && f.met === false);
  if (missed.length === 0) return [];
  const turns = totalCount(r.warm.noIo.skill.turns);
  const { gc } = r.warm.noIo.skill;
  const hot = top(r.turnProfile.byContributor, 5)
    .map(([name, t]) => `${name} ${pct(t, r.turnProfile.totalMs)}`)
    .join(', ');
  const p50s = Object.values(r.warm.noIo.skill.turns).map((s) => s?.p50 ?? 0);
  const hottest = top(r.turnProfile.ours, 30)
    .filter(([fn]) => !fn.startsWith('lambda/alexa/'))
    .slice(0, 3)
    .map(([fn, t]) => `\`${fn}\` ${pct(t, r.turnProfile.totalMs)}`)
    .join(', ');
  return [
    `**Allocate and compute less per turn.** Without I/O the skill's turns take ${ms(Math.min(...p50s))} to ${ms(Math.max(...p50s))} at p50, but ${missed.map((f) => `${f.figure} is ${ms(f.skill)}`).join(', ')}. Garbage collection ran ${gc.count} times in ${turns} turns, ${ms(gc.totalMs)} in all and up to ${ms(gc.maxMs)} at once, against ${r.warm.noIo.floorHello.gc.count} times for floor a. The turn profile puts the CPU in ${hot}; below the adapter, the hottest of our functions are ${hottest} (callees included).`,
  ];
}

/** The "what to improve" list, from the measurements: an item appears only while a figure calls for it. */
export function improvements(r: Results): string[] {
  const unmet = figuresOf(r).filter((f) => f.met === false);
  const missing = (prefix: string): boolean => unmet.some((f) => f.section.startsWith(prefix));
  const items: string[] = [];
  if (missing('1.') || missing('2.')) items.push(...coldStartItems(r));
  if (missing('3ii.')) items.push(...ioItems(r));
  items.push(...cpuItems(r));
  if (missing('4.')) items.push('**The skill sends more DynamoDB requests than floor b**: see the per-turn table above.');
  if (missing('5.'))
    items.push(
      `**Peak memory is ${r.memory.skill.maxRssMb} MB**, more than floor b's ${r.memory.floorStock.maxRssMb} MB and the ${MEMORY_ALLOWANCE_MB} MB allowed over it.`,
    );
  return items.length ? items : ['Every target is met; nothing to improve from these figures.'];
}
