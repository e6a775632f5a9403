/** 0 to 29: Spanish writes the twenties as one word ("veintitrés"), so they are listed, not built. */
const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/**
 * How a number is said: on its own ("veintiuno", as when counting or scoring),
 * or before a masculine or a feminine noun, which it agrees with: "veintiún
 * días", "veintiuna sesiones", "doscientas veces".
 */
export type NumberForm = 'alone' | 'masculine' | 'feminine';

function belowHundred(n: number): string {
  if (n < UNITS.length) return UNITS[n] ?? '';
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens} y ${UNITS[n % 10]}`;
}

function alone(n: number): string {
  if (n < 100) return belowHundred(n);
  if (n === 100) return 'cien';
  const hundreds = HUNDREDS[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? hundreds : `${hundreds} ${belowHundred(n % 100)}`;
}

/**
 * A whole number from 0 to 999 in Spanish words, in the form its noun asks
 * for (see {@link NumberForm}). Anything outside that range, or not whole
 * after rounding to a unit, is given as digits, which Alexa's Spanish voices
 * read correctly: a wrong word would be worse than the digits.
 */
export function spanishNumber(n: number, form: NumberForm = 'alone'): string {
  const value = Math.round(n);
  if (value < 0 || value > 999) return String(value);
  const words = alone(value);
  if (form === 'alone') return words;
  const agreed = form === 'feminine' ? words.replace(/ientos\b/, 'ientas') : words;
  if (value % 10 !== 1 || value % 100 === 11) return agreed;
  // "uno" shortens before a masculine noun and turns feminine before a feminine one; in one word it keeps its stress mark.
  return form === 'masculine' ? agreed.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un') : agreed.replace(/uno$/, 'una');
}
