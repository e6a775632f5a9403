const HOURS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const MINUTES: Readonly<Record<string, number>> = { "o'clock": 0, oclock: 0, fifteen: 15, thirty: 30, 'forty five': 45 };
/** AMAZON.TIME's parts of the day, as Alexa sends them. */
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time as Alexa's AMAZON.TIME slot sends it, from the words virtual-alexa
 * passes on as typed: "seven pm", "7:30 am", "seven thirty in the evening"
 * and "19:00" as "19:00" or "19:30"; "noon" and "midnight" as "12:00" and
 * "00:00"; "in the evening" alone as "EV". Anything else is passed on as it
 * is, as Alexa would send a value it could not read.
 */
export function timeAsAlexaSendsIt(value: string): string {
  const said = value.trim().toLowerCase().replace(/\./g, '');
  const spanish = spanishTime(said);
  if (spanish) return spanish;
  if (said === 'noon' || said === 'midday') return '12:00';
  if (said === 'midnight') return '00:00';
  const part = /^(?:in the |at )?(morning|afternoon|evening|night|tonight)$/.exec(said);
  if (part) return PARTS[part[1] ?? ''] ?? value;
  const match =
    /^(\d{1,2}|[a-z]+)(?::(\d\d)| (o'clock|oclock|fifteen|thirty|forty five))?(?: ?(am|pm|in the morning|in the afternoon|in the evening|at night))?$/.exec(
      said,
    );
  if (!match) return value;
  const [, hourWord = '', digits, minuteWord, half] = match;
  const hour = /^\d+$/.test(hourWord) ? Number(hourWord) : HOURS.indexOf(hourWord);
  const minute = digits !== undefined ? Number(digits) : minuteWord !== undefined ? MINUTES[minuteWord] : 0;
  if (hour < 0 || hour > 23 || minute === undefined || minute > 59) return value;
  const afternoon = half === 'pm' || half === 'in the afternoon' || half === 'in the evening' || (half === 'at night' && hour >= 6);
  const morning = half === 'am' || half === 'in the morning';
  const h24 = hour >= 13 || (!afternoon && !morning) ? hour : afternoon ? (hour % 12) + 12 : hour % 12;
  return `${pad(h24)}:${pad(minute)}`;
}

const HORAS = ['doce', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once'];
const MINUTOS: Readonly<Record<string, number>> = { 'en punto': 0, 'y cuarto': 15, 'y media': 30 };
/** The part of the day said after a Spanish time, and whether it is after noon. */
const PARTES: Readonly<Record<string, 'am' | 'pm'>> = {
  'de la mañana': 'am',
  'de la madrugada': 'am',
  'del mediodía': 'pm',
  'de la tarde': 'pm',
  'de la noche': 'pm',
};

/**
 * A Spanish time as Alexa sends it ("las siete de la tarde" as "19:00", "a las ocho y media de la mañana" as
 * "08:30", "mediodía" as "12:00"), or null when the words are not one.
 */
function spanishTime(said: string): string | null {
  if (/^(?:a )?(?:el )?mediod[ií]a$/.test(said)) return '12:00';
  if (/^(?:a )?(?:la )?medianoche$/.test(said)) return '00:00';
  const match =
    /^(?:a )?(?:las? )?(\d{1,2}|[a-z]+)(?::(\d\d)| (en punto|y cuarto|y media))?(?: (de la mañana|de la madrugada|del mediodía|de la tarde|de la noche))?$/.exec(
      said,
    );
  if (!match) return null;
  const [, hourWord = '', digits, minuteWord, part] = match;
  const hour = /^\d+$/.test(hourWord) ? Number(hourWord) : HORAS.indexOf(hourWord);
  const minute = digits !== undefined ? Number(digits) : minuteWord !== undefined ? MINUTOS[minuteWord] : 0;
  if (hour < 0 || hour > 23 || minute === undefined || minute > 59) return null;
  const half = part ? PARTES[part] : undefined;
  const h24 = hour >= 13 || !half ? hour : half === 'pm' ? (hour % 12) + 12 : hour % 12;
  return `${pad(h24)}:${pad(minute)}`;
}
