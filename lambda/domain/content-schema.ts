import * as z from '../zod';
import { bodyAreaSchema } from './body-areas';
import { startPositionSchema } from './position-moves';

/**
 * The shape of `content/stretches.json` and `content/routines.json`.
 *
 * Every sentence in these files is spoken aloud to someone holding a pose, so
 * the schema keeps them short and plain: one sentence per cue, at most
 * {@link MAX_CUE_CHARS} characters, and no anatomy or yoga jargon (each banned
 * word names the plain words to use instead).
 */

/** Longest spoken cue, in characters: one breath of speech. */
export const MAX_CUE_CHARS = 120;

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "seated-figure-four"'));

/**
 * Side placeholders a cue may use. `{side}` is the working side ("right"),
 * `{other}` the opposite one. Anything else in braces is a typo.
 */
const PLACEHOLDER = /\{([^}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['side', 'other']);

/** Words a listener in pain should not have to decode, with what to say instead. */
export const JARGON: Readonly<Record<string, string>> = {
  hinge: 'lean forward from your hips',
  plank: 'hands and knees',
  quadratus: 'the side of your lower back',
  lumborum: 'the side of your lower back',
  psoas: 'the deep muscle at the front of your hip',
  piriformis: 'the deep muscle in your buttock',
  supine: 'lying on your back',
  pelvis: 'hips',
  glute: 'buttock',
  glutes: 'buttocks',
  'tuck your hips': 'curl your tailbone under',
};

const jargonIn = (text: string): string | undefined => Object.keys(JARGON).find((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));

/** A sentence end inside a cue ("Sit tall. Then lean."): two actions, so two cues. */
const SECOND_SENTENCE = /[.!?]\s+\S/;

const spokenText = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(3, 'is too short to be spoken'),
    z.maxLength(max, `is longer than ${max} characters: split it into two cues`),
    z.refine((text) => !/[<>&]/.test(text), 'must be plain words (no <, > or &: speech escapes them badly)'),
    z.refine(
      (text) => [...text.matchAll(PLACEHOLDER)].every((m) => KNOWN_PLACEHOLDERS.has(m[1] ?? '')),
      'uses an unknown placeholder: only {side} and {other} exist',
    ),
    z.superRefine((text, ctx) => {
      const word = jargonIn(text);
      if (word) ctx.addIssue({ code: 'custom', message: `says "${word}": say "${JARGON[word]}" instead` });
    }),
  );

/** One spoken cue: one sentence, one action. */
const cue = spokenText(MAX_CUE_CHARS).check(z.refine((text) => !SECOND_SENTENCE.test(text), 'has two sentences: one action per cue'));

const cues = z.array(cue).check(z.minLength(1, 'needs at least one cue'));

/** A cue that is said before the side is known, so it may not name one. */
const sideFree = cue.check(
  z.refine((text) => !/\{(side|other)\}/.test(text), 'is said before a side is chosen, so it may not use {side} or {other}'),
);

/**
 * Ways people say a name; they become slot synonyms, so they are lower-case words only, in the letters of the
 * skill's languages (Spanish adds á é í ó ú ü ñ).
 */
const spokenNames = z
  .array(z.string().check(z.minLength(2), z.maxLength(60), z.regex(/^[a-z0-9áéíóúüñ' -]+$/, 'must be lower-case spoken words')))
  .check(z.minLength(1));

/** Tags used to choose stretches for a place or a body: where it is done, what it needs, and the body areas it works. */
export const tagSchema = z.enum([
  'floor',
  'chair',
  'standing',
  'in-bed',
  'needs-balance',
  'needs-band',
  'kneeling',
  ...bodyAreaSchema.options,
]);

/** Something to have at hand, and what can stand in for it (said only for that item). */
const equipmentItem = z.object({
  item: z.string().check(z.minLength(2), z.maxLength(40)),
  substitutes: z.array(z.string().check(z.minLength(2), z.maxLength(40))).check(z.maxLength(3)),
});

/**
 * A moving dose is paced by voice: the two `cues` on the first cycle, then
 * the two `short` ones, one half-cycle each, for as long as the dose lasts.
 */
const movementSchema = z.object({
  cues: z.tuple([cue, cue]),
  short: z.tuple([cue, cue]),
  cycleSeconds: z.int().check(z.gte(4), z.lte(12)),
});

/**
 * How much of a stretch to do.
 * - `hold`: a static hold of `holdSeconds`, `reps` times per side.
 * - `moving`: keep moving, paced by `movement`, for `seconds`, `reps` times per side.
 * - `breaths`: one rep per breath cycle, paced by `inhaleSeconds` and `exhaleSeconds`.
 */
export const doseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hold'),
    holdSeconds: z.int().check(z.gte(5), z.lte(90)),
    reps: z.int().check(z.gte(1), z.lte(5)),
    bothSides: z.boolean(),
    restSeconds: z._default(z.int().check(z.gte(0), z.lte(30)), 5),
  }),
  z.object({
    kind: z.literal('moving'),
    seconds: z.int().check(z.gte(5), z.lte(90)),
    reps: z.int().check(z.gte(1), z.lte(5)),
    bothSides: z.boolean(),
    restSeconds: z._default(z.int().check(z.gte(0), z.lte(30)), 5),
    movement: movementSchema,
  }),
  z.object({
    kind: z.literal('breaths'),
    reps: z.int().check(z.gte(1), z.lte(20)),
    inhaleSeconds: z.number().check(z.gte(1), z.lte(8)),
    exhaleSeconds: z.number().check(z.gte(1), z.lte(8)),
    bothSides: z.literal(false),
    inhaleCue: cue,
    exhaleCue: cue,
    inhaleShort: cue,
    exhaleShort: cue,
  }),
]);

/**
 * The easier version of a stretch. Fields it leaves out are the stretch's
 * own; one that starts elsewhere (the pigeon's is lying down) says where.
 */
const easierSchema = z
  .object({
    name: z.string().check(z.minLength(3), z.maxLength(60)),
    startPosition: z.optional(startPositionSchema),
    position: z.optional(sideFree),
    setup: cues,
    keyCaution: z.optional(cue),
    hold: z.optional(cues),
    release: z.optional(cue),
    movement: z.optional(movementSchema),
  })
  .check(
    z.refine((easier) => (easier.startPosition === undefined) === (easier.position === undefined), {
      message: 'needs both startPosition and position, or neither',
      path: ['position'],
    }),
  );

export const stretchSchema = z
  .object({
    id: kebabId,
    name: z.string().check(z.minLength(3), z.maxLength(60)),
    aliases: spokenNames,
    startPosition: startPositionSchema,
    /** Where to be, said while the user moves there and before any side is chosen. */
    position: sideFree,
    equipment: z.array(equipmentItem),
    targets: spokenText(160),
    purpose: spokenText(160),
    setup: cues,
    brief: cues,
    /** The one caution everyone must hear: spoken in the normal flow, after the setup, every time. */
    keyCaution: cue,
    hold: cues,
    release: cue,
    dose: doseSchema,
    easier: easierSchema,
    /** Further cautions, with the detail, for "tell me more". */
    cautions: cues,
    detail: cues,
    tags: z.array(tagSchema).check(z.minLength(1)),
    core: z.boolean(),
  })
  .check(
    z.superRefine((stretch, ctx) => {
      const spoken = [...stretch.setup, ...stretch.brief, ...stretch.hold, ...stretch.easier.setup, ...stretch.detail];
      const usesSides = spoken.some((text) => text.includes('{side}') || text.includes('{other}'));
      if (stretch.dose.bothSides && !usesSides) {
        ctx.addIssue({ code: 'custom', path: ['setup'], message: 'is done on both sides but no cue names {side}' });
      }
      if (!stretch.dose.bothSides && usesSides) {
        ctx.addIssue({ code: 'custom', path: ['dose', 'bothSides'], message: 'is false but the cues use {side} or {other}' });
      }
      const banded = stretch.equipment.some(({ item }) => /band|strap/.test(item));
      if (stretch.tags.includes('needs-band') !== banded) {
        ctx.addIssue({ code: 'custom', path: ['tags'], message: 'must say needs-band exactly when the equipment needs a band or strap' });
      }
      if (stretch.easier.movement && stretch.dose.kind !== 'moving') {
        ctx.addIssue({ code: 'custom', path: ['easier', 'movement'], message: 'is only for a moving dose' });
      }
    }),
  );

export const routineSchema = z.object({
  id: kebabId,
  name: z.string().check(z.minLength(3), z.maxLength(60)),
  aliases: spokenNames,
  /** What the routine is, for the ear; its length and equipment are said from the content, never written here. */
  intro: cue.check(z.refine((text) => !/\bminutes?\b|\bneed\b/i.test(text), 'must not state a length or the equipment: both are computed')),
  /** Why these stretches, in this order: for the team and the README, not spoken. */
  reason: z.string().check(z.minLength(20)),
  stretchIds: z.array(kebabId).check(z.minLength(3), z.maxLength(9)),
  complete: z._default(z.boolean(), false),
});

export const stretchesFileSchema = z.object({ stretches: z.array(stretchSchema).check(z.minLength(1)) });
export const routinesFileSchema = z.object({ routines: z.array(routineSchema).check(z.minLength(1)) });

/** One stretch as validated from `content/stretches.json`. */
export type Stretch = z.infer<typeof stretchSchema>;
/** One routine as validated from `content/routines.json`. */
export type Routine = z.infer<typeof routineSchema>;
/** A validated dose. */
export type Dose = z.infer<typeof doseSchema>;
/** How a moving dose is paced. */
export type Movement = z.infer<typeof movementSchema>;
/** Tags a stretch can carry. */
export type StretchTag = z.infer<typeof tagSchema>;
/** Where a stretch starts. */
export type { StartPosition } from './position-moves';
/** One thing to have at hand. */
export type EquipmentItem = z.infer<typeof equipmentItem>;
