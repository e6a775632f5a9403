import type { Symptom } from '../domain/routine-events';
import { daysFromSlot, type Weekday } from '../domain/reminder-schedule';
import { PLAN_ANSWER_VALUES } from './plan-answer-vocabulary';
import { REMINDER_DAY_VALUES } from './reminder-vocabulary';
import { symptomValues } from './symptom-vocabulary';
import { EQUIPMENT_NAMES, spokenNames, WEEK_VALUES } from './vocabulary';

/**
 * One language's spoken vocabulary for the slots: the interaction model's slot types are generated from it, and
 * the runtime resolves a slot Alexa sent without entity resolution with it, so the two cannot drift apart. Every
 * table is keyed by the language-free ids the skill acts on (a symptom, an equipment item, a plan answer, a day).
 */
export interface SlotVocabulary {
  /**
   * The ways people say content names beyond how the content writes them (without an article, and so on). The
   * first form of a name is the name as written, tidied as the language writes a slot value: the model's value.
   */
  readonly spokenNames: (names: readonly string[]) => string[];
  /** Symptom phrases by seriousness; built on first use, since they are many. */
  readonly symptoms: () => Readonly<Record<Symptom, readonly string[]>>;
  readonly weeks: Readonly<Record<'this' | 'last', readonly string[]>>;
  /** Ways to name each equipment item, by the content's item id; the first is the name the model's slot value carries. */
  readonly equipment: Readonly<Record<string, readonly string[]>>;
  /** What people say about themselves, by plan answer id (see plan-answer-vocabulary.ts). */
  readonly planAnswers: Readonly<Record<string, readonly string[]>>;
  /** Days for a reminder, by the ids `daysFromSlot` reads. */
  readonly reminderDays: Readonly<Record<string, readonly string[]>>;
  /** Days said in the language's words ("monday and thursday"), when Alexa resolved no single value. */
  readonly daysFromWords: (heard: string | undefined) => readonly Weekday[] | null;
}

/** The English vocabulary. */
export const ENGLISH_VOCABULARY: SlotVocabulary = {
  spokenNames,
  symptoms: symptomValues,
  weeks: WEEK_VALUES,
  // The content's item ids are English words, so each is its own English name.
  equipment: Object.fromEntries(Object.entries(EQUIPMENT_NAMES).map(([item, names]) => [item, [item, ...names]])),
  planAnswers: PLAN_ANSWER_VALUES,
  reminderDays: REMINDER_DAY_VALUES,
  daysFromWords: daysFromSlot,
};

/**
 * Every content entry's spoken names (the vocabulary's `spokenNames` of its name and aliases), by id, less any
 * phrase two entries would share, so that no phrase names two things. The model's slot values and the runtime's
 * lookup of a slot without resolutions both use this.
 */
export function spokenAliases(
  entries: readonly { id: string; name: string; aliases: readonly string[] }[],
  vocabulary: SlotVocabulary,
): Map<string, string[]> {
  const spoken = entries.map((entry) => ({ id: entry.id, phrases: vocabulary.spokenNames([entry.name.toLowerCase(), ...entry.aliases]) }));
  const owners = new Map<string, number>();
  for (const { phrases } of spoken) for (const phrase of phrases) owners.set(phrase, (owners.get(phrase) ?? 0) + 1);
  return new Map(spoken.map(({ id, phrases }) => [id, phrases.filter((phrase) => owners.get(phrase) === 1)]));
}
