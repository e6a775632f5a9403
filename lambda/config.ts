import * as z from './zod';

/** How hold responses are rendered; see the README's "How holds are rendered". */
export const SPEECH_RENDERERS = ['apla', 'ssml'] as const;
/** A speech renderer name. */
export type SpeechRenderer = (typeof SPEECH_RENDERERS)[number];

/** The skill's configuration, read once at cold start. */
export interface Config {
  /** When set, requests for any other skill id are refused. */
  readonly skillId: string | null;
  /** `apla` sends responses with a hold as APL for Audio; `ssml` always sends SSML with stacked breaks. */
  readonly speechRenderer: SpeechRenderer;
  /** The DynamoDB table holding progress. */
  readonly tableName: string;
  readonly region: string;
  /** A local DynamoDB endpoint; when set, the table is created on first use. Unset in AWS. */
  readonly dynamoEndpoint: string | null;
  /**
   * Where the card images are served, with no trailing slash: a stretch's card shows
   * `${imageBaseUrl}/figures/<name>-small.png` and `-large.png`. Null sends text-only cards.
   */
  readonly imageBaseUrl: string | null;
}

/** An optional variable that may also be set empty, which means unset. */
const unsetOrEmpty = (schema: z.ZodMiniType<string>) => z.union([z.optional(schema), z.literal('')]);

const envSchema = z.object({
  SKILL_ID: unsetOrEmpty(z.string().check(z.trim(), z.regex(/^amzn1\.ask\.skill\.[0-9a-f-]+$/, 'must look like amzn1.ask.skill.<uuid>'))),
  SPEECH_RENDERER: z.optional(z.enum(SPEECH_RENDERERS, { message: `must be one of ${SPEECH_RENDERERS.join(', ')}` })),
  TABLE_NAME: unsetOrEmpty(
    z.string().check(z.regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'must be a DynamoDB table name (3 to 255 letters, digits, _ . -)')),
  ),
  AWS_REGION: unsetOrEmpty(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1'))),
  DYNAMODB_ENDPOINT: unsetOrEmpty(z.url({ message: 'must be a URL such as http://127.0.0.1:8000' })),
  // Alexa fetches card images over HTTPS only. Normalising turns forms the URL parser accepts, such as
  // `https:host`, into `https://host/`; the trailing slash goes so that `${base}/figures/...` has one slash.
  IMAGE_BASE_URL: unsetOrEmpty(
    z.url({ protocol: /^https$/, normalize: true, message: 'must be an https URL such as https://d111111abcdef8.cloudfront.net' }).check(
      z.overwrite((url) => url.replace(/\/+$/, '')),
      z.regex(/^[^?#]*$/, 'must have no query or fragment: the image paths are appended to it'),
    ),
  ),
});

/** Raised at cold start when the environment is misconfigured; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables.
 * @throws ConfigError naming each bad variable, so a bad deploy fails at once rather than mid-conversation
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return {
    skillId: parsed.data.SKILL_ID || null,
    speechRenderer: parsed.data.SPEECH_RENDERER ?? 'apla',
    tableName: parsed.data.TABLE_NAME || 'sciatica-stretches',
    region: parsed.data.AWS_REGION || 'us-east-1',
    dynamoEndpoint: parsed.data.DYNAMODB_ENDPOINT || null,
    imageBaseUrl: parsed.data.IMAGE_BASE_URL || null,
  };
}
