import { phrases, seriousnessTable } from './phrase-tables';

/**
 * What English speakers say when something is wrong, generated from body parts and what they feel, by
 * seriousness: the SymptomType slot's values, and the runtime's lookup of a symptom Alexa did not resolve.
 */

/** A body part as people name it, and whether it takes "are" rather than "is". */
interface Part {
  readonly name: string;
  readonly plural: boolean;
}

const single = (...names: string[]): Part[] => names.map((name) => ({ name, plural: false }));
const plural = (...names: string[]): Part[] => names.map((name) => ({ name, plural: true }));

/** Where sciatica usually hurts or tingles, on one side: trouble here is the routine kind. */
const ONE_SIDE: readonly Part[] = [
  ...single('leg', 'left leg', 'right leg', 'foot', 'left foot', 'right foot', 'calf', 'thigh', 'knee', 'ankle', 'heel', 'shin'),
  ...single('hamstring', 'hip', 'bum', 'buttock', 'backside', 'glute', 'big toe'),
  ...plural('toes'),
];

/** Parts that hurt without being a red flag, beyond one leg: the back and its neighbours. */
const BACK: readonly Part[] = [
  ...single('back', 'lower back', 'spine', 'sciatica', 'sciatic nerve', 'nerve', 'side', 'neck'),
  ...plural('hips', 'legs', 'knees', 'feet'),
];

/** Both legs or both feet at once: numbness, weakness or sciatica here is an emergency. */
const BOTH_LEGS: readonly Part[] = plural(
  'both legs',
  'both my legs',
  'both of my legs',
  'both feet',
  'both my feet',
  'both of my feet',
  'both buttocks',
  'both sides',
);

/**
 * The saddle area: numbness here is an emergency (cauda equina syndrome).
 * Pain here is left out on purpose, so that no pain phrase names these parts.
 */
const SADDLE: readonly Part[] = [
  ...single('groin', 'crotch', 'saddle area', 'inner thigh', 'back passage', 'bottom area', 'vagina', 'penis', 'anus', 'perineum'),
  ...plural('genitals', 'private parts', 'privates', 'inner thighs', 'bits down below', 'bits'),
];

/** "leg is numb", "toes are numb": a part followed by how it is, in the right number. */
function stateOf(parts: readonly Part[], singular: readonly string[], plural: readonly string[]): string[] {
  return parts.flatMap((part) => phrases([part.name], part.plural ? plural : singular));
}

/** Places a numb or tingling feeling is, by part: "in my groin", "down my leg". */
const inParts = (parts: readonly Part[], prepositions: readonly string[]): string[] =>
  parts.flatMap((part) => phrases(prepositions, [part.name.startsWith('both') ? part.name : `my ${part.name}`]));

const NUMB_IS = ['is numb', 'feels numb', 'has gone numb', 'is going numb', 'went numb', 'keeps going numb', 'is tingling', 'is tingly'];
const NUMB_IS_MORE = [
  'feels tingly',
  'feels a bit numb',
  'feels a bit tingly',
  'has pins and needles',
  'has gone dead',
  'feels dead',
  'has gone to sleep',
  'has fallen asleep',
  'is asleep',
];
const NUMB_ARE = [
  'are numb',
  'feel numb',
  'have gone numb',
  'are going numb',
  'went numb',
  'keep going numb',
  'are tingling',
  'are tingly',
];
const NUMB_ARE_MORE = [
  'feel tingly',
  'feel a bit numb',
  'feel a bit tingly',
  'have pins and needles',
  'have gone dead',
  'feel dead',
  'have gone to sleep',
  'have fallen asleep',
  'are asleep',
];
/** "leg's gone numb": the contracted state, written as people type it. */
const NUMB_CONTRACTED = ["'s gone numb", "'s numb", "'s tingling", "'s gone dead", "'s gone to sleep", "'s asleep"];
/** What a numb feeling is called, to say where it is: "pins and needles in my foot". */
const NUMB_NOUNS = [
  'numbness',
  'tingling',
  'pins and needles',
  'no feeling',
  'a numb feeling',
  'a tingling feeling',
  'a dead feeling',
  'loss of feeling',
  'a tingly feeling',
  'tingly feeling',
  'a pins and needles feeling',
  'a tingling sensation',
];

const WEAK_IS = [
  'is getting weaker',
  'is getting weaker and weaker',
  'keeps giving way',
  'gave way',
  'is giving way',
  'gives way',
  'is weak',
  'feels weak',
];
const WEAK_IS_MORE = [
  'has gone weak',
  'went weak',
  'keeps buckling',
  'buckled',
  "won't hold me up",
  'is dragging',
  'has no strength',
  ...phrases(['is', 'feels'], ['really', 'very'], ['weak']),
  ...phrases(['is suddenly', 'has suddenly gone', 'has gone really', 'has suddenly gone really'], ['weak']),
  ...phrases(['suddenly'], ['went weak', 'gave way']),
];
const WEAK_ARE = [
  'are getting weaker',
  'are getting weaker and weaker',
  'keep giving way',
  'gave way',
  'are giving way',
  'give way',
  'are weak',
  'feel weak',
];
const WEAK_ARE_MORE = [
  'have gone weak',
  'went weak',
  'keep buckling',
  'buckled',
  "won't hold me up",
  'are dragging',
  'have no strength',
  ...phrases(['are', 'feel'], ['really', 'very'], ['weak']),
  ...phrases(['are suddenly', 'have suddenly gone', 'have gone really', 'have suddenly gone really'], ['weak']),
  ...phrases(['suddenly'], ['went weak', 'gave way']),
];

const HURT_IS = ['hurts', 'is hurting', 'is killing me', 'is sore', 'aches', 'is aching', 'is burning', 'is on fire', 'is throbbing'];
const HURT_IS_MORE = ['is painful', 'really hurts', 'is playing up', 'is giving me gyp'];
const HURT_ARE = ['hurt', 'are hurting', 'are killing me', 'are sore', 'ache', 'are aching', 'are burning', 'are on fire', 'are throbbing'];
const HURT_ARE_MORE = ['are painful', 'really hurt', 'are playing up', 'are giving me gyp'];
/** What a pain is called, to say where it is: "a sharp pain in my hip". */
const PAIN_NOUNS = [
  'pain',
  'a pain',
  'sharp pain',
  'a sharp pain',
  'shooting pain',
  'a shooting pain',
  'shooting pains',
  'burning pain',
  'a burning pain',
];
const PAIN_NOUNS_MORE = ['stabbing pain', 'a stabbing pain', 'a burning feeling', 'an ache', 'a cramp', 'a twinge'];

/** The parts a pain runs down or through, as sciatica does. */
const PAIN_PATHS: readonly Part[] = single('leg', 'left leg', 'right leg', 'back', 'bum', 'buttock', 'hip');

/** How a pain feels, said before what it is: "a {burning} sensation". */
const PAIN_QUALITIES = ['sharp', 'stabbing', 'shooting', 'burning', 'throbbing'];

/** A pain by its quality: "a burning sensation", "sharp feeling". */
const QUALITY_PAINS = phrases(['a', ''], PAIN_QUALITIES, ['feeling', 'sensation']);

/** What a movement does to a part: "hurting my hip", "pulling on my hamstring". */
const HURTING = ['hurting', 'really hurting', 'killing'];

/** Where sore places and sayings for too much go: "that's {a bit much}". */
const TOO_MUCH = ['a bit much', 'a bit too much', 'too much for me', 'way too much', 'too intense', 'too strong'];

/**
 * Emergency red flags: numbness in the saddle area, bladder or bowel control
 * lost, numbness, weakness or sciatica in both legs, a leg weakening or
 * giving way. The user is sent to emergency care at once.
 */
const emergencyPhrases = (): readonly string[] => [
  ...stateOf(SADDLE, [...NUMB_IS, ...NUMB_IS_MORE], [...NUMB_ARE, ...NUMB_ARE_MORE]),
  ...phrases(NUMB_NOUNS, inParts(SADDLE, ['in', 'around'])),
  ...phrases(['groin', 'saddle', 'genital', 'crotch'], ['numbness', 'tingling']),
  ...phrases(
    ['numb', 'numbness', 'tingling', 'pins and needles', 'no feeling'],
    ['between my legs', 'down there', 'down below', 'around my bottom'],
  ),
  ...phrases(["can't feel my"], [...SADDLE.map((p) => p.name), 'bottom when i wipe']),
  ...phrases(["can't feel anything"], ['between my legs', 'down there', 'down below', 'when i wipe', ...inParts(SADDLE, ['in'])]),
  ...phrases(
    ['lost feeling', 'lost all feeling', 'lost sensation', 'lost all sensation', 'no sensation'],
    ['between my legs', 'down there', 'down below', 'around my bottom', ...inParts(SADDLE, ['in'])],
  ),
  ...phrases(
    ["can't feel", "can't feel it"],
    ['when i wipe', 'the toilet paper', 'when i pee', 'when i need to pee', 'when i need the toilet'],
  ),
  ...phrases(['legs', 'feet'], [...NUMB_ARE, ...NUMB_ARE_MORE, ...WEAK_ARE, ...WEAK_ARE_MORE]),
  ...phrases(NUMB_NOUNS, ['in my legs', 'down my legs', 'in my feet']),
  ...stateOf(BOTH_LEGS, [], [...NUMB_ARE, ...NUMB_ARE_MORE, ...WEAK_ARE, ...WEAK_ARE_MORE, ...HURT_ARE, ...HURT_ARE_MORE]),
  ...phrases([...NUMB_NOUNS, ...PAIN_NOUNS, 'weakness', 'sciatica'], inParts(BOTH_LEGS, ['in', 'down'])),
  ...phrases(['my legs are both', 'my feet are both'], ['numb', 'tingling', 'weak', 'going numb', 'giving way']),
  ...phrases(["can't feel"], ['my legs', ...BOTH_LEGS.map((p) => p.name)]),
  ...phrases(['numb', 'weak', 'weakness'], ['in both legs', 'on both sides', 'in my legs']),
  ...stateOf(single('leg', 'left leg', 'right leg', 'foot', 'knee'), [...WEAK_IS, ...WEAK_IS_MORE], [...WEAK_ARE, ...WEAK_ARE_MORE]),
  ...phrases(['leg', 'legs'], ['getting weaker', 'giving way', 'keeps giving way', 'weakness']),
  ...phrases(['weak', 'losing strength in my', 'weakness in my', 'no strength in my'], ['leg', 'legs', 'foot']),
  ...phrases(["can't lift my", "can't move my", "can't raise my"], ['foot', 'toes', 'leg', 'legs', 'feet']),
  ...[
    'foot drop',
    'dropped foot',
    'my foot is dragging',
    'foot is dragging',
    'foot keeps dragging',
    'foot keeps slapping',
    'foot is slapping',
  ],
  ...phrases(
    ["can't", 'cannot'],
    ['pee', 'wee', 'urinate', 'pass water', 'go to the toilet', 'empty my bladder', 'hold it', 'hold my wee', 'hold my pee'],
  ),
  ...phrases(
    ["can't control my", 'lost control of my', 'no control of my', 'no control over my', 'losing control of my'],
    ['bladder', 'bowels', 'bowel'],
  ),
  ...phrases(["can't hold my", "can't stop my"], ['bladder', 'bowels', 'water', 'wee', 'pee'], ['', 'anymore', 'any more', 'in']),
  ...phrases(
    ['', 'just'],
    ['wet myself', 'peed myself', 'weed myself', 'soiled myself', 'pooed myself', 'messed myself', 'had an accident'],
  ),
  ...['leaking', 'leaking urine', 'leaking wee', 'leaking pee', 'incontinent', 'incontinence', 'wetting myself', 'soiling myself'],
  ...phrases(['bladder', 'bowel', 'waterworks'], ['problems', 'trouble', 'issues']),
  ...['saddle numbness', 'numb in my saddle area', 'numb bum and groin'],
];

/** How a back gets injured, which makes the injury a red flag: "hurt my back {in a car accident}". */
const INJURY_CAUSES = [
  'in a fall',
  'in a car accident',
  'in a car crash',
  'in an accident',
  'in a crash',
  'at work',
  'at the gym',
  'playing football',
  'playing sport',
  'playing sports',
  'lifting something',
  'lifting something heavy',
  'gardening',
  'on the stairs',
  'falling over',
];

/**
 * Urgent red flags: back pain with a fever, after a fall or an injury, or
 * with weight loss nobody can explain. The user is sent to a doctor today.
 */
const urgentPhrases = (): readonly string[] => [
  ...[
    'fever',
    'a fever',
    'temperature',
    'a temperature',
    'a high temperature',
    'a high fever',
    'feverish',
    'a bit feverish',
    'the chills',
    'chills',
  ],
  ...['shivery', 'hot and shivery', 'shivering', 'running a temperature', 'running a fever', 'burning up'],
  ...phrases([
    'fell',
    'fell over',
    'fell down',
    'slipped',
    'slipped and fell',
    'tripped',
    'tripped and fell',
    'tripped over',
    'fell down the stairs',
  ]),
  ...[
    'fell out of bed',
    'fell off a chair',
    'fell on my back',
    'landed on my back',
    'had a fall',
    'a fall',
    'had a bad fall',
    'had a tumble',
    'took a tumble',
  ],
  ...[
    'fallen',
    'fallen over',
    'fallen down',
    'been in an accident',
    'was in an accident',
    'been in a car accident',
    'was in a car accident',
    'a car accident',
    'car accident',
  ],
  ...[
    'injured my back',
    'injured myself',
    'hurt my back in a fall',
    'hurt myself falling',
    'had a fall and hurt my back',
    'was hit by a car',
    'after a fall',
    'since my fall',
  ],
  ...phrases(
    ['fell', 'slipped', 'tripped', 'fell over', 'had a fall'],
    ['', 'yesterday', 'last night', 'this morning', 'last week', 'earlier', 'the other day'],
    ['', 'and hurt my back', 'and now my back hurts', 'and my back hurts', 'and i hurt my back', 'and hurt myself'],
  ),
  ...phrases(
    ['losing', 'lost', 'been losing', 'keep losing'],
    ['weight', 'a lot of weight', 'lots of weight'],
    ['', 'for no reason', 'without trying', "and i don't know why", 'for no apparent reason', 'without meaning to'],
  ),
  ...['weight loss', 'unexplained weight loss'],
  // An injury with its cause or place is urgent; "had an accident" alone is the emergency above.
  ...phrases(['hurt', 'injured'], ['my back', 'my lower back', 'my spine', 'my neck', 'myself'], INJURY_CAUSES),
  ...phrases(['injured'], ['my lower back', 'my spine', 'my neck']),
  ...phrases(
    [
      'been in a car crash',
      'was in a car crash',
      'had a car crash',
      'had a car accident',
      'crashed my car',
      'was in a crash',
      'been in a crash',
    ],
    ['', 'yesterday', 'last week', 'recently', 'the other day', 'last night', 'this morning'],
  ),
  ...phrases(
    ['was in an accident', 'been in an accident', 'was in a car accident', 'been in a car accident'],
    ['yesterday', 'last week', 'recently', 'the other day'],
  ),
  ...phrases(['had an accident'], ['at work', 'in the car', 'on the road', 'at the gym']),
  // Back pain said after a fall ("and hurt my back") is in the samples around the slot.
  ...phrases(
    ['slipped', 'tripped', 'fell', 'slipped and fell', 'tripped and fell', 'had a fall'],
    ['on the stairs', 'down the stairs', 'on the ice', 'in the bath', 'in the shower', 'on the floor', 'in the garden', 'at work'],
  ),
  ...['feeling feverish', 'feel feverish', 'got a fever', 'got a temperature', 'running a high temperature', 'a fever and chills'],
];

/** One-sided numbness and tingling: the usual sciatic kind, which calls for a gentler stretch or a rest. */
const numbnessPhrases = (): readonly string[] => [
  ...[
    'numb',
    'numbness',
    'tingling',
    'tingly',
    'pins and needles',
    'gone numb',
    'going numb',
    'asleep',
    'dead leg',
    'a dead leg',
    'all tingly',
  ],
  // A numb feeling named on its own, with or without its article: "a tingly feeling", "tingly feeling".
  ...NUMB_NOUNS.flatMap((noun) => [noun, noun.replace(/^a /, '')]),
  ...stateOf(ONE_SIDE, [...NUMB_IS, ...NUMB_IS_MORE], [...NUMB_ARE, ...NUMB_ARE_MORE]),
  ...ONE_SIDE.filter((p) => !p.plural && !p.name.includes(' ')).flatMap((p) => NUMB_CONTRACTED.map((state) => `${p.name}${state}`)),
  ...phrases(NUMB_NOUNS, inParts(ONE_SIDE, ['in', 'down'])),
  ...phrases(
    ["can't feel my"],
    ONE_SIDE.map((p) => p.name),
  ),
];

/** Pain during a stretch: stop, and offer a gentler version. */
const painPhrases = (): readonly string[] => [
  ...[
    'pain',
    'sharp pain',
    'a sharp pain',
    'shooting pain',
    'a shooting pain',
    'burning',
    'burning pain',
    'stabbing pain',
    'sore',
    'painful',
  ],
  ...[
    'killing me',
    'too much',
    'too painful',
    'really painful',
    'very painful',
    'agony',
    'in agony',
    'in pain',
    'in a lot of pain',
    'hurting',
  ],
  ...['really hurting', 'sharp', 'shooting', 'stabbing', 'throbbing', 'aching', 'excruciating', 'unbearable', 'really sore', 'a bit sore'],
  ...stateOf([...ONE_SIDE, ...BACK], [...HURT_IS, ...HURT_IS_MORE], [...HURT_ARE, ...HURT_ARE_MORE]),
  ...phrases(PAIN_NOUNS, inParts([...ONE_SIDE, ...BACK], ['in'])),
  ...phrases(PAIN_NOUNS_MORE, inParts(PAIN_PATHS, ['in'])),
  ...phrases([...PAIN_NOUNS, ...PAIN_NOUNS_MORE], inParts(PAIN_PATHS, ['down'])),
  ...phrases(
    ['burning', 'aching', 'throbbing', 'shooting', 'stabbing', 'shooting pains', 'sharp pains'],
    inParts(PAIN_PATHS, ['down', 'in']),
  ),
  ...phrases(['back pain', 'leg pain', 'hip pain', 'knee pain', 'sciatica pain', 'nerve pain']),
  ...QUALITY_PAINS,
  ...phrases(QUALITY_PAINS, inParts(PAIN_PATHS, ['in', 'down'])),
  ...phrases(
    HURTING,
    [...ONE_SIDE, ...BACK].map((part) => `my ${part.name}`),
  ),
  ...TOO_MUCH,
  // A strain during a stretch; an injury from a fall or an accident is urgent instead.
  ...phrases(
    ['hurt my', 'pulled my', 'strained my', 'tweaked my', 'twisted my'],
    ['back', 'leg', 'hip', 'knee', 'hamstring', 'neck', 'calf'],
  ),
];

/**
 * What people say when something is wrong, by how serious it is. Emergency
 * red flags send the user to emergency care now; urgent ones to a doctor
 * today; both end the session. A phrase is generated from a body part and
 * what it feels, so the part decides the seriousness: one numb leg is
 * `numbness`, both legs or the groin numb is `emergency`. A phrase that more
 * than one list produces stays only in the most serious one.
 *
 * Built on first use, not at module load: some five thousand phrases take a
 * noticeable part of a cold start, and Lambda needs them only for a symptom
 * slot that arrives without Alexa's entity resolution.
 */
export const symptomValues = seriousnessTable(() => ({
  emergency: emergencyPhrases(),
  urgent: urgentPhrases(),
  numbness: numbnessPhrases(),
  pain: painPhrases(),
}));
