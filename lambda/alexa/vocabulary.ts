import type { Symptom } from '../domain/routine-events';

/**
 * The spoken vocabulary of the slots that are not content names: symptoms by
 * seriousness, weeks, and the equipment people say they lack. The runtime
 * resolves slot values with these lists, and the interaction model's slot
 * types are generated from them, so the two cannot drift apart.
 */

/** Which week a summary is about, as people say it. */
export const WEEK_VALUES: Readonly<Record<'this' | 'last', readonly string[]>> = {
  this: ['this week', 'the week', 'so far this week', 'this past week', 'current week'],
  last: ['last week', 'the last week', 'previous week', 'the week before', 'past week'],
};

/**
 * What people say when something is wrong, by how serious it is. Emergency
 * red flags (groin or inner-thigh numbness, bladder or bowel control lost,
 * numbness in both legs, leg weakness quickly getting worse) send the user
 * to emergency care now; urgent ones (fever, a fall or injury, weight loss
 * with back pain) to a doctor today. Both end the session.
 */
export const SYMPTOM_VALUES: Readonly<Record<Symptom, readonly string[]>> = {
  pain: ['pain', 'sharp pain', 'sore', 'painful', 'burning', 'shooting pain', 'a sharp pain', 'killing me', 'too much'],
  numbness: ['numb', 'numbness', 'tingling', 'tingly', 'pins and needles', 'gone numb', 'asleep', 'dead leg'],
  emergency: [
    'numb in my groin',
    'numbness in my groin',
    'my groin is numb',
    'groin numbness',
    'numb between my legs',
    "can't feel my groin",
    'numbness in my inner thighs',
    'my inner thighs are numb',
    'inner thighs are numb',
    'groin is numb',
    'saddle numbness',
    'lost control of my bladder',
    "can't control my bladder",
    "can't hold my bladder",
    "can't pee",
    "can't wee",
    "can't urinate",
    'wet myself',
    'bladder problems',
    "can't control my bowels",
    'lost control of my bowels',
    'bowel problems',
    'soiled myself',
    'legs are numb',
    'legs have gone numb',
    'legs feel numb',
    'both my legs are numb',
    'both legs are numb',
    'numb in both legs',
    'numbness in both legs',
    'my legs are both numb',
    'leg getting weaker',
    'leg is getting weaker',
    'legs are getting weaker',
    'leg is getting weaker and weaker',
    'weak leg',
    'losing strength in my leg',
    'leg keeps giving way',
    "can't lift my foot",
  ],
  urgent: [
    'fever',
    'a fever',
    'a temperature',
    'a high temperature',
    'feverish',
    'fell',
    'had a fall',
    'a fall',
    'fell over',
    'fell down',
    'slipped and fell',
    'injured my back',
    'hurt my back in a fall',
    'been in an accident',
    'losing weight',
    'lost a lot of weight',
  ],
};

/**
 * Ways people name the equipment the content asks for, by the content's own
 * item name ("band"); a stand-in for an item is not a name of it.
 */
export const EQUIPMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  band: ['resistance band', 'exercise band', 'stretchy band', 'strap', 'yoga strap', 'stretching strap', 'bands', 'straps'],
  chair: ['sturdy chair', 'seat', 'dining chair', 'kitchen chair'],
  mat: ['yoga mat', 'exercise mat', 'floor mat', 'mats'],
  cushion: ['pillow', 'knee pad', 'kneeling pad', 'cushions'],
  'tennis ball': ['ball', 'tennis balls'],
};
