import type { BuildOptions } from 'esbuild';

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

/**
 * What only the skill's bundle adds: the AWS SDK's default credential chain
 * (profiles, SSO, STS, web identity, container and instance metadata) is
 * replaced by the environment variables Lambda sets, which is all a Lambda
 * function ever uses. See lambda/storage/lambda-credentials.ts.
 */
export const SKILL_ONLY_OPTIONS = {
  alias: { '@aws-sdk/credential-provider-node': './lambda/storage/lambda-credentials.ts' },
} as const satisfies BuildOptions;
