import { z } from 'zod';
import type { Language } from '../../lambda/domain/language';

/**
 * The parts of the ASK skill manifest (`skill.json`) this skill uses, with the
 * limits the ASK manifest reference sets: publishing text lengths, up to
 * three example phrases that start with the wake word, the privacy answers
 * certification asks for, and the events the skill subscribes to. Each
 * locale's description carries the health policy's disclaimer in the
 * locale's language and claims no cure.
 */

const lambdaArn = z.string().regex(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+$/, 'must be a Lambda function ARN');

/** Icons live in the skill package's assets (the ASK CLI uploads them) or at an HTTPS address. */
const iconUri = z
  .string()
  .regex(/^(https:\/\/|file:\/\/assets\/images\/)[\w./-]+\.png$/, 'must be file://assets/images/<name>.png or an https URL');

/** The medical disclaimer, as each language says it. */
const DISCLAIMERS: Readonly<Record<Language, string>> = {
  en: 'not a substitute for professional medical advice',
  es: 'no sustituye el consejo médico profesional',
};

/** Words that claim to cure or treat, in each language; Spanish letters count as letters at a word's edge. */
const CLAIMS: Readonly<Record<Language, RegExp>> = {
  en: /\b(cures?|treats?|heals?)\b/i,
  es: /(?<!\p{L})(curan?|curar|sanan?|sanar|tratan?|tratar)(?!\p{L})/iu,
};

/** One locale's publishing text, in `language`. */
const localePublishing = (language: Language) =>
  z.object({
    name: z.string().min(2).max(50),
    summary: z.string().min(1).max(160),
    description: z
      .string()
      .min(1)
      .max(4000)
      .refine((text) => text.includes(DISCLAIMERS[language]), 'must carry the medical disclaimer')
      .refine((text) => !CLAIMS[language].test(text), 'must make no claim to cure or treat'),
    examplePhrases: z
      .array(
        z
          .string()
          .regex(/^Alexa, /, 'must start with "Alexa, "')
          .max(200),
      )
      .min(1)
      .max(3),
    keywords: z.array(z.string().min(1).max(30)).max(30),
    smallIconUri: iconUri,
    largeIconUri: iconUri,
  });

/** Every locale the skill is published in, and no other, each in its language. */
const publishingLocales = z.strictObject({
  'en-US': localePublishing('en'),
  'en-GB': localePublishing('en'),
  'en-CA': localePublishing('en'),
  'en-AU': localePublishing('en'),
  'en-IN': localePublishing('en'),
  'es-US': localePublishing('es'),
  'es-ES': localePublishing('es'),
});

const CATEGORIES = ['HEALTH_AND_FITNESS', 'LIFESTYLE', 'EDUCATION_AND_REFERENCE'] as const;
const EVENTS = [
  'SKILL_ENABLED',
  'SKILL_DISABLED',
  'SKILL_PERMISSION_ACCEPTED',
  'SKILL_PERMISSION_CHANGED',
  'SKILL_ACCOUNT_LINKED',
] as const;

/** The manifest as this skill ships it. */
export const skillManifestSchema = z.object({
  manifest: z.object({
    manifestVersion: z.literal('1.0'),
    publishingInformation: z.object({
      locales: publishingLocales,
      isAvailableWorldwide: z.boolean(),
      distributionCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
      distributionMode: z.enum(['PUBLIC', 'PRIVATE']).optional(),
      testingInstructions: z.string().min(1).max(4000),
      category: z.enum(CATEGORIES),
    }),
    privacyAndCompliance: z.object({
      allowsPurchases: z.boolean(),
      usesPersonalInfo: z.boolean(),
      isChildDirected: z.boolean(),
      isExportCompliant: z.boolean(),
      containsAds: z.boolean(),
      locales: z.record(z.string(), z.object({ privacyPolicyUrl: z.url().optional(), termsOfUseUrl: z.url().optional() })).optional(),
    }),
    apis: z.object({
      custom: z.object({
        endpoint: z.object({ uri: lambdaArn }),
        interfaces: z.array(z.object({ type: z.string() })).optional(),
      }),
    }),
    events: z.object({
      endpoint: z.object({ uri: lambdaArn }),
      subscriptions: z.array(z.object({ eventName: z.enum(EVENTS) })).min(1),
    }),
    permissions: z.array(z.object({ name: z.string() })).optional(),
  }),
});

/** A valid skill manifest. */
export type SkillManifest = z.infer<typeof skillManifestSchema>;
