import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { LAMBDA_BUILD_OPTIONS } from '../lambda-build-options';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export { LAMBDA_BUILD_OPTIONS, SKILL_ONLY_OPTIONS } from '../lambda-build-options';

/** One bundle built for the bench. */
export interface BuiltBundle {
  readonly name: string;
  /** Absolute path of the .js file (its source map is next to it). */
  readonly file: string;
  readonly bytes: number;
  /** Size after gzip at level 9. */
  readonly gzipBytes: number;
  /** Output bytes by npm package (or by repository folder for our own code). */
  readonly composition: Record<string, number>;
}

/** Which package (or repository folder) an esbuild input path belongs to. */
export function packageOf(path: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules?.[1]) return inModules[1];
  const parts = path.replace(/^(\.\.\/)+/, '').split('/');
  return parts.length > 1 ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
}

function describe(name: string, file: string, metafile: Metafile): BuiltBundle {
  const code = readFileSync(file);
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const composition: Record<string, number> = {};
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const key = packageOf(input);
    composition[key] = (composition[key] ?? 0) + bytesInOutput;
  }
  return { name, file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, composition };
}

/** Builds `entry` (a file, or TypeScript source given inline) into `<outDir>/<name>/index.js` with the Lambda settings plus `extra`. */
export async function buildBundle(
  name: string,
  entry: { file: string } | { source: string },
  outDir: string,
  extra: BuildOptions = {},
): Promise<BuiltBundle> {
  const outfile = join(outDir, name, 'index.js');
  const input: BuildOptions =
    'file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: process.cwd(), loader: 'ts' } };
  const result = await build({ ...input, ...LAMBDA_BUILD_OPTIONS, ...extra, outfile, metafile: true, logLevel: 'error' });
  return describe(name, outfile, result.metafile);
}

/** Describes an existing bundle (dist/lambda/index.js) with the metafile of a byte-identical rebuild. */
export function describeExisting(name: string, file: string, replica: BuiltBundle): BuiltBundle {
  return { ...replica, name, file, bytes: readFileSync(file).length, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length };
}

/** True when the replica of lambda/index.ts is byte-identical to what `npm run build` wrote. */
export function verifyReplica(distFile: string, replica: BuiltBundle): boolean {
  return readFileSync(distFile).equals(readFileSync(replica.file));
}

/** Bundles the child-process runner for plain `node` (not a Lambda bundle, so not minified). */
export async function buildRunner(outDir: string): Promise<string> {
  const outfile = join(outDir, 'runner.js');
  await build({
    entryPoints: ['tools/bench/runner.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Entries that load one dependency alone, bundled with the Lambda settings,
 * to see what each costs at module load without the rest of the skill.
 */
export const ISOLATED_ENTRIES: Readonly<Record<string, string>> = {
  '@aws-sdk/client-dynamodb alone': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const handler = async () => new DynamoDBClient({ region: 'us-east-1' });`,
  'client-dynamodb + lib-dynamodb (as the skill imports them)': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));`,
  'ask-sdk-core alone': `import { SkillBuilders } from 'ask-sdk-core';
export const handler = async () => SkillBuilders.custom().create();`,
  'zod alone': `import { z } from 'zod';
export const handler = async () => z.object({ a: z.string() });`,
  'zod + content validation (loadContent)': `import routines from './content/routines.json';
import stretches from './content/stretches.json';
import { loadContent } from './lambda/domain/content-validation';
const content = loadContent(stretches, routines);
export const handler = async () => content;`,
};

/**
 * An esbuild plugin for a what-if build: zod's `locales` index (every
 * language's error messages, re-exported as `z.locales`) resolves to English
 * alone. zod registers English itself, and the skill never reads messages in
 * another language.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.c?js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
      const file = join(dirname(args.importer), args.path);
      return { path: file, namespace: 'zod-english-only' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: args.path.endsWith('.cjs')
        ? "const en = require('./en.cjs'); module.exports = { en: en.default ?? en };"
        : "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * What-if builds of the skill: the same Lambda settings plus one change each,
 * measured for size and cold start next to the real bundle. They are not
 * what ships; they show what a change to tools/build.ts would buy.
 */
export const VARIANTS: Readonly<Record<string, { readonly label: string; readonly options: BuildOptions }>> = {
  skillZodEn: { label: "zod's locales index resolved to English only (esbuild plugin)", options: { plugins: [zodEnglishOnly] } },
};
