import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundle
 * (tools/lambda-build-options.ts). Lambda gives a function its role's
 * credentials in environment variables, so the rest of the default chain
 * (profiles, SSO, STS, metadata endpoints) is dead weight there: about a
 * tenth of the bundle to parse at every cold start.
 */
export function defaultProvider(): ReturnType<typeof fromEnv> {
  return fromEnv();
}
