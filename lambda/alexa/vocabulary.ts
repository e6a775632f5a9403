/**
 * The English spoken vocabulary of the slots that are not content names or
 * symptoms (symptom-vocabulary.ts): weeks, and the equipment people say they lack. The runtime
 * resolves slot values with these lists, and the interaction model's slot
 * types are generated from them, so the two cannot drift apart.
 */

/** Which week a summary is about, as people say it. */
export const WEEK_VALUES: Readonly<Record<'this' | 'last', readonly string[]>> = {
  this: ['this week', 'the week', 'so far this week', 'this past week', 'current week', 'the current week', 'this week so far'],
  last: [
    'last week',
    'the last week',
    'previous week',
    'the previous week',
    'the week before',
    'past week',
    'the past week',
    'last seven days',
  ],
};

/**
 * Ways people name the equipment the content asks for, by the content's own
 * item name ("band"); a stand-in for an item is not a name of it.
 */
export const EQUIPMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  band: [
    'resistance band',
    'exercise band',
    'stretchy band',
    'elastic band',
    'strap',
    'yoga strap',
    'stretching strap',
    'exercise strap',
    'theraband',
    'bands',
    'straps',
    'resistance bands',
  ],
  chair: ['sturdy chair', 'seat', 'dining chair', 'kitchen chair', 'chairs', 'proper chair'],
  mat: ['yoga mat', 'exercise mat', 'floor mat', 'mats', 'yoga mats', 'gym mat'],
  cushion: ['pillow', 'knee pad', 'kneeling pad', 'cushions', 'pillows', 'knee pads', 'kneeler', 'kneeling cushion'],
  'tennis ball': ['ball', 'tennis balls', 'balls'],
};

/**
 * The ways people say a content name beyond how the content writes it:
 * without a leading "the" ("the pigeon" as "pigeon"), and an item it is done
 * with, with or without its article ("with a band" as "with the band" and
 * "with band", "with a reach" as "with the reach").
 */
export function spokenNames(names: readonly string[]): string[] {
  const forms = names.flatMap((name) => {
    const bare = name.replace(/^the /, '');
    const item = /^(.*) with (?:a |an |the )?([a-z]+)$/.exec(bare);
    if (!item) return [name, bare];
    const [, head = '', thing = ''] = item;
    const article = /^[aeiou]/.test(thing) ? 'an' : 'a';
    return [name, bare, ...[article, 'the', ''].map((word) => `${head} with ${word} ${thing}`.replace(/ +/g, ' '))];
  });
  return [...new Set(forms)];
}
