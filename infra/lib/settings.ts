import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'constructs';

/**
 * The DynamoDB actions the skill's repository (`lambda/storage/dynamo-progress-repository.ts`)
 * sends: one per command it uses. The function gets exactly these on the table and nothing
 * else; tests/infra derives the same list from the repository's source, so adding a command
 * there without adding it here fails a test instead of failing in production with AccessDenied.
 */
export const DYNAMODB_ACTIONS = ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchWriteItem'] as const;

/** An Alexa skill id: `amzn1.ask.skill.` followed by a lower-case UUID. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The function's memory in MB. Lambda gives CPU in proportion to memory (one
 * vCPU at 1,769 MB), and a cold start is CPU-bound: `npm run bench` measures
 * its CPU time and stretches it to this size. Why this size: infra/README.md.
 */
export const FUNCTION_MEMORY_MB = 512;

/** The stack's name in CloudFormation; `cdk.out/<name>.template.json` is its template. */
export const STACK_NAME = 'SciaticaStretches';

/** Where `npm run build` writes the Lambda bundle, relative to the project root (the CDK CLI's working directory). */
export const DEFAULT_LAMBDA_DIR = 'dist/lambda';

/** Where `npm run figures` writes the card PNGs, relative to the project root. */
export const DEFAULT_FIGURES_DIR = 'dist/figures';

/**
 * The key prefix the card PNGs are served under: the skill asks for
 * `${IMAGE_BASE_URL}/figures/<name>-small.png`, a path it builds itself (infra does not import lambda code).
 */
export const FIGURES_KEY_PREFIX = 'figures';

/**
 * The origins the Alexa app loads card images from. Its documentation on cards asks
 * that the image host allow both in CORS, or the card shows no picture.
 */
export const ALEXA_CARD_IMAGE_ORIGINS = ['http://ask-ifr-download.s3.amazonaws.com', 'https://ask-ifr-download.s3.amazonaws.com'];

/** Raised when the app cannot be synthesized as configured; the message says what to do. */
export class InfraConfigError extends Error {
  override name = 'InfraConfigError';
}

/**
 * The skill id from the CDK context `skillId`, else the environment variable `SKILL_ID`.
 * It is required: without it the Alexa trigger would have to accept any skill, which Alexa
 * certification rejects and which lets any other skill run up this function's bill.
 * @throws InfraConfigError when it is missing or malformed
 */
export function resolveSkillId(node: Node, env: NodeJS.ProcessEnv = process.env): string {
  const fromContext: unknown = node.tryGetContext('skillId');
  const raw = (typeof fromContext === 'string' && fromContext.trim() !== '' ? fromContext : (env.SKILL_ID ?? '')).trim();
  if (raw === '') {
    throw new InfraConfigError('Set the skill id: npm run synth -- -c skillId=amzn1.ask.skill.... or SKILL_ID=...');
  }
  if (!SKILL_ID_PATTERN.test(raw)) {
    throw new InfraConfigError(
      `The skill id "${raw}" must look like amzn1.ask.skill.<uuid>. ` +
        'Set the skill id: npm run synth -- -c skillId=amzn1.ask.skill.... or SKILL_ID=...',
    );
  }
  return raw;
}

/** The optional e-mail address for alarm notifications: context `alarmEmail`, else `ALARM_EMAIL`. */
export function resolveAlarmEmail(node: Node, env: NodeJS.ProcessEnv = process.env): string | null {
  const fromContext: unknown = node.tryGetContext('alarmEmail');
  const raw = (typeof fromContext === 'string' ? fromContext : (env.ALARM_EMAIL ?? '')).trim();
  if (raw === '') return null;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw)) throw new InfraConfigError(`alarmEmail "${raw}" is not an e-mail address`);
  return raw;
}

/**
 * True only for the deliberate `-c destroyData=true`: anything else keeps the table on
 * stack deletion, so a mistyped flag can never cost users their history.
 */
export function wantsDataDestroyed(node: Node): boolean {
  const value: unknown = node.tryGetContext('destroyData');
  return value === true || value === 'true';
}

/**
 * Checks the bundle exists before it is packaged: `Code.fromAsset` would otherwise upload
 * whatever the folder holds (or fail with a bare ENOENT), and Lambda would only fail at the
 * first Alexa request.
 * @throws InfraConfigError naming the missing file and the command that makes it
 */
export function assertLambdaBuilt(dir: string): void {
  const entry = join(dir, 'index.js');
  if (!existsSync(entry)) throw new InfraConfigError(`${entry} is missing. Run npm run build first.`);
}

/**
 * Checks the card PNGs exist before they are uploaded: the deployment would otherwise fail on
 * a missing folder, or empty the bucket (it prunes what the folder lacks) and leave every card's
 * picture broken.
 * @throws InfraConfigError naming the folder and the command that fills it
 */
export function assertFiguresBuilt(dir: string): void {
  if (!existsSync(dir)) throw new InfraConfigError(`${dir} is missing. Run npm run figures first.`);
  if (!readdirSync(dir).some((name) => name.endsWith('.png'))) {
    throw new InfraConfigError(`${dir} holds no card images (*.png). Run npm run figures first.`);
  }
}
