import type { Symptom } from '../domain/routine-events';

/**
 * The language-free machinery of the generated slot vocabularies: phrases combined from lists, and symptom
 * phrases sorted by seriousness. Each language's vocabulary brings the words.
 */

/**
 * Every way of joining one choice from each list with spaces, in order;
 * an empty choice leaves no trace. `phrases(['my'], ['leg', 'foot'], ['is numb'])`
 * is "my leg is numb" and "my foot is numb".
 */
export function phrases(...lists: readonly (readonly string[])[]): string[] {
  return lists.reduce<string[]>(
    (heads, list) => heads.flatMap((head) => list.map((choice) => `${head} ${choice}`.replace(/\s+/g, ' ').trim())),
    [''],
  );
}

/**
 * Symptom phrases by seriousness, built on first use and kept: `lists` gives each seriousness's phrases, and a
 * phrase two lists produce stays only in the most serious one (see {@link bySeriousness}).
 */
export function seriousnessTable(
  lists: () => Readonly<Record<Symptom, readonly string[]>>,
): () => Readonly<Record<Symptom, readonly string[]>> {
  let table: Readonly<Record<Symptom, readonly string[]>> | undefined;
  return () => (table ??= bySeriousness(lists()));
}

/** Lists of phrases, most serious first, each without the phrases of the lists before it or its own repeats. */
export function bySeriousness(lists: Readonly<Record<Symptom, readonly string[]>>): Record<Symptom, readonly string[]> {
  const taken = new Set<string>();
  const keep = (list: readonly string[]): string[] => {
    const kept = [...new Set(list)].filter((phrase) => !taken.has(phrase));
    for (const phrase of kept) taken.add(phrase);
    return kept;
  };
  const emergency = keep(lists.emergency);
  const urgent = keep(lists.urgent);
  const numbness = keep(lists.numbness);
  const pain = keep(lists.pain);
  // The order of the keys is the order of the slot type's values: pain first, as before.
  return { pain, numbness, emergency, urgent };
}
