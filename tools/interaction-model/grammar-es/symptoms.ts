import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from '../grammar/expand';

/**
 * Me duele: pain, numbness and the red flags, in Spanish. The symptom slot
 * carries the body part with what it feels ("se me duerme la pierna",
 * "hormigueo en la ingle"), so the slot value alone decides how serious it
 * is (see symptomValuesEs in lambda/alexa/vocabulary-es.ts). The words
 * around it hold no body part for the same reason, except the back pain that
 * may follow a red flag ("me caí y me duele la espalda"), which never makes
 * it less serious.
 */

const symptom = `{-|${SLOTS.symptom}}`;

/** What comes before a symptom phrase: "{tengo} hormigueo en el pie", "{creo que} se me duerme la pierna". */
const SUBJECTS = [
  '',
  'tengo',
  'siento',
  'noto',
  'creo que',
  'creo que tengo',
  'es que',
  'es que tengo',
  'ahora',
  'ahora tengo',
  'y ahora',
  'de repente',
  'de repente tengo',
  'me da',
  'me ha dado',
  'me está dando',
  'estoy con',
  'tengo como',
  'siento como',
  'me parece que',
  'mira',
  'oye',
];

/** The subjects that also take a lead or a tail: the commonest ones. */
const COMMON_SUBJECTS = ['', 'tengo', 'siento', 'noto', 'creo que', 'es que'];

/** Sounds and words people say as something hurts: "ay, me duele la espalda". */
const HURT_LEADS = [
  'ay',
  'ay ay',
  'au',
  'uy',
  'ay no',
  'ay dios',
  'ay madre',
  'uf',
  'para',
  'espera',
  'ayuda',
  'perdón',
  'alexa',
  'eh',
  'oye',
];

/** What people add after a symptom: "se me duerme la pierna {otra vez}". */
const HURT_TAILS = [
  'ahora',
  'un poco',
  'mucho',
  'de repente',
  'otra vez',
  'ahora mismo',
  'hoy',
  'cuando hago esto',
  'con este',
  'en esta posición',
  'con este estiramiento',
  'ayuda',
  'alexa',
];

/** Back pain that may follow another symptom: "me caí {y me duele la espalda}", "tengo fiebre {y dolor de espalda}". */
const AND_BACK_PAIN = [
  'y me duele la espalda',
  'y ahora me duele la espalda',
  'y me duele mucho la espalda',
  'y me lastimé la espalda',
  'y me hice daño en la espalda',
  'y tengo dolor de espalda',
  'y dolor de espalda',
  'con dolor de espalda',
];

/** What someone says a symptom came with, before back pain: "{estoy con} fiebre y me duele la espalda". */
const WITH_BACK_PAIN_SUBJECTS = ['', 'tengo', 'creo que', 'es que', 'estoy con'];

/** A movement that brings a pain on: "me duele la cadera {cuando me agacho}". */
const WHEN_MOVING = expand(
  'cuando {me agacho|me inclino|me muevo|giro|me giro|me siento|me levanto|me doblo|me estiro|levanto la pierna|camino}',
);

/** Pain said without naming a part or a feeling the slot knows: it means `pain`. */
const PAIN_WORDS = [
  'me duele',
  'duele',
  'me hace daño',
  'me está haciendo daño',
  'esto duele',
  'eso duele',
  'esto me duele',
  'eso me duele',
  'duele mucho',
  'me duele mucho',
  'me duele demasiado',
  'duele demasiado',
  'me duele un montón',
  'ay',
  'au',
  'ay ay',
  'ay que me duele',
  'ay eso duele',
  'ay me duele',
  'uy me duele',
  'me lastimé',
  'me he lastimado',
  'me hice daño',
  'me he hecho daño',
  'creo que me lastimé',
  'creo que me he hecho daño',
  'creo que me hice daño',
  'me di un tirón',
  'me he dado un tirón',
  'algo no va bien',
  'algo no está bien',
  'esto no está bien',
  'no me siento bien',
  'me siento mal',
  'es incómodo',
  'está incómodo',
  'estoy incómodo',
  'estoy incómoda',
  'me molesta',
  'molesta',
  'me está molestando',
  'esto molesta',
  'me está doliendo',
  'está doliendo',
  'me está doliendo mucho',
  'el dolor ha vuelto',
  'volvió el dolor',
  'ha vuelto el dolor',
  'el dolor está empeorando',
  'está empeorando',
  'cada vez duele más',
  'esto me está matando',
  'es demasiado doloroso',
  'es muy doloroso',
  'es doloroso',
  'dolió',
  'me dolió',
  'eso dolió',
  'me hace mal',
  'me lastima',
  'me está lastimando',
  'esto me lastima',
];

/** The commonest ways of saying it hurts, which also take a lead or a tail. */
const COMMON_PAIN_WORDS = [
  'me duele',
  'duele',
  'me hace daño',
  'esto duele',
  'eso duele',
  'me duele mucho',
  'duele mucho',
  'me está doliendo',
];

/** It hurts: the samples, with and without the symptom slot. */
const IT_HURTS: readonly string[] = expand(
  [
    '{SUBJECT} {SYMPTOM}',
    '{HURT_LEAD} {COMMON_SUBJECT} {SYMPTOM}',
    '{COMMON_SUBJECT} {SYMPTOM} {HURT_TAIL}',
    '{WITH_BACK_PAIN_SUBJECT} {SYMPTOM} {AND_BACK_PAIN}',
    '{tengo|siento|} {SYMPTOM} {WHEN_MOVING}',
    '{COMMON_PAIN_WORD} {WHEN_MOVING}',
    '{PAIN_WORD}',
    '{HURT_LEAD} {COMMON_PAIN_WORD}',
    '{COMMON_PAIN_WORD} {HURT_TAIL}',
  ],
  {
    SUBJECT: SUBJECTS,
    COMMON_SUBJECT: COMMON_SUBJECTS,
    SYMPTOM: [symptom],
    HURT_LEAD: HURT_LEADS,
    HURT_TAIL: HURT_TAILS,
    AND_BACK_PAIN,
    WITH_BACK_PAIN_SUBJECT: WITH_BACK_PAIN_SUBJECTS,
    WHEN_MOVING,
    PAIN_WORD: PAIN_WORDS,
    COMMON_PAIN_WORD: COMMON_PAIN_WORDS,
  },
);

/** Samples of ItHurtsIntent. */
export const SYMPTOM_SAMPLES_ES = {
  [CUSTOM_INTENTS.itHurts]: IT_HURTS,
} as const;
