import type { Symptom } from '../domain/routine-events';

/**
 * Intent, slot and slot type names shared by the handlers and the generator
 * of the interaction model, so the two cannot drift apart.
 */
export const CUSTOM_INTENTS = {
  startRoutine: 'StartRoutineIntent',
  startStretch: 'StartStretchIntent',
  listRoutines: 'ListRoutinesIntent',
  howManyLeft: 'HowManyLeftIntent',
  whatIsThisFor: 'WhatIsThisForIntent',
  easier: 'EasierIntent',
  moreDetail: 'MoreDetailIntent',
  skip: 'SkipIntent',
  itHurts: 'ItHurtsIntent',
  setDefault: 'SetDefaultRoutineIntent',
  deleteHistory: 'DeleteHistoryIntent',
  weeklySummary: 'WeeklySummaryIntent',
  painScore: 'PainScoreIntent',
  painCheckinsOn: 'PainCheckinsOnIntent',
  painCheckinsOff: 'PainCheckinsOffIntent',
} as const;

/** Built-in intents the skill handles; each must be in every locale's model. */
export const BUILTIN_INTENTS = {
  next: 'AMAZON.NextIntent',
  repeat: 'AMAZON.RepeatIntent',
  previous: 'AMAZON.PreviousIntent',
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  startOver: 'AMAZON.StartOverIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  help: 'AMAZON.HelpIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  fallback: 'AMAZON.FallbackIntent',
  navigateHome: 'AMAZON.NavigateHomeIntent',
} as const;

/** Slot names. */
export const SLOTS = { routine: 'routine', stretch: 'stretch', symptom: 'symptom', week: 'week', score: 'score' } as const;

/** Custom slot types; their values are generated from `content/` (symptoms from {@link SYMPTOM_VALUES}). */
export const SLOT_TYPES = {
  routine: 'RoutineName',
  stretch: 'StretchName',
  symptom: 'SymptomType',
  week: 'WeekName',
  score: 'AMAZON.NUMBER',
} as const;

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
