import generateUtterances from 'alexa-utterances';

/**
 * Named lists of phrases a template draws on by writing `{NAME}`. Names are
 * upper case so that no alternative word can be mistaken for one. A phrase
 * in a list may have its own `{a|b}` alternatives and `{-|slot}` references.
 */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

const NAME = /^[A-Z][A-Z_]*$/;

/** One template through alexa-utterances, spaces closed up. */
function generate(template: string, dictionary?: Record<string, readonly string[]>): string[] {
  return generateUtterances(template, undefined, dictionary, true).map((raw) => raw.replace(/\s+/g, ' ').trim());
}

/** `{slot}` as the slot reference `{-|slot}`, which alexa-utterances keeps. */
function asReferences(phrase: string): string {
  return phrase.replace(/\{([a-zA-Z]+)\}/g, '{-|$1}');
}

/**
 * Expands templates into sample utterances with alexa-utterances:
 * `{a|b|}` is each alternative (an empty one drops out), `{NAME}` each phrase
 * of `lexicon[NAME]` (none when the list is empty), `{-|slot}` the slot
 * reference `{slot}`. Spaces left by empty alternatives are closed up and
 * repeats dropped, first one kept.
 *
 * @throws if a lexicon name is not upper case, a template names a list the lexicon lacks, or a sample comes out malformed
 */
export function expand(templates: string | readonly string[], lexicon: Lexicon = {}): string[] {
  // alexa-utterances looks names up with `dictionary[word]`; without a prototype,
  // an alternative such as "constructor" cannot find an inherited property.
  const dictionary: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  for (const [name, phrases] of Object.entries(lexicon)) {
    if (!NAME.test(name)) throw new Error(`Lexicon name "${name}" must be upper case`);
    // alexa-utterances puts a list's phrases in whole, so their own alternatives are
    // expanded here first. A phrase may be an expanded sample, whose `{slot}`
    // (braces without a bar) is a slot reference, so it is marked as one.
    dictionary[name] = phrases.flatMap((phrase) => generate(asReferences(phrase))).map(asReferences);
  }
  const samples = new Set<string>();
  for (const template of typeof templates === 'string' ? [templates] : templates) {
    // A reference to an empty list yields no samples (alexa-utterances would throw on it).
    if ([...template.matchAll(/\{([A-Z][A-Z_]*)\}/g)].some(([, name]) => dictionary[name ?? '']?.length === 0)) continue;
    for (const sample of generate(template, dictionary)) {
      // An unknown {NAME} survives expansion as the bare upper-case word.
      const unknown = /\b[A-Z][A-Z_]+\b/.exec(sample);
      if (unknown) throw new Error(`Template "${template}" names ${unknown[0]}, which the lexicon lacks`);
      if (/[{}]/.test(sample.replace(/\{[a-zA-Z]+\}/g, '')))
        throw new Error(`Template "${template}" gave the malformed sample "${sample}"`);
      if (sample) samples.add(sample);
    }
  }
  return [...samples];
}
