const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A whole number from 0 to 999 in words ("thirty five"), so counts read the
 * same on every voice and in the cue text shown on cards.
 */
export function numberWords(n: number): string {
  const value = Math.max(0, Math.min(999, Math.round(n)));
  if (value < 20) return ONES[value] ?? String(value);
  if (value < 100) {
    const tens = TENS[Math.floor(value / 10)] ?? '';
    return value % 10 === 0 ? tens : `${tens} ${ONES[value % 10]}`;
  }
  const rest = value % 100;
  const hundreds = `${ONES[Math.floor(value / 100)]} hundred`;
  return rest === 0 ? hundreds : `${hundreds} and ${numberWords(rest)}`;
}

/** "one stretch", "three stretches". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberWords(n)} ${n === 1 ? singular : plural}`;
}

/** Joins names the way people list them aloud: "a, b, and c". */
export function spokenList(items: readonly string[], conjunction: string = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, for a name that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
