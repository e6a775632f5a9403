/**
 * The CDK app. `npm run synth`, `npm run deploy` and `npm run destroy` run it through the
 * pinned CDK CLI from infra/, where cdk.json holds the feature flags (see infra/README.md).
 */
import { App } from 'aws-cdk-lib';
import { resolve } from 'node:path';
import { SciaticaStretchesStack } from '../lib/sciatica-stretches-stack';
import { InfraConfigError, STACK_NAME } from '../lib/settings';

try {
  const app = new App();
  new SciaticaStretchesStack(app, STACK_NAME, {
    description: 'Sciatica Stretches Alexa skill: function, progress table, alarms, card images',
    // The bundle from `npm run build`, found from this file so the CLI's working directory does not matter.
    lambdaDir: resolve(__dirname, '../../dist/lambda'),
    figuresDir: resolve(__dirname, '../../dist/figures'), // the card PNGs from `npm run figures`
    // The account and region the CLI resolved from your credentials, if any. Left unset
    // (an environment-agnostic stack) when there are none, so synth works offline.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  app.synth();
} catch (error) {
  // A setting the user must fix: say what to do, without a stack trace burying it.
  if (!(error instanceof InfraConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
