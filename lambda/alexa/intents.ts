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
 * What people say when something is wrong, by how serious it is. Red flags
 * end the session with advice to get medical help promptly.
 */
export const SYMPTOM_VALUES: Readonly<Record<'pain' | 'numbness' | 'red-flag', readonly string[]>> = {
  pain: ['pain', 'sharp pain', 'sore', 'painful', 'burning', 'shooting pain', 'a sharp pain', 'killing me', 'too much'],
  numbness: ['numb', 'numbness', 'tingling', 'tingly', 'pins and needles', 'gone numb', 'asleep', 'dead leg'],
  'red-flag': [
    'numb in my groin',
    'numbness in my groin',
    'numb between my legs',
    'lost control of my bladder',
    "can't control my bladder",
    'bladder problems',
    "can't control my bowels",
    'bowel problems',
    'leg getting weaker',
    'leg is getting weaker',
    'weak leg',
    'losing strength in my leg',
  ],
};
