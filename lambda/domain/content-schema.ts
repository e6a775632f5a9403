import { z, type Infer } from '../zod';

/**
 * The shape of `content/stretches.json` and `content/routines.json`.
 *
 * Every sentence in these files is spoken aloud, so the schema keeps them
 * short: a cue that runs past {@link MAX_CUE_CHARS} characters is too long to
 * follow while holding a pose.
 */

/** Longest spoken cue, in characters: roughly two breaths of speech. */
export const MAX_CUE_CHARS = 140;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "seated-figure-four"');

/**
 * Side placeholders a cue may use. `{side}` is the working side ("right"),
 * `{other}` the opposite one. Anything else in braces is a typo.
 */
const PLACEHOLDER = /\{([^}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['side', 'other']);

const cue = z
  .string()
  .trim()
  .min(3, 'is too short to be a cue')
  .max(MAX_CUE_CHARS, `is longer than ${MAX_CUE_CHARS} characters: split it into two cues`)
  .refine((text) => !/[<>&]/.test(text), 'must be plain words (no <, > or &: speech escapes them badly)')
  .refine(
    (text) => [...text.matchAll(PLACEHOLDER)].every((m) => KNOWN_PLACEHOLDERS.has(m[1] ?? '')),
    'uses an unknown placeholder: only {side} and {other} exist',
  );

const cues = z.array(cue).min(1, 'needs at least one cue');

/** Ways people say a name; they become slot synonyms, so they are lower-case words only. */
const spokenNames = z
  .array(
    z
      .string()
      .min(2)
      .max(60)
      .regex(/^[a-z0-9' -]+$/, 'must be lower-case spoken words'),
  )
  .min(1);

/** Where the body starts; drives routine choice and the "move to" cue. */
export const startPositionSchema = z.enum([
  'hands-and-knees',
  'standing',
  'lying-on-back',
  'sitting-on-chair',
  'sitting-on-floor',
  'kneeling',
  'high-plank',
  'squatting',
  'against-wall',
]);

/** Tags used to choose stretches for a place or a body. */
export const tagSchema = z.enum(['floor', 'chair', 'standing', 'in-bed', 'needs-balance', 'needs-band']);

/**
 * How much of a stretch to do.
 * - `hold`: a static hold of `holdSeconds`, `reps` times per side.
 * - `moving`: keep moving (for example flex and point) for `seconds`, `reps` times per side.
 * - `breaths`: one rep per breath cycle, paced by `inhaleSeconds` and `exhaleSeconds`.
 */
export const doseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hold'),
    holdSeconds: z.number().int().min(5).max(90),
    reps: z.number().int().min(1).max(5),
    bothSides: z.boolean(),
    restSeconds: z.number().int().min(0).max(30).default(5),
  }),
  z.object({
    kind: z.literal('moving'),
    seconds: z.number().int().min(5).max(90),
    reps: z.number().int().min(1).max(5),
    bothSides: z.boolean(),
    restSeconds: z.number().int().min(0).max(30).default(5),
    movementCues: cues,
  }),
  z.object({
    kind: z.literal('breaths'),
    reps: z.number().int().min(1).max(20),
    inhaleSeconds: z.number().min(1).max(8),
    exhaleSeconds: z.number().min(1).max(8),
    bothSides: z.literal(false),
    inhaleCue: cue,
    exhaleCue: cue,
    inhaleShort: cue,
    exhaleShort: cue,
  }),
]);

export const stretchSchema = z
  .object({
    id: kebabId,
    name: z.string().min(3).max(60),
    aliases: spokenNames,
    startPosition: startPositionSchema,
    equipment: z.object({
      needed: z.array(z.string().min(2)),
      substitutes: z.array(z.string().min(2)),
    }),
    targets: cue,
    purpose: cue,
    setup: cues,
    brief: cues,
    hold: cues,
    release: cue,
    dose: doseSchema,
    /** An easier variant; `release` and `movementCues` replace the stretch's own where the variant differs. */
    easier: z.object({ name: z.string().min(3), setup: cues, release: cue.optional(), movementCues: cues.optional() }),
    cautions: cues,
    detail: cues,
    tags: z.array(tagSchema).min(1),
    core: z.boolean(),
  })
  .superRefine((stretch, ctx) => {
    const spoken = [...stretch.setup, ...stretch.brief, ...stretch.hold, ...stretch.easier.setup, ...stretch.detail];
    const usesSides = spoken.some((text) => text.includes('{side}') || text.includes('{other}'));
    if (stretch.dose.bothSides && !usesSides) {
      ctx.addIssue({ code: 'custom', path: ['setup'], message: 'is done on both sides but no cue names {side}' });
    }
    if (!stretch.dose.bothSides && usesSides) {
      ctx.addIssue({ code: 'custom', path: ['dose', 'bothSides'], message: 'is false but the cues use {side} or {other}' });
    }
    if (stretch.tags.includes('needs-band') !== stretch.equipment.needed.some((item) => /band|strap/.test(item))) {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'must say needs-band exactly when the equipment needs a band or strap' });
    }
  });

export const routineSchema = z.object({
  id: kebabId,
  name: z.string().min(3).max(60),
  aliases: spokenNames,
  intro: cue,
  reason: z.string().min(20),
  stretchIds: z.array(kebabId).min(3).max(9),
  complete: z.boolean().default(false),
});

export const stretchesFileSchema = z.object({ stretches: z.array(stretchSchema).min(1) });
export const routinesFileSchema = z.object({ routines: z.array(routineSchema).min(1) });

/** One stretch as validated from `content/stretches.json`. */
export type Stretch = Infer<typeof stretchSchema>;
/** One routine as validated from `content/routines.json`. */
export type Routine = Infer<typeof routineSchema>;
/** A validated dose. */
export type Dose = Infer<typeof doseSchema>;
/** Tags a stretch can carry. */
export type StretchTag = Infer<typeof tagSchema>;
