import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKILL_ID_PATTERN } from './settings';

/** The ASK CLI release the deploy runs through npx: pinned, so a new CLI cannot change a deploy unannounced. */
export const ASK_CLI = 'ask-cli@2.30.7';

/** A Lambda function ARN, unqualified (no version or alias): what the skill manifest's endpoint takes. */
const FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+$/;

/** What the deploy of the skill package needs from the deployed stack. */
export interface StackOutputs {
  readonly functionArn: string;
  readonly skillId: string;
}

/**
 * Reads the stack's outputs from the file `cdk deploy --outputs-file` wrote.
 * @throws Error naming the file and what is missing, e.g. when cdk deploy did not run or failed
 */
export function readStackOutputs(outputsFile: string, stackName: string): StackOutputs {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(outputsFile, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${outputsFile} (${(error as Error).message}). Run npm run deploy, which writes it.`, { cause: error });
  }
  const outputs = (parsed as Record<string, Record<string, unknown> | undefined>)[stackName] ?? {};
  const functionArn = outputs.FunctionArn;
  const skillId = outputs.SkillId;
  if (typeof functionArn !== 'string' || !FUNCTION_ARN.test(functionArn)) {
    throw new Error(`${outputsFile} has no ${stackName}.FunctionArn that is a Lambda function ARN`);
  }
  if (typeof skillId !== 'string' || !SKILL_ID_PATTERN.test(skillId)) {
    throw new Error(`${outputsFile} has no ${stackName}.SkillId that looks like amzn1.ask.skill.<uuid>`);
  }
  return { functionArn, skillId };
}

/** Where the skill package comes from and where the ASK CLI project is written. */
export interface SkillProjectOptions {
  /** The committed skill package: skill.json, interactionModels/ and assets/ (never modified). */
  readonly sourceDir: string;
  /** The ASK CLI project folder to (re)write; the skill package goes in its skill-package/. */
  readonly projectDir: string;
  readonly outputs: StackOutputs;
  /** The ASK CLI profile (`ask configure` makes `default`). */
  readonly profile: string;
}

type Manifest = { manifest?: { apis?: { custom?: { endpoint?: { uri?: string } } }; events?: { endpoint?: { uri?: string } } } };

/**
 * Writes an ASK CLI project that deploys the skill package to the existing skill:
 * a copy of skill.json with the function ARN as the endpoint of both requests and skill
 * events, the interaction models, `ask-resources.json` (skill metadata only: the code
 * is deployed by CDK, so no `code` or `skillInfrastructure`), and `.ask/ask-states.json`
 * with the skill id, so `ask deploy` updates that skill instead of creating a new one.
 * @returns the path of the written skill.json
 */
export function writeSkillProject({ sourceDir, projectDir, outputs, profile }: SkillProjectOptions): string {
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'skill.json'), 'utf8')) as Manifest;
  const custom = manifest.manifest?.apis?.custom;
  if (!custom) throw new Error(`${join(sourceDir, 'skill.json')} has no manifest.apis.custom to point at the function`);
  custom.endpoint = { ...custom.endpoint, uri: outputs.functionArn };
  // Skill events (SKILL_DISABLED, which deletes a user's data) go to the same function.
  if (manifest.manifest?.events) manifest.manifest.events.endpoint = { ...manifest.manifest.events.endpoint, uri: outputs.functionArn };

  const packageDir = join(projectDir, 'skill-package');
  rmSync(packageDir, { recursive: true, force: true }); // a locale removed from the source must not linger in the copy
  mkdirSync(packageDir, { recursive: true });
  cpSync(join(sourceDir, 'interactionModels'), join(packageDir, 'interactionModels'), { recursive: true });
  cpSync(join(sourceDir, 'assets'), join(packageDir, 'assets'), { recursive: true });
  const skillJson = join(packageDir, 'skill.json');
  writeFileSync(skillJson, `${JSON.stringify(manifest, null, 2)}\n`);

  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(
    join(projectDir, 'ask-resources.json'),
    json({ askcliResourcesVersion: '2020-03-31', profiles: { [profile]: { skillMetadata: { src: './skill-package' } } } }),
  );
  mkdirSync(join(projectDir, '.ask'), { recursive: true });
  writeFileSync(
    join(projectDir, '.ask', 'ask-states.json'),
    json({ askcliStatesVersion: '2020-03-31', profiles: { [profile]: { skillId: outputs.skillId } } }),
  );
  return skillJson;
}
