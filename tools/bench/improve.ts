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
  const [zodEn, esm, both] = [variant('skillZodEn'), variant('skillEsm'), variant('skillEsmZodEn')];
  const gain = (v: { cpu: number }): string => ms(cpu('skill') - v.cpu);
  if (skill - esm.bytes > 20 * KIB) {
    items.push(
      `**Bundle the dependencies' ES module builds.** With \`mainFields: ['module', 'main']\` esbuild takes the SDK's \`dist-es\` and tree-shakes it: ${kibWithUnit(skill - esm.bytes)} smaller and ${gain(esm)} less module-load CPU. With the zod change below as well: ${kibWithUnit(both.bytes)} (floor b: ${kibWithUnit(r.bundles.floorStock.bytes)}), cold start ${ms(both.total)} against ${ms(r.cold.skill?.totalMs)} today and floor b's ${ms(r.cold.floorStock?.totalMs)}. Run \`npm test\` (the build contract) on such a bundle before shipping it.`,
    );
  }
  if (skill - zodEn.bytes > 20 * KIB) {
    items.push(
      `**Leave zod's other languages out of the bundle.** \`import { z } from 'zod'\` keeps \`z.locales\`, every language's error messages, so esbuild bundles them all: zod is ${kibWithUnit(r.composition.zod ?? 0)} of the ${kibWithUnit(skill)} bundle. Resolving zod's locales index to English alone (the \`zodEnglishOnly\` plugin in \`tools/bench/build.ts\`, to move into \`tools/build.ts\`) saves ${kibWithUnit(skill - zodEn.bytes)} and ${gain(zodEn)} of module-load CPU here. \`zod/mini\` would save more, at the cost of rewriting the schemas.`,
    );
  }
  const loads = r.isolatedLoads;
  const validation = (loads['zod + content validation (loadContent)']?.loadMs ?? 0) - (loads['zod alone']?.loadMs ?? 0);
  const fromDomain = r.profile.callers.zod?.['lambda/domain'] ?? 0;
  if (validation > 3 || fromDomain > 3) {
    items.push(
      `**Do not validate the content again at every cold start.** \`tools/build.ts\` already validates \`content/\` with \`loadContent\`, and \`lambda/index.ts\` repeats the zod parse on each cold start: about ${ms(validation)} on its own, and ${ms(fromDomain)} of zod time called from \`lambda/domain\` in the profile. The bundle could carry the content as the build validated it and only build the lookups at start-up, keeping the zod parse in the build and the tests.`,
    );
  }
  const sdk = Object.entries(r.profile.byContributor)
    .filter(([name]) => isAwsSdk(name))
    .reduce((sum, [, t]) => sum + t, 0);
  const unused = unusedInLambdaBytes(r.composition);
  items.push(
    `**The AWS SDK is the other big block, and floor b pays it too.** It is ${ms(sdk)} of the profiled load; loaded alone, the client and the document client take ${ms(loads['client-dynamodb + lib-dynamodb (as the skill imports them)']?.loadMs)}, compile included. Its credential providers, STS and SSO clients and endpoint discovery, which the skill never uses in Lambda, are ${kibWithUnit(unused)} of the bundle; the SDK runs them lazily, so they cost parse time, which the ES module build above reduces. The local-only \`DescribeTable\` adds one round trip to the skill's cold start here and none in AWS.`,
  );
  return items;
}

/** Warm turns with DynamoDB: the requests behind each turn kind that misses half of floor b. */
function ioItems(r: Results): string[] {
  const items: string[] = [];
  const skill = r.warm.withIo.skill.turns;
  const floor = r.warm.withIo.floorStock.turns;
  const oneRequest = skill.launch?.p50 ?? Number.NaN;
  const floorP50 = floor.launch?.p50 ?? Number.NaN;
  if (oneRequest > floorP50 / 2) {
    items.push(
      `**Half of floor b cannot be met by a turn that touches storage, here.** Floor b's turn is two sequential round trips (p50 ${ms(floorP50)}); the skill's launch is one Query and takes ${ms(oneRequest)} (${pct(oneRequest, floorP50)} of floor b), because DynamoDB Local's round trip dominates both. Only turns without requests ("repeat", ${ms(skill.repeat?.p50)}) meet it. The lever is fewer turns with requests and fewer requests per turn, as below; the target could be restated per request.`,
    );
  }
  const writes = r.requests.skill.routine.turns.find((t) => t.kind === 'next')?.requests.length ?? 0;
  if (writes > 1 && (skill.next?.p50 ?? 0) > oneRequest * 1.2) {
    items.push(
      `**Save a finished side with one request instead of ${writes}.** Every "next" writes the resume point (ACTIVE) and the run's record (SESSION) in parallel, and the closing one ${r.requests.skill.routine.turns.at(-1)?.requests.length ?? 0} items: next p50 ${ms(skill.next?.p50)}, p99 ${ms(skill.next?.p99)}, against ${ms(oneRequest)} / ${ms(skill.launch?.p99)} for the one-request launch and ${ms(floor.next?.p50)} / ${ms(floor.next?.p99)} for floor b. On this two-core host the parallel writes nearly serialise; in AWS they overlap better, but each is still a write unit and one more chance of a slow tail. Writing a side's progress to one item (for example the resume point kept in the run's record, with ACTIVE only naming the run and written when a run starts, pauses or ends) would make most "next" turns one conditional write.`,
    );
  }
  return items;
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
