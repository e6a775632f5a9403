import { EVERY_DAY, WEEKDAYS, WEEKDAYS_ONLY, WEEKENDS, type Weekday } from '../domain/reminder-schedule';
import type { SlotVocabulary } from './slot-vocabulary';

/** The days of a reminder as Spanish speakers say them: the ReminderDays slot's values, and a parser for the rest. */

/** The days a reminder can be set for, by the ids `daysFromSlot` reads; "el lunes" is every Monday, since a reminder here repeats. */
export const DIAS_DE_RECORDATORIO: SlotVocabulary['reminderDays'] = {
  everyday: ['todos los días', 'cada día', 'diario', 'a diario', 'diariamente', 'toda la semana', 'todos los días de la semana'],
  weekday: ['entre semana', 'de lunes a viernes', 'los días de semana', 'los días laborables', 'días laborables', 'días entre semana'],
  weekend: [
    'los fines de semana',
    'el fin de semana',
    'fines de semana',
    'cada fin de semana',
    'sábado y domingo',
    'los sábados y domingos',
  ],
  monday: ['lunes', 'los lunes', 'el lunes', 'cada lunes', 'todos los lunes'],
  tuesday: ['martes', 'los martes', 'el martes', 'cada martes', 'todos los martes'],
  wednesday: ['miércoles', 'los miércoles', 'el miércoles', 'cada miércoles', 'todos los miércoles'],
  thursday: ['jueves', 'los jueves', 'el jueves', 'cada jueves', 'todos los jueves'],
  friday: ['viernes', 'los viernes', 'el viernes', 'cada viernes', 'todos los viernes'],
  saturday: ['sábado', 'sábados', 'los sábados', 'el sábado', 'cada sábado', 'todos los sábados'],
  sunday: ['domingo', 'domingos', 'los domingos', 'el domingo', 'cada domingo', 'todos los domingos'],
};

/** Spanish day names without accents, Monday first, as WEEKDAYS orders them. */
const DAY_NAMES = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'] as const;

/** Words that name several days at once, accents folded: "todos los dias", "entre semana". */
const GROUPS: readonly (readonly [RegExp, string])[] = [
  [/\b(todos los dias|cada dia|a diario|diariamente|diario|toda la semana|los siete dias)( de la semana)?\b/g, ' diario '],
  [/\b(los )?(fines|fin) de semana\b/g, ' findesemana '],
  [/\b(entre semana|(los )?dias (de semana|laborables|de trabajo|entre semana))\b/g, ' entresemana '],
];

/** What the group words stand for. */
const GROUP_DAYS: Readonly<Record<string, readonly Weekday[]>> = {
  diario: EVERY_DAY,
  findesemana: WEEKENDS,
  entresemana: WEEKDAYS_ONLY,
};

/** Words that join or frame days and say nothing about which ("todos los lunes y los jueves", "solo los sábados"). */
const FILLER = new Set(['y', 'e', 'los', 'las', 'el', 'la', 'cada', 'todos', 'todas', 'solo', 'solamente', 'nada', 'mas', 'en', 'por']);

/** A day name, singular or plural ("sabados"), as its weekday; undefined for any other word. */
function dayOf(word: string): Weekday | undefined {
  const index = DAY_NAMES.findIndex((name) => word === name || word === `${name}s`);
  return index === -1 ? undefined : WEEKDAYS[index];
}

/**
 * Days said in Spanish, as weekdays, Monday first and each once: "lunes y
 * jueves", "de lunes a viernes", "de viernes a domingo", "todos los días",
 * "entre semana", "los fines de semana". Accents may be there or not. Null
 * when any word is not understood, so a misheard day is asked again rather
 * than guessed.
 */
export function daysFromSpanish(heard: string | undefined): readonly Weekday[] | null {
  const folded = (heard ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]+/g, ' ');
  const grouped = GROUPS.reduce((text, [pattern, word]) => text.replace(pattern, word), folded);
  const words = grouped.split(/\s+/).filter((word) => word !== '');
  const days = new Set<Weekday>();
  let understood = false;
  /** The day named at `at`, after an optional "el" or "los", and where the words after it start. */
  const dayAt = (at: number): { day: Weekday; next: number } | null => {
    const article = words[at] === 'el' || words[at] === 'los' ? 1 : 0;
    const day = dayOf(words[at + article] ?? '');
    return day ? { day, next: at + article + 1 } : null;
  };
  for (let i = 0; i < words.length;) {
    const from = dayAt(words[i] === 'de' || words[i] === 'desde' ? i + 1 : i);
    const joiner = from ? words[from.next] : undefined;
    const to = from && (joiner === 'a' || joiner === 'hasta') ? dayAt(from.next + 1) : null;
    if (from && to) {
      // A range runs forward through the week and may wrap: "de viernes a lunes" is Friday to Monday.
      const start = WEEKDAYS.indexOf(from.day);
      const length = ((WEEKDAYS.indexOf(to.day) - start + 7) % 7) + 1;
      for (let n = 0; n < length; n += 1) days.add(WEEKDAYS[(start + n) % 7] ?? from.day);
      understood = true;
      i = to.next;
      continue;
    }
    const word = words[i] ?? '';
    const day = dayOf(word);
    const found = GROUP_DAYS[word] ?? (day ? [day] : undefined);
    if (found) {
      found.forEach((weekday) => days.add(weekday));
      understood = true;
    } else if (!FILLER.has(word)) {
      return null;
    }
    i += 1;
  }
  return understood ? WEEKDAYS.filter((day) => days.has(day)) : null;
}
