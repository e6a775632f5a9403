import type { Side } from '../../domain/routine-state';
import type { CatalogueWords } from '../catalogue';
import { spanishNumber } from '../spoken-numbers-es';
import { capitalizeSpanish, countOf, spanishList, withThe } from '../spoken-words-es';

const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

/** A cue's {side} follows a feminine noun ("la pierna {side}"): see content/es/README.md. */
const CUE_SIDE: Readonly<Record<Side, string>> = { right: 'derecha', left: 'izquierda' };

/** How a length of time is said: halves below ten minutes, whole minutes above, so it is within a tenth of the real one. */
function minutes(ms: number): string {
  const total = ms / 60_000;
  if (total >= 10) return countOf(Math.round(total), 'minuto', 'minutos');
  const halves = Math.max(1, Math.round(total * 2));
  const whole = Math.floor(halves / 2);
  if (halves % 2 === 0) return countOf(whole, 'minuto', 'minutos');
  if (whole === 0) return 'medio minuto';
  return `${countOf(whole, 'minuto', 'minutos')} y medio`;
}

/** A score to one decimal, with "coma" as the decimal mark. */
function decimal(value: number): string {
  const tenths = Math.round(value * 10);
  const whole = Math.trunc(tenths / 10);
  const tenth = Math.abs(tenths % 10);
  return tenth === 0 ? spanishNumber(whole) : `${spanishNumber(whole)} coma ${spanishNumber(tenth)}`;
}

/** How Spanish says numbers, counts, lists and names. */
export const words: CatalogueWords = {
  number: (n) => spanishNumber(n),
  count: countOf,
  list: spanishList,
  the: withThe,
  times: (n) => countOf(n, 'vez', 'veces'),
  minutes,
  decimal,
  weekday: (index) => WEEKDAYS[index] ?? 'un día',
  capitalize: capitalizeSpanish,
  side: (side) => CUE_SIDE[side],
};

/**
 * A side as the catalogue's own sentences name it: "el lado derecho". The
 * catalogue is given the side id ('right' or 'left'), and "lado" reads better
 * than a bare feminine "derecha" in "Ahora, el lado izquierdo".
 */
export const sideName = (side: string): string => (side === 'left' ? 'lado izquierdo' : 'lado derecho');

/** A weekly goal said aloud: "de tres a cinco veces por semana". */
export function perWeek(low: number, high: number): string {
  return low === high ? `${words.times(low)} por semana` : `de ${spanishNumber(low, 'feminine')} a ${words.times(high)} por semana`;
}

/** A daily goal said aloud: "una o dos veces al día", "siete u ocho veces al día". */
export function perDay(low: number, high: number): string {
  return `${low === high ? words.times(low) : spanishList([spanishNumber(low, 'feminine'), words.times(high)], 'or')} al día`;
}
