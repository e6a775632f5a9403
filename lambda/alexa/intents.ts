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
  whereAmI: 'WhereAmIIntent',
  noEquipment: 'NoEquipmentIntent',
  tooEasy: 'TooEasyIntent',
  setUpPlan: 'SetUpPlanIntent',
  startPlan: 'StartPlanIntent',
  whyPlan: 'WhyPlanIntent',
  planAnswer: 'PlanAnswerIntent',
  setReminder: 'SetReminderIntent',
  listReminders: 'ListRemindersIntent',
  cancelReminders: 'CancelRemindersIntent',
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
export const SLOTS = {
  routine: 'routine',
  stretch: 'stretch',
  symptom: 'symptom',
  week: 'week',
  score: 'score',
  equipment: 'equipment',
  answer: 'answer',
  time: 'time',
  days: 'days',
} as const;

/** Slot types; routines and stretches come from `content/`, the others from vocabulary.ts. */
export const SLOT_TYPES = {
  routine: 'RoutineName',
  stretch: 'StretchName',
  symptom: 'SymptomType',
  week: 'WeekName',
  score: 'AMAZON.NUMBER',
  equipment: 'EquipmentName',
  answer: 'PlanAnswer',
  time: 'AMAZON.TIME',
  days: 'ReminderDays',
} as const;
