import type { GoalCheck, WeekChoice } from '../../domain/weekly-summary';
import type { SummaryWords } from '../catalogue';
import { spanishNumber } from '../spoken-numbers-es';
import { capitalizeSpanish as capitalize, countOf } from '../spoken-words-es';
import { perDay, perWeek, words } from './es-words';

/**
 * This week is still going on, so it takes the present perfect ("ha hecho"),
 * which is natural there on both sides of the Atlantic; last week is over and
 * takes the preterite ("hizo").
 */
const didStretches = (which: WeekChoice): string => (which === 'this' ? 'Esta semana ha hecho' : 'La semana pasada hizo');
const weekBefore = (which: WeekChoice): string => (which === 'this' ? 'la semana pasada' : 'la semana anterior');
const sessions = (n: number): string => countOf(n, 'sesión', 'sesiones');

/** The card's line for the user's goal: how often, and for a daily goal, on how many days it was reached. */
function aimRow(goal: GoalCheck): string {
  const often = `${goal.low === goal.high ? goal.low : `de ${goal.low} a ${goal.high}`} ${goal.high === 1 ? 'sesión' : 'sesiones'}`;
  const per = goal.per === 'day' ? 'al día' : 'por semana';
  const reached = goal.per === 'day' ? `, cumplida ${goal.daysMet} de ${goal.daysJudged} ${goal.daysJudged === 1 ? 'día' : 'días'}` : '';
  return `Meta: ${often} ${per}${reached}. Más no es mejor.`;
}

/** The weekly summary in Spanish: "how did I do this week?" is "¿cómo me fue esta semana?". */
export const summary: SummaryWords = {
  nothingThisWeek: [
    'Esta semana todavía no ha hecho sus estiramientos.',
    'Una rutina corta hoy ya es un buen comienzo. Diga alivio rápido cuando quiera.',
  ],
  nothingLastWeek: [
    'No tengo ninguna sesión de estiramientos de la semana pasada.',
    'Esta semana es un nuevo comienzo, y una rutina corta cuenta.',
  ],
  headline: (which, done, days, minutes, stretches) =>
    `${didStretches(which)} sus estiramientos ${words.times(done)}${done > 1 ? `, en ${countOf(days, 'día', 'días')}` : ''}. ` +
    `En total, ${countOf(minutes, 'minuto', 'minutos')} y ${countOf(stretches, 'estiramiento', 'estiramientos')}.`,
  streak: (days, atLeast) => `Lleva ${atLeast ? 'al menos ' : ''}${countOf(days, 'día seguido', 'días seguidos')} con sus estiramientos.`,
  // No verb: "es" would have to agree with a plural name ("los isquiotibiales"), and a tense would differ by region.
  mostDone: (name) => `Su estiramiento más repetido: ${words.the(name)}.`,
  comparedWith: (which, previous, difference) => {
    if (previous === 0)
      return `${capitalize(weekBefore(which))} no hizo ninguna sesión, así que ${which === 'this' ? 'es' : 'fue'} un paso adelante.`;
    if (difference === 0) return `Lo mismo que ${weekBefore(which)}.`;
    const size = Math.abs(difference);
    return `${size === 1 ? 'Es' : 'Son'} ${sessions(size)} ${difference > 0 ? 'más' : 'menos'} que ${weekBefore(which)}.`;
  },
  weekAbove: (low, high) =>
    `Eso supera lo que se suele aconsejar para prevenir: ${perWeek(low, high)}. En una crisis de dolor, basta con ${perDay(1, 2)}: más no es mejor.`,
  weekWithin: (low, high) => `Eso está justo en lo que se suele aconsejar para prevenir: ${perWeek(low, high)}.`,
  weekBelow: (which, low, high, short) =>
    which === 'this'
      ? `Para prevenir, una buena meta es ${perWeek(low, high)}: con ${sessions(short)} más, la alcanza.`
      : `Para prevenir, una buena meta es ${perWeek(low, high)}.`,
  dayWithin: (which, low, high) =>
    which === 'this'
      ? `Hasta ahora ha hecho sus estiramientos todos los días, justo dentro de su meta: ${perDay(low, high)}.`
      : `Hizo sus estiramientos todos los días, justo dentro de su meta: ${perDay(low, high)}.`,
  dayBelow: (which, low, high, met, judged) => {
    const days = met === 0 ? 'ningún día' : `${countOf(met, 'día', 'días')} de ${spanishNumber(judged)}`;
    return which === 'this'
      ? `Su meta es ${perDay(low, high)}. Hasta ahora, ${met === 0 ? 'no ' : ''}la ha cumplido ${days}.`
      : `Su meta era ${perDay(low, high)}. ${met === 0 ? 'No la' : 'La'} cumplió ${days}.`;
  },
  busyDay: (weekday, done) =>
    `Solo una observación: el ${words.weekday(weekday)} hizo sus estiramientos ${words.times(done)}. ` +
    `Más no es mejor: basta con ${perDay(1, 2)}, incluso en una crisis de dolor.`,
  painBoth: (before, after) =>
    `En promedio, su dolor estaba en ${words.decimal(before)} sobre diez antes de estirar, y en ${words.decimal(after)} después.`,
  painBefore: (before) => `En promedio, su dolor estaba en ${words.decimal(before)} sobre diez antes de estirar.`,
  painAfter: (after) => `En promedio, su dolor estaba en ${words.decimal(after)} sobre diez después de estirar.`,
  painLower: 'Ese dolor al empezar es más bajo que el de la semana anterior.',
  painHigher:
    'Ese dolor al empezar es más alto que el de la semana anterior. Si sigue subiendo, consulte a su médico o a un fisioterapeuta.',
  painSame: 'Ese dolor al empezar es parecido al de la semana anterior.',
  trackPain: 'Si quiere llevar también la cuenta de su dolor, diga activa el registro de dolor.',
  unavailable: 'Lo siento, ahora mismo no puedo consultar su historial. Pregúnteme otra vez dentro de un rato.',
  cardTitle: (which) => (which === 'this' ? 'Su semana hasta hoy' : 'Su semana pasada'),
  cardRows: (f) => {
    const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    return [
      `Del ${f.weekStart} al ${f.weekEnd} (${f.timeZone})`,
      '',
      `Sesiones: ${f.sessions} en ${plural(f.days, 'día', 'días')}`,
      `Minutos de estiramiento: ${f.minutes}`,
      `Estiramientos hechos: ${f.stretches}`,
      `Racha actual: ${f.streak}${f.streakAtLeast ? '+' : ''} ${f.streak === 1 ? 'día' : 'días'}`,
      ...(f.mostDone ? [`El más repetido: ${f.mostDone}`] : []),
      `La semana anterior: ${plural(f.previousSessions, 'sesión', 'sesiones')}, ${f.previousMinutes} minutos`,
      // Written digits keep the decimal point: the RAE's recommended mark, and the one Mexico and the US use.
      ...(f.painBefore !== null || f.painAfter !== null
        ? [
            `Dolor (de 0 a 10): ${f.painBefore ?? '-'} antes, ${f.painAfter ?? '-'} después (${plural(f.checkins, 'registro', 'registros')})`,
          ]
        : []),
      '',
      aimRow(f.goal),
      'No sustituye el consejo médico profesional.',
    ];
  },
};
