/**
 * `npm run deploy`: render the card images, build the bundle, deploy the stack, then deploy the
 * skill package with the new function ARN. Arguments are passed to `cdk deploy`, e.g.
 * `npm run deploy -- -c alarmEmail=me@example.com`. Never run in CI or tests.
 */
import { resolve } from 'node:path';
import { deploySkill } from './deploy-skill';
import { assertInteractive, run } from './lib/run';

const root = resolve(__dirname, '..');

try {
  assertInteractive('npm run deploy');
  run('npm', ['run', 'figures'], root); // dist/figures is not committed: the stack uploads the card PNGs from it
  run('npm', ['run', 'build'], root);
  // broadening: asks before widening any IAM permission or security setting, never for routine updates.
  const cdkArgs = ['deploy', '--require-approval', 'broadening', '--outputs-file', '../cdk.out/outputs.json', ...process.argv.slice(2)];
  run('npm', ['run', 'cdk', '--', ...cdkArgs], root);
  deploySkill();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
