import type { Content } from '../../lambda/domain/content';
import { languageOf, type Language } from '../../lambda/domain/language';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS, SLOT_TYPES } from '../../lambda/alexa/intents';
import { ENGLISH_VOCABULARY, spokenAliases, type SlotVocabulary } from '../../lambda/alexa/slot-vocabulary';
import { SPANISH_VOCABULARY } from '../../lambda/alexa/vocabulary-es';
import { SAMPLE_UTTERANCES, type IntentName } from './utterances';
import { SAMPLE_UTTERANCES_ES } from './utterances-es';

/** The locales the skill is published in; the English ones share one model, and so do the Spanish ones. */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'es-US', 'es-ES'] as const;

/** A locale the skill is published in. */
export type Locale = (typeof LOCALES)[number];

/** What users say to reach the skill, by language ("Alexa, open sciatica stretches", "Alexa, abre estiramientos para la ciática"). */
export const INVOCATION_NAMES: Readonly<Record<Language, string>> = {
  en: 'sciatica stretches',
  es: 'estiramientos para la ciática',
};

/** The English invocation name, which the simulator's launch phrases use. */
export const INVOCATION_NAME = INVOCATION_NAMES.en;

/** Each language's slot vocabulary and samples: what one model is generated from, beside the content. */
const LANGUAGE_MODELS: Readonly<
  Record<Language, { readonly vocabulary: SlotVocabulary; readonly samples: Readonly<Record<IntentName, readonly string[]>> }>
> = {
  en: { vocabulary: ENGLISH_VOCABULARY, samples: SAMPLE_UTTERANCES },
  es: { vocabulary: SPANISH_VOCABULARY, samples: SAMPLE_UTTERANCES_ES },
};

/** A slot as declared on an intent. */
export interface ModelSlot {
  name: string;
  type: string;
}

/** An intent as declared in the ASK interaction model. */
export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples: string[];
}

/** One value of a custom slot type; `id` is what entity resolution hands to the handlers. */
export interface ModelSlotValue {
  id: string;
  name: { value: string; synonyms?: string[] };
}

/** A custom slot type. */
export interface ModelSlotType {
  name: string;
  values: ModelSlotValue[];
}

/** The `interactionModels/custom/<locale>.json` document of an ASK CLI skill package. */
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types: ModelSlotType[];
    };
    /** Name-free launch phrases, added only for a live skill Amazon has made eligible (see name-free.ts). */
    _nameFreeInteraction?: unknown;
  };
}

/** Which slots each intent declares; intents not listed take none. */
export const INTENT_SLOTS: Readonly<Partial<Record<IntentName, readonly ModelSlot[]>>> = {
  [CUSTOM_INTENTS.startRoutine]: [{ name: SLOTS.routine, type: SLOT_TYPES.routine }],
  [CUSTOM_INTENTS.startStretch]: [{ name: SLOTS.stretch, type: SLOT_TYPES.stretch }],
  [CUSTOM_INTENTS.itHurts]: [{ name: SLOTS.symptom, type: SLOT_TYPES.symptom }],
  [CUSTOM_INTENTS.setDefault]: [{ name: SLOTS.routine, type: SLOT_TYPES.routine }],
  [CUSTOM_INTENTS.weeklySummary]: [{ name: SLOTS.week, type: SLOT_TYPES.week }],
  [CUSTOM_INTENTS.painScore]: [{ name: SLOTS.score, type: SLOT_TYPES.score }],
  [CUSTOM_INTENTS.noEquipment]: [{ name: SLOTS.equipment, type: SLOT_TYPES.equipment }],
  [CUSTOM_INTENTS.planAnswer]: [{ name: SLOTS.answer, type: SLOT_TYPES.answer }],
  [CUSTOM_INTENTS.setReminder]: [
    { name: SLOTS.time, type: SLOT_TYPES.time },
    { name: SLOTS.days, type: SLOT_TYPES.days },
  ],
};

function slotValue(id: string, value: string, phrases: readonly string[]): ModelSlotValue {
  // A synonym equal to the value, or listed twice, makes the ASK build warn
  // and adds nothing to recognition.
  const synonyms = [...new Set(phrases)].filter((phrase) => phrase !== value);
  return { id, name: synonyms.length > 0 ? { value, synonyms } : { value } };
}

function routineValues(content: Content, vocabulary: SlotVocabulary): ModelSlotValue[] {
  const spoken = spokenAliases(content.routines, vocabulary);
  return content.routines.map((r) => {
    // The first alias is the short name people say ("bedtime"); the display
    // name ("Bedtime routine") and the other ways of saying it are synonyms.
    const value = r.aliases[0] ?? r.name.toLowerCase();
    return slotValue(r.id, value, spoken.get(r.id) ?? []);
  });
}

function stretchValues(content: Content, vocabulary: SlotVocabulary): ModelSlotValue[] {
  const spoken = spokenAliases(content.stretches, vocabulary);
  return content.stretches.map((s) => {
    // The name as the vocabulary writes it: Spanish names lose their commas and hyphens ("gato vaca").
    const written = s.name.toLowerCase();
    return slotValue(s.id, vocabulary.spokenNames([written])[0] ?? written, spoken.get(s.id) ?? []);
  });
}

/** Every equipment item the content names, with the ways people say it. */
function equipmentValues(content: Content, vocabulary: SlotVocabulary): ModelSlotValue[] {
  const items = [...new Set(content.stretches.flatMap((s) => s.equipment.map((e) => e.item)))];
  return items.map((item) => {
    const [value = item, ...synonyms] = vocabulary.equipment[item] ?? [];
    return slotValue(item, value, synonyms);
  });
}

/** Slot values from a table of id to phrases: the first phrase is the value, the rest its synonyms. */
function phraseValues(table: Readonly<Record<string, readonly string[]>>): ModelSlotValue[] {
  return Object.entries(table).map(([id, phrases]) => {
    const [value = id, ...rest] = phrases;
    return slotValue(id, value, rest);
  });
}

function intent(name: IntentName, samplesByIntent: Readonly<Record<IntentName, readonly string[]>>): ModelIntent {
  const slots = INTENT_SLOTS[name];
  const samples = [...samplesByIntent[name]];
  return slots ? { name, slots: slots.map((s) => ({ ...s })), samples } : { name, samples };
}

/**
 * Builds the interaction model for one locale from the content, so a new
 * stretch or routine alias is recognised as soon as the model is regenerated.
 *
 * Custom intents come before the built-ins: virtual-alexa breaks ties between
 * equally good matches by model order, and its own built-in phrases ("skip" on
 * AMAZON.NextIntent) would otherwise win over ours.
 *
 * @param content - the validated content of the locale's language (see `bundledContent`)
 * @param locale - one of {@link LOCALES}; the locales of one language get the same model
 */
export function buildInteractionModel(content: Content, locale: string): InteractionModel {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new Error(`No interaction model for locale "${locale}"`);
  const names: IntentName[] = [...Object.values(CUSTOM_INTENTS), ...Object.values(BUILTIN_INTENTS)];
  const language = languageOf(locale);
  const { vocabulary, samples } = LANGUAGE_MODELS[language];
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAMES[language],
        intents: names.map((name) => intent(name, samples)),
        types: [
          { name: SLOT_TYPES.routine, values: routineValues(content, vocabulary) },
          { name: SLOT_TYPES.stretch, values: stretchValues(content, vocabulary) },
          { name: SLOT_TYPES.symptom, values: phraseValues(vocabulary.symptoms()) },
          { name: SLOT_TYPES.week, values: phraseValues(vocabulary.weeks) },
          { name: SLOT_TYPES.equipment, values: equipmentValues(content, vocabulary) },
          { name: SLOT_TYPES.answer, values: phraseValues(vocabulary.planAnswers) },
          { name: SLOT_TYPES.days, values: phraseValues(vocabulary.reminderDays) },
        ],
      },
    },
  };
}

/**
 * Serialises a model exactly as it is committed, so the check mode and the
 * sync test can compare files byte for byte.
 *
 * Objects and arrays of objects are indented two spaces a level, as
 * `JSON.stringify(model, null, 2)` would; a list of strings (an intent's
 * samples, a slot value's synonyms) has one string a line, unindented. Every
 * sample still sits on a line of its own for diffs, and the file is a third
 * smaller: at their depth, the indentation of tens of thousands of samples and
 * synonyms would take a quarter of Alexa's 1,000,000-character limit.
 */
export function renderModel(model: InteractionModel): string {
  return render(model, '') + '\n';
}

/** `value` as JSON, nested at `indent`; see {@link renderModel} for the layout. */
function render(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => typeof item === 'string')) return `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n${indent}]`;
    return `[\n${value.map((item) => inner + render(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, field]) => `${inner}${JSON.stringify(key)}: ${render(field, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
