import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertInteractive } from '../../infra/lib/run';
import { STACK_NAME } from '../../infra/lib/settings';
import { ASK_CLI, readStackOutputs, writeSkillProject } from '../../infra/lib/skill-package';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:SciaticaStretches-SkillFunction63F28660-AbCdEf123456';
const read = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'skill-package-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputsFile = (outputs: unknown): string => {
  const file = join(work, `outputs-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(outputs));
  return file;
};

describe('readStackOutputs', () => {
  it('reads the function ARN and skill id cdk deploy wrote', () => {
    const file = outputsFile({ [STACK_NAME]: { FunctionArn: FUNCTION_ARN, SkillId: SKILL_ID, TableName: 't' } });
    expect(readStackOutputs(file, STACK_NAME)).toEqual({ functionArn: FUNCTION_ARN, skillId: SKILL_ID });
  });

  it('says what is wrong when the file or an output is missing or malformed', () => {
    expect(() => readStackOutputs(join(work, 'none.json'), STACK_NAME)).toThrow(/Cannot read .*none\.json.*Run npm run deploy/);
    expect(() => readStackOutputs(outputsFile({}), STACK_NAME)).toThrow(/no SciaticaStretches\.FunctionArn/);
    const qualified = outputsFile({ [STACK_NAME]: { FunctionArn: `${FUNCTION_ARN}:live`, SkillId: SKILL_ID } });
    expect(() => readStackOutputs(qualified, STACK_NAME)).toThrow(/FunctionArn that is a Lambda function ARN/);
    const noSkill = outputsFile({ [STACK_NAME]: { FunctionArn: FUNCTION_ARN, SkillId: 'amzn1.ask.skill.x' } });
    expect(() => readStackOutputs(noSkill, STACK_NAME)).toThrow(/SkillId that looks like amzn1\.ask\.skill\.<uuid>/);
  });
});

describe('writeSkillProject', () => {
  it('writes an ASK CLI project for the existing skill, pointed at the function, leaving interaction-model/ untouched', () => {
    const committed = readFileSync('interaction-model/skill.json', 'utf8');
    const projectDir = join(work, 'project');
    const skillJson = writeSkillProject({
      sourceDir: 'interaction-model',
      projectDir,
      outputs: { functionArn: FUNCTION_ARN, skillId: SKILL_ID },
      profile: 'default',
    });

    expect(readFileSync('interaction-model/skill.json', 'utf8')).toBe(committed);
    expect(skillJson).toBe(join(projectDir, 'skill-package', 'skill.json'));
    const manifest = read(skillJson).manifest;
    expect(manifest.apis.custom.endpoint.uri).toBe(FUNCTION_ARN);
    expect(manifest.events.endpoint.uri).toBe(FUNCTION_ARN);
    expect(manifest.events.subscriptions).toEqual(JSON.parse(committed).manifest.events.subscriptions);
    expect(manifest.publishingInformation).toEqual(JSON.parse(committed).manifest.publishingInformation);

    const models = readdirSync('interaction-model/interactionModels/custom').sort();
    expect(readdirSync(join(projectDir, 'skill-package/interactionModels/custom')).sort()).toEqual(models);
    for (const model of models) {
      expect(readFileSync(join(projectDir, 'skill-package/interactionModels/custom', model), 'utf8')).toBe(
        readFileSync(join('interaction-model/interactionModels/custom', model), 'utf8'),
      );
    }
    expect(read(join(projectDir, 'ask-resources.json'))).toEqual({
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: './skill-package' } } },
    });
    expect(read(join(projectDir, '.ask/ask-states.json'))).toEqual({
      askcliStatesVersion: '2020-03-31',
      profiles: { default: { skillId: SKILL_ID } },
    });
  });

  it('replaces a previous copy, so a locale removed from the source is not deployed again', () => {
    const projectDir = join(work, 'again');
    const stale = join(projectDir, 'skill-package/interactionModels/custom/xx-XX.json');
    mkdirSync(join(projectDir, 'skill-package/interactionModels/custom'), { recursive: true });
    writeFileSync(stale, '{}');
    writeSkillProject({
      sourceDir: 'interaction-model',
      projectDir,
      outputs: { functionArn: FUNCTION_ARN, skillId: SKILL_ID },
      profile: 'dev',
    });
    expect(readdirSync(join(projectDir, 'skill-package/interactionModels/custom'))).not.toContain('xx-XX.json');
    expect(read(join(projectDir, '.ask/ask-states.json')).profiles).toEqual({ dev: { skillId: SKILL_ID } });
  });
});

describe('the deploy scripts', () => {
  it('pin the ASK CLI', () => {
    expect(ASK_CLI).toBe('ask-cli@2.30.7');
  });

  it('refuse to run in tests and CI', () => {
    expect(() => assertInteractive('deploy-skill')).toThrow(/does not run in CI or tests/);
  });

  it('pin the CDK packages exactly, and synth offline without lookups', () => {
    const pkg = read('package.json');
    expect(pkg.devDependencies).toMatchObject({ 'aws-cdk': '2.1148.1', 'aws-cdk-lib': '2.276.0', constructs: '10.8.1' });
    expect(pkg.scripts.synth).toContain('--no-lookups');
    expect(pkg.scripts.cdk).toContain('--no-notices');
  });
});
