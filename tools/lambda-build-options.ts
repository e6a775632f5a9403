import type { BuildOptions, Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadContent } from '../lambda/domain/content-validation';
import { LANGUAGES } from '../lambda/domain/language';

/**
 * esbuild settings every Lambda bundle here shares, the floors of `npm run
 * bench` included. `mainFields` prefers the ES module builds of dependencies
 * (the AWS SDK ships both), which esbuild can tree-shake: the bundle shrinks
 * by about a third and loads faster.
 */
export const LAMBDA_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;

const BUNDLED_CONTENT = resolve(import.meta.dirname, '../lambda/bundled-content.ts');

/**
 * Replaces lambda/bundled-content.ts with the content as validated here, at
 * build time: the bundle indexes ready data, and neither the content schema
 * nor its validation runs (or is even shipped) in Lambda. Invalid content
 * throws ContentError, which fails the build naming every bad field.
 */
function prevalidatedContent(): Plugin {
  return {
    name: 'prevalidated-content',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]lambda[\\/]bundled-content\.ts$/ }, (args) => {
        if (resolve(args.path) !== BUNDLED_CONTENT) return undefined;
        const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../content', file), 'utf8'));
        const indexed = LANGUAGES.map((language) => {
          const folder = language === 'en' ? '' : `${language}/`;
          const content = loadContent(readJson(`${folder}stretches.json`), readJson(`${folder}routines.json`));
          return `${language}: indexContent(${JSON.stringify(content.stretches)}, ${JSON.stringify(content.routines)})`;
        });
        return {
          contents: [
            "import figures from '../content/figures.json';",
            "import { indexContent } from './domain/content';",
            `const contents = { ${indexed.join(', ')} };`,
            "export function bundledContent(language = 'en') { return contents[language]; }",
            'export function bundledFigures() { return figures; }',
          ].join('\n'),
          loader: 'ts',
          resolveDir: dirname(BUNDLED_CONTENT),
        };
      });
    },
  };
}

/**
 * What only the skill's bundle adds:
 * - the AWS SDK's default credential chain (profiles, SSO, STS, web identity,
 *   container and instance metadata) is replaced by the environment variables
 *   Lambda sets, which is all a Lambda function ever uses (see
 *   lambda/storage/lambda-credentials.ts);
 * - the content is carried as the build validated it.
 */
export const SKILL_ONLY_OPTIONS = {
  alias: { '@aws-sdk/credential-provider-node': './lambda/storage/lambda-credentials.ts' },
  plugins: [prevalidatedContent()],
} as const satisfies BuildOptions;
