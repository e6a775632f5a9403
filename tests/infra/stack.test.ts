import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SciaticaStretchesStack } from '../../infra/lib/sciatica-stretches-stack';
import { ALEXA_CARD_IMAGE_ORIGINS, DYNAMODB_ACTIONS, STACK_NAME } from '../../infra/lib/settings';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const SKILL_ID_ERROR = 'Set the skill id: npm run synth -- -c skillId=amzn1.ask.skill.... or SKILL_ID=...';
/** Picks the skill's function out from the helpers CDK adds for the image bucket (auto-delete, deployment). */
const SKILL_FUNCTION = { Properties: { Description: 'Sciatica Stretches Alexa skill' } };
/** CloudFront's managed CachingOptimized cache policy. */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
/** A 1×1 PNG: the stand-in figures only need to be a PNG file to be packaged. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** The feature flags the CLI synthesizes with, so these templates are the ones that deploy. */
const FLAGS = (JSON.parse(readFileSync('infra/cdk.json', 'utf8')) as { context: Record<string, unknown> }).context;

/** lib-dynamodb / client-dynamodb command names to the IAM action each one needs. */
const COMMAND_ACTIONS: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchWrite: 'BatchWriteItem',
  BatchGet: 'BatchGetItem',
  TransactWrite: 'TransactWriteItems',
  TransactGet: 'TransactGetItems',
};

/** The actions the repository really sends, read from its source: `new XCommand(` calls. */
function repositoryActions(): string[] {
  const source = readFileSync('lambda/storage/dynamo-progress-repository.ts', 'utf8');
  const commands = new Set([...source.matchAll(/new (\w+?)(?:Item)?Command\(/g)].map((match) => match[1] as string));
  return [...commands].map((command) => {
    const action = COMMAND_ACTIONS[command];
    if (!action) throw new Error(`The repository uses ${command}Command: add its IAM action to DYNAMODB_ACTIONS and this map`);
    return action;
  });
}

let work: string;
let fakeBuild: string;
let fakeFigures: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'infra-test-'));
  // A stand-in bundle, so these tests neither need nor disturb the real dist/lambda.
  fakeBuild = join(work, 'lambda');
  mkdirSync(fakeBuild);
  writeFileSync(join(fakeBuild, 'index.js'), 'exports.handler = async () => ({});\n');
  // Stand-in card images likewise, so the tests need no npm run figures and never upload the real ones.
  fakeFigures = join(work, 'figures');
  mkdirSync(fakeFigures);
  writeFileSync(join(fakeFigures, 'stretch-example-small.png'), TINY_PNG);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  vi.stubEnv('SKILL_ID', '');
  vi.stubEnv('ALARM_EMAIL', '');
});
afterEach(() => vi.unstubAllEnvs());

let apps = 0;
function makeStack(
  context: Record<string, unknown> = { skillId: SKILL_ID },
  { lambdaDir = fakeBuild, figuresDir = fakeFigures, region }: { lambdaDir?: string; figuresDir?: string; region?: string } = {},
) {
  apps += 1;
  const app = new App({ context: { ...FLAGS, ...context }, outdir: join(work, `out${apps}`) });
  return new SciaticaStretchesStack(app, STACK_NAME, { lambdaDir, figuresDir, ...(region ? { env: { region } } : {}) });
}
const synth = (context?: Record<string, unknown>): Template => Template.fromStack(makeStack(context));
/** The one resource of a type, or of a type with these properties (matched as findResources does). */
const only = (template: Template, type: string, props?: Record<string, unknown>): { id: string; resource: Record<string, any> } => {
  const entries = Object.entries(template.findResources(type, props));
  expect(entries).toHaveLength(1);
  const [id, resource] = entries[0]!;
  return { id, resource };
};
const skillFunction = (template: Template) => only(template, 'AWS::Lambda::Function', SKILL_FUNCTION);
/** The skill function's role, found through the function rather than by name. */
const skillRole = (template: Template): { id: string; resource: Record<string, any> } => {
  const id = skillFunction(template).resource.Properties.Role['Fn::GetAtt'][0] as string;
  return { id, resource: template.toJSON().Resources[id] };
};

describe('the skill function', () => {
  it('runs the bundle on Node.js 22, arm64, 512 MB, with a timeout under Alexa’s 8 s', () => {
    const template = synth();
    const { resource } = skillFunction(template);
    const props = resource.Properties;
    expect(props.Runtime).toBe('nodejs22.x');
    expect(props.Architectures).toEqual(['arm64']);
    expect(props.Handler).toBe('index.handler');
    expect(props.MemorySize).toBe(512);
    expect(props.Timeout).toBe(7);
    expect(props.Timeout).toBeLessThan(8);
  });

  it('is configured for the table, the skill id, APL-A and the card images, with source maps and no local endpoint', () => {
    const template = synth();
    const table = only(template, 'AWS::DynamoDB::Table');
    const distribution = only(template, 'AWS::CloudFront::Distribution');
    const variables = skillFunction(template).resource.Properties.Environment.Variables;
    expect(variables).toEqual({
      TABLE_NAME: { Ref: table.id },
      SKILL_ID: SKILL_ID,
      SPEECH_RENDERER: 'apla',
      NODE_OPTIONS: '--enable-source-maps',
      IMAGE_BASE_URL: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution.id, 'DomainName'] }]] },
    });
  });

  it('logs to its own log group, kept for a month', () => {
    const template = synth();
    const fn = skillFunction(template).resource;
    const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref as string;
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } });
  });

  it('shares the stack with no log group kept forever or left behind, the figure upload’s included', () => {
    const logGroups = Object.values(synth().findResources('AWS::Logs::LogGroup'));
    expect(logGroups).toHaveLength(2);
    for (const logGroup of logGroups) {
      expect(logGroup.Properties.RetentionInDays).toBe(30);
      expect(logGroup.DeletionPolicy).toBe('Delete');
    }
  });

  it('can be invoked by Alexa for this skill only', () => {
    const template = synth();
    const fn = skillFunction(template);
    const { resource } = only(template, 'AWS::Lambda::Permission');
    expect(resource.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [fn.id, 'Arn'] },
    });
  });
});

describe('the progress table', () => {
  it('is on demand, keyed pk/sk, with TTL on expiresAt and point-in-time recovery', () => {
    const { resource } = only(synth(), 'AWS::DynamoDB::Table');
    expect(resource.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(resource.Properties.GlobalSecondaryIndexes).toBeUndefined();
  });

  it('survives stack deletion and replacement, and cannot be deleted by hand', () => {
    const { resource } = only(synth(), 'AWS::DynamoDB::Table');
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties.DeletionProtectionEnabled).toBe(true);
  });

  it('is deleted with the stack only with destroyData=true, not a near miss', () => {
    const destroyed = only(synth({ skillId: SKILL_ID, destroyData: 'true' }), 'AWS::DynamoDB::Table').resource;
    expect(destroyed.DeletionPolicy).toBe('Delete');
    expect(destroyed.UpdateReplacePolicy).toBe('Delete');
    expect(destroyed.Properties.DeletionProtectionEnabled).toBe(false);
    for (const value of ['false', 'yes', 'TRUE', '1']) {
      expect(only(synth({ skillId: SKILL_ID, destroyData: value }), 'AWS::DynamoDB::Table').resource.DeletionPolicy).toBe('Retain');
    }
  });
});

describe('permissions', () => {
  it('lists exactly the DynamoDB actions the repository sends', () => {
    expect([...DYNAMODB_ACTIONS].sort()).toEqual(repositoryActions().sort());
  });

  it('grant those actions on the table ARN only, with no wildcard action or "*" resource in the skill’s policy', () => {
    const template = synth();
    const table = only(template, 'AWS::DynamoDB::Table');
    const policy = only(template, 'AWS::IAM::Policy', { Properties: { Roles: [{ Ref: skillRole(template).id }] } });
    const statements = policy.resource.Properties.PolicyDocument.Statement as Record<string, any>[];
    const dynamo = statements.filter((statement) => [statement.Action].flat().some((action: string) => action.startsWith('dynamodb:')));
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: repositoryActions()
          .map((action) => `dynamodb:${action}`)
          .sort(),
        Resource: { 'Fn::GetAtt': [table.id, 'Arn'] },
      },
    ]);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of [statement.Action].flat()) expect(action).not.toContain('*');
      for (const resource of [statement.Resource].flat()) expect(resource).not.toBe('*');
    }
  });

  it('grant nothing on "*" anywhere in the stack, CDK’s helper functions included', () => {
    const statements = Object.values(synth().findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as Record<string, any>[],
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) for (const resource of [statement.Resource].flat()) expect(resource).not.toBe('*');
  });

  it('give the role no managed policy (the default one allows logs on "*")', () => {
    const { resource } = skillRole(synth());
    expect(resource.Properties.ManagedPolicyArns).toBeUndefined();
    expect(resource.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
  });
});

describe('alarms', () => {
  const alarm = (template: Template, metricName: string): Record<string, any> => {
    const matches = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter((found) =>
      JSON.stringify(found.Properties).includes(`"MetricName":"${metricName}"`),
    );
    expect(matches).toHaveLength(1);
    return matches[0]!.Properties;
  };
  const atLeastOnce = {
    Threshold: 1,
    EvaluationPeriods: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
  };

  it('fire on one function error or throttle in 5 minutes', () => {
    const template = synth();
    template.resourceCountIs('AWS::CloudWatch::Alarm', 3);
    const fn = skillFunction(template);
    for (const metricName of ['Errors', 'Throttles']) {
      expect(alarm(template, metricName)).toMatchObject({
        ...atLeastOnce,
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 300,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn.id } }],
      });
    }
  });

  it('fire on one throttled table request, summing every operation the skill uses with gaps filled', () => {
    const template = synth();
    const props = alarm(template, 'ThrottledRequests');
    expect(props).toMatchObject(atLeastOnce);
    const metrics = props.Metrics as Record<string, any>[];
    const expression = metrics.find((metric) => metric.Expression)!;
    expect(expression.ReturnData).toBe(true);
    const operations = metrics
      .filter((metric) => metric.MetricStat)
      .map((metric) => {
        const { Metric, Period, Stat } = metric.MetricStat;
        expect({ namespace: Metric.Namespace, name: Metric.MetricName, Period, Stat }).toEqual({
          namespace: 'AWS/DynamoDB',
          name: 'ThrottledRequests',
          Period: 300,
          Stat: 'Sum',
        });
        expect(expression.Expression).toContain(`FILL(${metric.Id as string}, 0)`);
        return Metric.Dimensions.find((dimension: { Name: string }) => dimension.Name === 'Operation').Value as string;
      });
    expect(operations.sort()).toEqual(repositoryActions().sort());
  });

  it('notify nobody by default, and an e-mail address when alarmEmail is set', () => {
    const quiet = synth();
    quiet.resourceCountIs('AWS::SNS::Topic', 0);
    for (const found of Object.values(quiet.findResources('AWS::CloudWatch::Alarm'))) expect(found.Properties.AlarmActions).toBeUndefined();

    const loud = synth({ skillId: SKILL_ID, alarmEmail: 'ops@example.com' });
    const topic = only(loud, 'AWS::SNS::Topic');
    loud.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: { Ref: topic.id } });
    for (const found of Object.values(loud.findResources('AWS::CloudWatch::Alarm'))) {
      expect(found.Properties.AlarmActions).toEqual([{ Ref: topic.id }]);
      expect(found.Properties.OKActions).toEqual([{ Ref: topic.id }]);
    }
  });
});

describe('card images', () => {
  const statementsOf = (template: Template, bucketId: string): Record<string, any>[] =>
    only(template, 'AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucketId } } }).resource.Properties.PolicyDocument.Statement;

  it('live in a private, encrypted bucket that refuses plain HTTP and goes with the stack', () => {
    const template = synth();
    const bucket = only(template, 'AWS::S3::Bucket');
    expect(bucket.resource.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(bucket.resource.Properties.WebsiteConfiguration).toBeUndefined();
    const statements = statementsOf(template, bucket.id);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    // Whatever the policy allows, it allows to a named principal: never to everyone.
    for (const statement of statements.filter((found) => found.Effect === 'Allow')) {
      expect(JSON.stringify(statement.Principal)).not.toContain('"*"');
    }
    expect(bucket.resource.DeletionPolicy).toBe('Delete');
    template.hasResourceProperties('Custom::S3AutoDeleteObjects', { BucketName: { Ref: bucket.id } });
  });

  it('are served by CloudFront through Origin Access Control, over HTTPS only, with optimised caching', () => {
    const template = synth();
    const bucket = only(template, 'AWS::S3::Bucket');
    const oac = only(template, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.resource.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const distribution = only(template, 'AWS::CloudFront::Distribution');
    const config = distribution.resource.Properties.DistributionConfig;
    expect(config.Origins).toEqual([
      expect.objectContaining({
        DomainName: { 'Fn::GetAtt': [bucket.id, 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [oac.id, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' }, // no legacy origin access identity
      }),
    ]);
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: CACHING_OPTIMIZED,
    });
    expect(config.CacheBehaviors).toBeUndefined();
    // The bucket lets CloudFront read objects for this distribution only.
    expect(statementsOf(template, bucket.id)).toContainEqual({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket.id, 'Arn'] }, '/*']] },
      Condition: {
        StringEquals: {
          'AWS:SourceArn': {
            'Fn::Join': [
              '',
              ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::', { Ref: 'AWS::AccountId' }, ':distribution/', { Ref: distribution.id }],
            ],
          },
        },
      },
    });
  });

  it('carry CORS headers for the Alexa app’s origins, http and https', () => {
    expect(ALEXA_CARD_IMAGE_ORIGINS).toEqual(['http://ask-ifr-download.s3.amazonaws.com', 'https://ask-ifr-download.s3.amazonaws.com']);
    const template = synth();
    const policy = only(template, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(policy.resource.Properties.ResponseHeadersPolicyConfig.CorsConfig).toEqual({
      AccessControlAllowOrigins: { Items: ALEXA_CARD_IMAGE_ORIGINS },
      AccessControlAllowMethods: { Items: ['GET', 'HEAD'] },
      AccessControlAllowHeaders: { Items: ['*'] },
      AccessControlAllowCredentials: false,
      OriginOverride: true,
    });
    const behavior = only(template, 'AWS::CloudFront::Distribution').resource.Properties.DistributionConfig.DefaultCacheBehavior;
    expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policy.id });
  });

  it('are uploaded from the figures folder to figures/, replacing what was there, cached for an hour', () => {
    const template = synth();
    const bucket = only(template, 'AWS::S3::Bucket');
    const { resource } = only(template, 'Custom::CDKBucketDeployment');
    expect(resource.Properties).toMatchObject({
      DestinationBucketName: { Ref: bucket.id },
      DestinationBucketKeyPrefix: 'figures/',
      Prune: true,
      SystemMetadata: { 'cache-control': 'max-age=3600' },
    });
    expect(resource.Properties.SourceObjectKeys).toHaveLength(1);
  });
});

describe('settings', () => {
  it('outputs the function ARN, the table name, the skill id and the image base URL', () => {
    const template = synth();
    const fn = skillFunction(template);
    template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [fn.id, 'Arn'] } });
    template.hasOutput('TableName', { Value: { Ref: only(template, 'AWS::DynamoDB::Table').id } });
    template.hasOutput('SkillId', { Value: SKILL_ID });
    template.hasOutput('ImageBaseUrl', { Value: fn.resource.Properties.Environment.Variables.IMAGE_BASE_URL });
  });

  it('take the skill id from SKILL_ID when the context has none', () => {
    vi.stubEnv('SKILL_ID', SKILL_ID);
    only(synth({}), 'AWS::Lambda::Permission');
  });

  it('fail with a clear message when the skill id is missing or malformed', () => {
    expect(() => makeStack({})).toThrow(SKILL_ID_ERROR);
    expect(() => makeStack({ skillId: '  ' })).toThrow(SKILL_ID_ERROR);
    for (const bad of ['amzn1.ask.skill.nope', 'amzn1.echo-sdk-ams.app.11111111-2222-3333-4444-555555555555', `${SKILL_ID}x`]) {
      expect(() => makeStack({ skillId: bad })).toThrow(/must look like amzn1\.ask\.skill\.<uuid>.*Set the skill id/);
      vi.stubEnv('SKILL_ID', bad);
      expect(() => makeStack({})).toThrow(/must look like amzn1\.ask\.skill\.<uuid>/);
      vi.stubEnv('SKILL_ID', '');
    }
  });

  it('fail with a clear message before packaging a bundle that was never built', () => {
    expect(() => makeStack({ skillId: SKILL_ID }, { lambdaDir: join(work, 'no-build') })).toThrow(
      /index\.js is missing\. Run npm run build first/,
    );
  });

  it('fail with a clear message before uploading card images that were never rendered', () => {
    const missing = join(work, 'no-figures');
    expect(() => makeStack({ skillId: SKILL_ID }, { figuresDir: missing })).toThrow(`${missing} is missing. Run npm run figures first.`);
    // A folder without PNGs would be uploaded as is, and the upload deletes the images it lacks.
    const empty = join(work, 'figures-without-png');
    mkdirSync(empty);
    writeFileSync(join(empty, 'stretch-example.svg'), '<svg/>');
    expect(() => makeStack({ skillId: SKILL_ID }, { figuresDir: empty })).toThrow(
      `${empty} holds no card images (*.png). Run npm run figures first.`,
    );
  });

  it('rejects a malformed alarm e-mail address', () => {
    expect(() => makeStack({ skillId: SKILL_ID, alarmEmail: 'ops' })).toThrow(/alarmEmail "ops" is not an e-mail address/);
  });

  it('warns when the region is one Alexa cannot call', () => {
    const annotations = Annotations.fromStack(makeStack({ skillId: SKILL_ID }, { region: 'eu-central-1' }));
    annotations.hasWarning('*', Match.stringLikeRegexp('Alexa cannot call a function in eu-central-1'));
    expect(Annotations.fromStack(makeStack({ skillId: SKILL_ID }, { region: 'us-east-1' })).findWarning('*', Match.anyValue())).toEqual([]);
  });
});

describe('npm run synth (the pinned CDK CLI, offline)', () => {
  it('writes the template to cdk.out with no AWS credentials', { timeout: 180_000 }, () => {
    // The CLI packages the real bundle and card images; make each only if it is missing (a second or two).
    if (!existsSync('dist/lambda/index.js')) execFileSync('npx', ['tsx', 'tools/build.ts'], { stdio: 'pipe', timeout: 120_000 });
    if (!existsSync('dist/figures') || !readdirSync('dist/figures').some((name) => name.endsWith('.png'))) {
      execFileSync('npx', ['tsx', 'tools/figures/main.ts'], { stdio: 'pipe', timeout: 120_000 });
    }
    const templateFile = join('cdk.out', `${STACK_NAME}.template.json`);
    rmSync(templateFile, { force: true }); // a stale template must not pass for a fresh one
    const env: NodeJS.ProcessEnv = { ...process.env, SKILL_ID, AWS_EC2_METADATA_DISABLED: 'true' };
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete env[name];
    execFileSync('npm', ['run', 'synth'], { env, stdio: 'pipe', timeout: 120_000 });
    const template = JSON.parse(readFileSync(templateFile, 'utf8')) as { Resources: Record<string, { Type: string; Properties: any }> };
    const functions = Object.values(template.Resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === SKILL_FUNCTION.Properties.Description,
    );
    expect(functions.map((fn) => [fn.Properties.Runtime, fn.Properties.Environment.Variables.SKILL_ID])).toEqual([
      ['nodejs22.x', SKILL_ID],
    ]);
    expect(functions[0]!.Properties.Environment.Variables.IMAGE_BASE_URL).toBeDefined();
    expect(Object.values(template.Resources).filter((resource) => resource.Type === 'Custom::CDKBucketDeployment')).toHaveLength(1);
  });
});
