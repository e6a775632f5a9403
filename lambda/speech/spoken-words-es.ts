import { spanishNumber } from './spoken-numbers-es';

/** A Spanish noun's grammatical gender, which its article and any number before it agree with. */
export type Gender = 'masculine' | 'feminine';

const ARTICLE = /^(el|la|los|las|un|una|unos|unas)\s/i;
/** Nouns in -a that are masculine. */
const MASCULINE_IN_A: ReadonlySet<string> = new Set(['día', 'mapa', 'problema', 'programa', 'sistema', 'tema', 'clima', 'idioma']);
/** Feminine nouns whose ending does not say so. */
const FEMININE_OTHERWISE: ReadonlySet<string> = new Set(['mano', 'parte', 'noche', 'tarde', 'vez', 'clase', 'serie', 'llave']);
/** Singular nouns that end in -s. */
const SINGULAR_IN_S: ReadonlySet<string> = new Set(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'mes', 'tenis']);

/** The noun a phrase starts with: "figura" in "figura cuatro en la silla", "gato" in "gato-vaca". */
const headOf = (phrase: string): string =>
  phrase
    .trim()
    .toLowerCase()
    .split(/[\s,-]+/)[0] ?? '';

const isPlural = (head: string): boolean => head.endsWith('s') && !SINGULAR_IN_S.has(head);

/**
 * The gender of a noun phrase, read from its first word by the ending rules
 * and their common exceptions. Names come from the content, so a test pins the
 * article of every stretch and routine name: a new name that the rules get
 * wrong shows up there, not on a speaker.
 */
export function genderOf(phrase: string): Gender {
  const head = headOf(phrase);
  if (isPlural(head)) return head.endsWith('as') ? 'feminine' : 'masculine';
  if (MASCULINE_IN_A.has(head)) return 'masculine';
  if (FEMININE_OTHERWISE.has(head) || /(a|ión|dad|tad|tud|umbre)$/.test(head)) return 'feminine';
  return 'masculine';
}

/** "la paloma", "el gato-vaca", "los isquiotibiales": a name with its definite article, kept as is when it has one. */
export function withThe(phrase: string): string {
  if (ARTICLE.test(phrase)) return phrase;
  const feminine = genderOf(phrase) === 'feminine';
  const article = isPlural(headOf(phrase)) ? (feminine ? 'las' : 'los') : feminine ? 'la' : 'el';
  return `${article} ${phrase}`;
}

/** "una toalla", "un cojín": a thing with its indefinite article, kept as is when it has one. */
export function withA(phrase: string): string {
  return ARTICLE.test(phrase) ? phrase : `${genderOf(phrase) === 'feminine' ? 'una' : 'un'} ${phrase}`;
}

/** "toalla" from "una toalla": the thing without its indefinite article, as in "sin toalla". */
export function withoutA(phrase: string): string {
  return phrase.replace(/^(un|una|unos|unas)\s/i, '');
}

/** "a" or "de" before a phrase, contracted as Spanish must: "al gato-vaca", "del cojín", "a la paloma". */
export function preposition(word: 'a' | 'de', phrase: string): string {
  return /^el\s/i.test(phrase) ? `${word}l ${phrase.slice(3)}` : `${word} ${phrase}`;
}

/** "un estiramiento", "tres estiramientos", "veintiuna sesiones": the number agrees with the noun. */
export function countOf(n: number, one: string, many: string): string {
  return `${spanishNumber(n, genderOf(one))} ${Math.round(n) === 1 ? one : many}`;
}

/** Leading marks that do not change how the next word sounds. */
const OPENING = /^[¿¡"«\s]*/;

/**
 * The conjunction before a word, as it sounds: "y" becomes "e" before an /i/
 * sound ("agua e hilo", but "agua y hielo", where the i glides), and "o"
 * becomes "u" before an /o/ sound ("siete u ocho").
 */
export function conjunctionBefore(conjunction: 'and' | 'or', next: string): string {
  const word = next.replace(OPENING, '').toLowerCase();
  if (conjunction === 'and') return /^h?[ií](?![aeouáéóú])/.test(word) ? 'e' : 'y';
  return /^h?[oó]/.test(word) ? 'u' : 'o';
}

/** Items as they are said in a list: "a, b y c", "a, b o c", with no comma before the last, as Spanish writes it. */
export function spanishList(items: readonly string[], conjunction: 'and' | 'or'): string {
  const last = items[items.length - 1];
  if (last === undefined || items.length === 1) return last ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunctionBefore(conjunction, last)} ${last}`;
}

/** Upper-cases the first letter, past an opening "¿" or "¡": "¿Cómo…". */
export function capitalizeSpanish(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}
