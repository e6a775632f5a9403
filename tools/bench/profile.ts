import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageOf } from './build';

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

/** The parts of a V8 .cpuprofile the bench reads. */
interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: Frame; children?: number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a bundle's module load time went, averaged over profiles, in ms. */
export interface LoadProfile {
  /** Time by contributor: an npm package or repository folder, or a V8/Node/esbuild bucket. */
  readonly byContributor: Record<string, number>;
  /** For each contributor, which other package its time was called from. */
  readonly callers: Record<string, Record<string, number>>;
  /** The sampled load time the contributors add up to. */
  readonly totalMs: number;
  /** Inclusive time of our own functions (lambda/, bench/), keyed `file:line name`. */
  readonly ours: Record<string, number>;
}

/** Buckets for time that no package of the bundle owns. */
export const BUCKETS = {
  compile: 'V8: parsing and compiling the bundle file',
  gc: 'V8: garbage collection',
  native: 'V8: other native work',
  node: 'Node.js: module loader and built-ins',
  runner: 'bench runner (building envelopes, timing)',
  topLevel: 'bundle top level (scope-hoisted ES modules, esbuild glue)',
  helpers: 'esbuild module wrappers (first call of each wrapped module)',
} as const;

/** Credential sources and clients the skill never uses in Lambda, where credentials come from the environment. */
export const UNUSED_IN_LAMBDA = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/token-providers',
  '@aws-sdk/nested-clients',
  '@aws-sdk/middleware-endpoint-discovery',
  '@aws-sdk/endpoint-cache',
  'mnemonist',
  'obliterator',
  'bowser',
];

/** Bytes of a bundle composition that are {@link UNUSED_IN_LAMBDA}. */
export function unusedInLambdaBytes(composition: Readonly<Record<string, number>>): number {
  return UNUSED_IN_LAMBDA.reduce((sum, name) => sum + (composition[name] ?? 0), 0);
}

/** The AWS SDK's packages and its own dependencies, for one-line totals. */
export function isAwsSdk(name: string): boolean {
  return (
    /^@(aws-sdk|smithy|aws-crypto|aws)\//.test(name) ||
    ['bowser', 'mnemonist', 'obliterator', 'fast-xml-parser', 'strnum', 'tslib', 'uuid'].includes(name)
  );
}

/**
 * Attributes one phase of every .cpuprofile in `dir` (recorded by the runner)
 * to where the time went: `load` counts the samples taken while the runner's
 * `load` (the `require` of the bundle) was on the stack, plus GC samples in
 * that window; `turns` counts every sample after the load (async turns
 * resume from the microtask queue, so no runner frame marks them). A sample belongs to the package of the
 * nearest frame, from the leaf up, that the bundle's source map maps to an
 * original file; Node's built-ins that a package requires count for it.
 */
export function attributeProfiles(dir: string, bundle: string, phase: 'load' | 'turns' = 'load'): LoadProfile {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  const bundleUrl = pathToFileURL(bundle).href;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byContributor: Record<string, number> = {};
  const callers: Record<string, Record<string, number>> = {};
  const ours: Record<string, number> = {};
  const mapped = new Map<string, { name: string; fn: string | null } | null>();
  const lookUp = (frame: Frame): { name: string; fn: string | null } | null => {
    const key = `${frame.lineNumber}:${frame.columnNumber}`;
    if (!mapped.has(key)) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as {
        originalSource?: string;
        originalLine?: number;
        name?: string;
      };
      const source = entry.originalSource?.replace(/^file:\/\//, '');
      const file = source ? relative(process.cwd(), resolve(dirname(bundle), source)) : null;
      const own = file !== null && /^(lambda|bench)\//.test(file);
      mapped.set(
        key,
        file ? { name: packageOf(file), fn: own ? `${file}:${(entry.originalLine ?? 0) + 1} ${entry.name ?? ''}`.trim() : null } : null,
      );
    }
    return mapped.get(key) ?? null;
  };
  const packageAt = (frame: Frame): string | null => lookUp(frame)?.name ?? null;
  const add = (key: string, caller: string | null, ms: number): void => {
    byContributor[key] = (byContributor[key] ?? 0) + ms;
    if (caller) (callers[key] ??= {})[caller] = (callers[key]?.[caller] ?? 0) + ms;
  };
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    const stackOf = (id: number): Frame[] => {
      const frames: Frame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)?.callFrame as Frame);
      return frames;
    };
    const inLoad = (stack: Frame[]): boolean => stack.some((f) => f.functionName === 'load' && f.url.endsWith('runner.js'));
    let t = 0;
    const times = profile.samples.map((_, i) => (t += profile.timeDeltas[i] ?? 0));
    const loading = profile.samples.map((id) => inLoad(stackOf(id)));
    const first = phase === 'load' ? loading.indexOf(true) : loading.lastIndexOf(true) + 1;
    const last = phase === 'load' ? loading.lastIndexOf(true) : profile.samples.length - 1;
    for (let i = Math.max(first, 0); first >= 0 && i <= last; i += 1) {
      const ms = ((times[i + 1] ?? times[i] ?? 0) - (times[i] ?? 0)) / 1000 / files.length;
      const stack = stackOf(profile.samples[i] ?? -1);
      const leaf = stack[0];
      if (leaf?.functionName === '(garbage collector)') add(BUCKETS.gc, null, ms);
      else if (leaf?.functionName === '(program)') add(BUCKETS.native, null, ms);
      else if (loading[i] || phase === 'turns') {
        const inBundle = stack.filter((f) => f.url === bundleUrl);
        const fns = new Set(inBundle.map((f) => lookUp(f)?.fn).filter((fn): fn is string => Boolean(fn)));
        for (const fn of fns) ours[fn] = (ours[fn] ?? 0) + ms;
        const owner = inBundle.find((f) => packageAt(f) !== null);
        if (!owner) {
          const compiling = stack.some((f) => f.functionName === 'wrapSafe' || f.functionName === 'compileFunction');
          const top = inBundle[0] && inBundle[0].lineNumber === 0 && inBundle[0].columnNumber === 0;
          const runner = stack.some((f) => f.url.endsWith('runner.js'));
          const outside = compiling ? BUCKETS.compile : runner && phase === 'turns' ? BUCKETS.runner : BUCKETS.node;
          const idle = stack.every((f) => f.functionName === '(idle)' || f.functionName === '(root)');
          if (!idle) add(inBundle.length === 0 ? outside : top ? BUCKETS.topLevel : BUCKETS.helpers, null, ms);
        } else {
          const name = packageAt(owner) ?? '';
          const above = inBundle.slice(inBundle.indexOf(owner) + 1);
          const callerFrame = above.find((f) => packageAt(f) !== null && packageAt(f) !== name);
          add(name, callerFrame ? packageAt(callerFrame) : above.length > 0 ? 'bundle top level' : null, ms);
        }
      }
    }
  }
  const totalMs = Object.values(byContributor).reduce((sum, ms) => sum + ms, 0);
  return { byContributor, callers, totalMs, ours };
}

/** The top `n` entries of a record of numbers, largest first. */
export function top(values: Record<string, number>, n: number): [string, number][] {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);
}
