import { z } from 'zod';

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
}

const envSchema = z.object({
  SKILL_ID: z
    .string()
    .trim()
    .regex(/^amzn1\.ask\.skill\.[0-9a-f-]+$/, 'must look like amzn1.ask.skill.<uuid>')
    .optional()
    .or(z.literal('')),
  SPEECH_RENDERER: z.enum(SPEECH_RENDERERS, { message: `must be one of ${SPEECH_RENDERERS.join(', ')}` }).optional(),
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
  };
}
