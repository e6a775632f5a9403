/**
 * Deploys the skill package (manifest and interaction models) to the existing skill, pointed at
 * the function `cdk deploy` created. `npm run deploy` runs it after cdk deploy; run it alone with
 * `npm run deploy:skill` to push only model or manifest changes. Reads cdk.out/outputs.json,
 * writes the ASK CLI project to cdk.out/ (the committed interaction-model/ is never modified),
 * then runs `ask deploy` there through npx with the pinned ASK CLI.
 *
 * Needs `npx ask-cli@2.30.7 configure` done once; ASK_DEFAULT_PROFILE picks another profile.
 */
import { resolve } from 'node:path';
import { assertInteractive, run } from './lib/run';
import { STACK_NAME } from './lib/settings';
import { ASK_CLI, readStackOutputs, writeSkillProject } from './lib/skill-package';

const root = resolve(__dirname, '..');
const projectDir = resolve(root, 'cdk.out');

/** Prepares the skill package, then hands it to the ASK CLI. */
export function deploySkill(): void {
  assertInteractive('deploy-skill');
  const profile = process.env.ASK_DEFAULT_PROFILE || 'default';
  const outputs = readStackOutputs(resolve(projectDir, 'outputs.json'), STACK_NAME);
  const skillJson = writeSkillProject({ sourceDir: resolve(root, 'interaction-model'), projectDir, outputs, profile });
  console.log(`Skill ${outputs.skillId}: endpoint ${outputs.functionArn} written to ${skillJson}`);
  // --yes: npx fetches the pinned CLI without asking; the deploy builds the models, which takes a few minutes.
  run('npx', ['--yes', ASK_CLI, 'deploy', '--profile', profile], projectDir);
}

if (require.main === module) {
  try {
    deploySkill();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
