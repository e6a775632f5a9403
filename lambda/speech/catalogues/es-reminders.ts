import { WEEKDAYS, type Weekday } from '../../domain/reminder-schedule';
import type { ReminderWords } from '../catalogue';
import { spanishNumber } from '../spoken-numbers-es';
import { countOf, spanishList } from '../spoken-words-es';

/** Day names after "los", as a habit: "los lunes y jueves", "los sábados". */
const EVERY: Readonly<Record<Weekday, string>> = {
  MO: 'lunes',
  TU: 'martes',
  WE: 'miércoles',
  TH: 'jueves',
  FR: 'viernes',
  SA: 'sábados',
  SU: 'domingos',
};

/**
 * The part of the day after the hour. Evening is "de la tarde" until eight
 * ("a las siete de la tarde", as in Spain and much of Latin America) and
 * "de la noche" after; before six it is "de la madrugada".
 */
function partOfDay(hours: number): string {
  if (hours < 6) return 'de la madrugada';
  if (hours < 12) return 'de la mañana';
  return hours < 20 ? 'de la tarde' : 'de la noche';
}

/**
 * A time of day as said after a day: "a las siete de la tarde", "a la una y
 * media de la tarde", "al mediodía", "a medianoche". Minutes other than a
 * quarter or a half are said as numbers ("y cuarenta y cinco"): "menos cuarto"
 * and "cuarto para" split Spain from Latin America.
 */
function clock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'al mediodía';
  if (minutes === 0 && hours === 0) return 'a medianoche';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const past = minutes === 0 ? '' : minutes === 15 ? ' y cuarto' : minutes === 30 ? ' y media' : ` y ${spanishNumber(minutes)}`;
  return `${hour === 1 ? 'a la' : 'a las'} ${spanishNumber(hour, 'feminine')}${past} ${partOfDay(hours)}`;
}

/** Days as said: "todos los días", "de lunes a viernes", "los fines de semana", "los lunes y jueves". */
function daysSaid(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'todos los días';
  if (set.size === 5 && !set.has('SA') && !set.has('SU')) return 'de lunes a viernes';
  if (set.size === 2 && set.has('SA') && set.has('SU')) return 'los fines de semana';
  return `los ${spanishList(
    WEEKDAYS.filter((day) => set.has(day)).map((day) => EVERY[day]),
    'and',
  )}`;
}

const howMany = (n: number): string => countOf(n, 'recordatorio de estiramientos', 'recordatorios de estiramientos');

/** Daily reminders in Spanish. The Alexa app is "la aplicación Alexa", its sections named as the Spanish app names them. */
export const reminders: ReminderWords = {
  when: (schedule) => `${daysSaid(schedule.days)} ${clock(schedule.time)}`,
  askTime: 'Claro. ¿A qué hora quiere el recordatorio?',
  promptTime: 'Diga una hora, como las siete de la tarde.',
  promptTimeAgain: 'Perdone, no entendí la hora. ¿A qué hora quiere el recordatorio?',
  repromptTime: '¿A qué hora se lo recuerdo? Diga una hora, como las siete de la tarde, o diga no si prefiere no ponerlo.',
  confirm: (when) => `Le recordaré sus estiramientos ${when}.`,
  promptConfirm: '¿Lo programo?',
  repromptConfirm: (when) => `¿Programo un recordatorio ${when}? Diga sí o no.`,
  set: (when) => `Hecho. Se lo recordaré ${when}. Si quiere quitarlo, diga cancela mi recordatorio.`,
  notSet: 'De acuerdo, no pongo ningún recordatorio.',
  permissionNeeded: [
    'Para poner recordatorios, necesito su permiso.',
    'En la aplicación Alexa, abra Skills y juegos, busque estiramientos para la ciática y permita los recordatorios. Allí tiene una tarjeta que le ayuda.',
  ],
  unsupported:
    'Lo siento, este dispositivo no puede poner recordatorios. Puede ponerlo desde un dispositivo Echo o desde la aplicación Alexa.',
  failed: 'Ahora mismo no puedo conectar con los recordatorios, así que todo sigue igual. Inténtelo otra vez dentro de un rato.',
  listed: (whens) =>
    whens.length === 0 ? 'No tiene ningún recordatorio de estiramientos.' : `Tiene ${howMany(whens.length)}: ${spanishList(whens, 'and')}.`,
  cancelled: (count) =>
    count === 0
      ? 'No tiene ningún recordatorio de estiramientos, así que no hay nada que cancelar.'
      : `Hecho: ${count === 1 ? 'su recordatorio de estiramientos queda cancelado' : 'sus recordatorios de estiramientos quedan cancelados'}.`,
  deletedToo: (count) =>
    count === null
      ? 'Ahora mismo no puedo cancelar sus recordatorios de estiramientos. Puede quitarlos en la aplicación Alexa, en Recordatorios.'
      : `${count === 1 ? 'Su recordatorio de estiramientos también queda cancelado' : 'Sus recordatorios de estiramientos también quedan cancelados'}.`,
  text: 'Es hora de sus estiramientos para la ciática. Diga: Alexa, abre estiramientos para la ciática.',
};
