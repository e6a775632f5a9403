import type { SlotVocabulary } from './slot-vocabulary';
import { RESPUESTAS } from './plan-answer-vocabulary-es';
import { daysFromSpanish, DIAS_DE_RECORDATORIO } from './reminder-vocabulary-es';
import { symptomValuesEs } from './symptom-vocabulary-es';

/**
 * The Spanish spoken vocabulary of the slots, for es-US and es-ES: what
 * Spanish speakers say for the content's names, their symptoms, weeks, the
 * equipment they lack, what they tell the plan about themselves, and the days
 * of a reminder (the symptoms, plan answers and days in their own files).
 * Every table is keyed by the same language-free ids as the
 * English one, and both tú and usted speakers are heard, though the skill
 * speaks usted. Words of Latin America and of Spain sit side by side
 * ("suelo" and "piso", "coche" and "carro"): one model serves both.
 */

/** Which week a summary is about, as Spanish speakers say it. */
const SEMANAS: SlotVocabulary['weeks'] = {
  this: ['esta semana', 'la semana', 'en lo que va de semana', 'lo que va de semana', 'la semana actual', 'esta semana hasta ahora'],
  last: [
    'la semana pasada',
    'semana pasada',
    'la última semana',
    'la semana anterior',
    'la pasada semana',
    'la semana de antes',
    'los últimos siete días',
  ],
};

/**
 * Ways to name the equipment the content asks for, by the content's item id,
 * the Spanish name first (it is the slot value); a stand-in for an item (a
 * towel, a rug) is not a name of it.
 */
const EQUIPO: SlotVocabulary['equipment'] = {
  band: [
    'banda',
    'banda elástica',
    'banda de resistencia',
    'banda de ejercicio',
    'cinta',
    'cinta elástica',
    'correa',
    'correa de yoga',
    'liga',
    'liga de resistencia',
    'goma elástica',
    'theraband',
    'bandas',
    'bandas elásticas',
    'cintas',
    'correas',
    'ligas',
  ],
  chair: ['silla', 'silla firme', 'silla de comedor', 'silla de cocina', 'asiento', 'sillas'],
  mat: [
    'esterilla',
    'colchoneta',
    'tapete',
    'tapete de yoga',
    'esterilla de yoga',
    'colchoneta de yoga',
    'alfombrilla de yoga',
    'mat de yoga',
    'esterillas',
    'colchonetas',
    'tapetes',
  ],
  cushion: ['cojín', 'almohada', 'almohadón', 'almohadilla', 'rodillera', 'cojines', 'almohadas', 'almohadillas', 'rodilleras'],
  'tennis ball': ['pelota de tenis', 'pelota', 'bola', 'bola de tenis', 'pelotita', 'pelotas de tenis', 'pelotas'],
};

/**
 * The Spanish names people say beyond how the content writes them: without a
 * leading article ("la paloma" as "paloma"), without the content's
 * punctuation ("gato-vaca" as "gato vaca", no commas), and an item it is done
 * with said with any article or none ("con banda", "con la banda", "con una
 * banda"). The first form is the name as written, cleaned: the model's slot
 * value.
 */
export function spokenNamesEs(names: readonly string[]): string[] {
  const forms = names.flatMap((written) => {
    const name = written
      .replace(/[,.;:]/g, ' ')
      .replace(/-/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const bare = name.replace(/^(el|la|los|las) /, '');
    const item = /^(.*) con (?:(el|la|un|una) )?([a-záéíóúüñ]+)$/.exec(bare);
    if (!item) return [name, bare];
    const [, head = '', article, thing = ''] = item;
    // Without an article to say it, a word ending in -a is taken as feminine ("banda"), any other as masculine ("cojín").
    const feminine = article ? article === 'la' || article === 'una' : thing.endsWith('a');
    const articles = feminine ? ['la', 'una', ''] : ['el', 'un', ''];
    return [name, bare, ...articles.map((word) => `${head} con ${word} ${thing}`.replace(/ +/g, ' '))];
  });
  return [...new Set(forms)];
}

/** The Spanish vocabulary, for es-US and es-ES. */
export const SPANISH_VOCABULARY: SlotVocabulary = {
  spokenNames: spokenNamesEs,
  symptoms: symptomValuesEs,
  weeks: SEMANAS,
  equipment: EQUIPO,
  planAnswers: RESPUESTAS,
  reminderDays: DIAS_DE_RECORDATORIO,
  daysFromWords: daysFromSpanish,
};
