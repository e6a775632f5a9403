import type { BodyArea } from '../domain/body-areas';
import type { StartPosition } from '../domain/content-schema';
import type { PlanQuestion } from '../domain/onboarding';
import type { Goal, PlanReason } from '../domain/plan-builder';
import type { ReminderSchedule } from '../domain/reminder-schedule';
import type { GoalCheck, WeekChoice } from '../domain/weekly-summary';
import type { Side } from '../domain/routine-state';
import type { TouchAction } from '../screen/touch-actions';

/** Something to have at hand, and what can stand in for it. */
export interface NeededItem {
  readonly item: string;
  readonly substitutes: readonly string[];
}

/** How a language says numbers, counts, lists and names. */
export interface CatalogueWords {
  /** A whole number in words: "thirty five". */
  readonly number: (n: number) => string;
  /** A count with its noun: "one stretch", "three stretches". */
  readonly count: (n: number, one: string, many: string) => string;
  /** Items as people list them aloud: "a, b, and c". */
  readonly list: (items: readonly string[], conjunction: 'and' | 'or') => string;
  /** A stretch or routine name as said inside a sentence: "the pigeon". */
  readonly the: (name: string) => string;
  /** How often: "once", "twice", "three times". */
  readonly times: (n: number) => string;
  /** A length of time said to a tenth: "seven and a half minutes". */
  readonly minutes: (ms: number) => string;
  /** A score to one decimal: "four point five". */
  readonly decimal: (value: number) => string;
  /** Monday 0 to Sunday 6. */
  readonly weekday: (index: number) => string;
  /** Upper-cases the first letter, for a word that starts a sentence. */
  readonly capitalize: (text: string) => string;
  /** A side as a cue's {side} and {other} say it: "right", "left" (in Spanish "derecha", "izquierda", after a feminine noun). */
  readonly side: (side: Side) => string;
}

/** The weekly summary's sentences; which of them are said is decided in summary-speech.ts. */
export interface SummaryWords {
  readonly nothingThisWeek: readonly string[];
  readonly nothingLastWeek: readonly string[];
  readonly headline: (which: WeekChoice, sessions: number, days: number, minutes: number, stretches: number) => string;
  readonly streak: (days: number, atLeast: boolean) => string;
  readonly mostDone: (name: string) => string;
  /** Against the week before: a step up from none, the same, or more or fewer. */
  readonly comparedWith: (which: WeekChoice, previous: number, difference: number) => string;
  /** A weekly goal of `low` to `high` sessions, passed. */
  readonly weekAbove: (low: number, high: number) => string;
  readonly weekWithin: (low: number, high: number) => string;
  /** Short of a weekly goal: this week says how many more sessions would reach it. */
  readonly weekBelow: (which: WeekChoice, low: number, high: number, short: number) => string;
  /** A daily goal of `low` to `high` sessions reached on every day judged. */
  readonly dayWithin: (which: WeekChoice, low: number, high: number) => string;
  /** A daily goal reached on `met` of the `judged` days. */
  readonly dayBelow: (which: WeekChoice, low: number, high: number, met: number, judged: number) => string;
  /** A day with more sessions than is enough: more isn't better. */
  readonly busyDay: (weekday: number, sessions: number) => string;
  readonly painBoth: (before: number, after: number) => string;
  readonly painBefore: (before: number) => string;
  readonly painAfter: (after: number) => string;
  painLower: string;
  painHigher: string;
  painSame: string;
  trackPain: string;
  unavailable: string;
  /** The card in the Alexa app. */
  readonly cardTitle: (which: WeekChoice) => string;
  readonly cardRows: (fields: SummaryCardFields) => readonly string[];
}

/** What a reason sentence may name: the plan's first stretch as said in a sentence, its length, where they feel it most. */
export interface PlanFacts {
  readonly first: string;
  readonly count: number;
  readonly area: BodyArea | null;
}

/** "Why these stretches?": a sentence for each reason a plan gives; which are said is decided in plan-speech.ts. */
export interface PlanWords {
  readonly reasons: Readonly<Record<PlanReason, (facts: PlanFacts) => string>>;
  /** Said after the pregnancy reason, every time. */
  askProfessional: string;
  /** For a plan no answer narrowed. */
  balanced: string;
}

/** The onboarding questions and the personal plan around them; which are said is decided in compose.ts. */
export interface OnboardingWords {
  readonly offer: string;
  readonly repromptOffer: string;
  readonly begin: string;
  /** Going through the questions again to change the plan: a skip keeps an answer as it was. */
  readonly beginChanging: string;
  readonly questions: Readonly<Record<PlanQuestion, string>>;
  readonly reprompts: Readonly<Record<PlanQuestion, string>>;
  /** Said before a question asked again because the answer was not understood. */
  readonly again: string;
  readonly noted: string;
  readonly skipped: string;
  readonly help: string;
  /** The plan's stretches, by name, as it is presented. */
  readonly ready: (names: readonly string[]) => string;
  readonly changed: (names: readonly string[]) => string;
  /** Onboarding stopped part way: the plan was made from the answers given. */
  readonly kept: (names: readonly string[]) => string;
  readonly goal: (goal: Goal) => string;
  readonly offerPlan: (count: number, first: string) => string;
  readonly startNow: string;
  readonly startPlan: string;
  readonly repromptStartPlan: string;
  /** The plan's name inside a sentence: "that's the end of the {personal plan}". */
  readonly planName: string;
  readonly planIntro: (count: number) => string;
  readonly noPlanYet: string;
  readonly hint: string;
  readonly unclearFact: string;
  readonly later: string;
}

/** Daily reminders: asking the time, confirming it, and what the Reminders API did. */
export interface ReminderWords {
  /** "every day at 7 PM", "on weekdays at 8 AM": a schedule as said inside a sentence. */
  readonly when: (schedule: ReminderSchedule) => string;
  readonly askTime: string;
  readonly promptTime: string;
  readonly promptTimeAgain: string;
  readonly repromptTime: string;
  readonly confirm: (when: string) => string;
  readonly promptConfirm: string;
  readonly repromptConfirm: (when: string) => string;
  readonly set: (when: string) => string;
  readonly notSet: string;
  readonly permissionNeeded: readonly string[];
  readonly unsupported: string;
  readonly failed: string;
  readonly listed: (whens: readonly string[]) => string;
  readonly cancelled: (count: number) => string;
  /** After deleting everything: the reminders too, or that they are still there and how to remove them. */
  readonly deletedToo: (count: number | null) => string;
  /** What Alexa says when the reminder goes off, and shows in the app. */
  readonly text: string;
}

/** What the summary card lays out. */
export interface SummaryCardFields {
  readonly weekStart: string;
  readonly weekEnd: string;
  readonly timeZone: string;
  readonly sessions: number;
  readonly days: number;
  readonly minutes: number;
  readonly stretches: number;
  readonly streak: number;
  readonly streakAtLeast: boolean;
  readonly mostDone: string | null;
  readonly previousSessions: number;
  readonly previousMinutes: number;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly checkins: number;
  readonly goal: GoalCheck;
}

/** The words on an Echo Show screen: short labels, read at a glance from across the room. */
export interface ScreenWords {
  /** The skill's name, the title of screens that have no other. */
  readonly skillName: string;
  /** "Right side". */
  readonly side: (side: Side) => string;
  /** "Stretch 2 of 3". */
  readonly progress: (number: number, total: number) => string;
  /** Under the countdown: "seconds". */
  readonly seconds: string;
  readonly buttons: Readonly<Record<TouchAction, string>>;
  /** On a screen without touch: the spoken commands that do what the buttons would. */
  readonly voiceHint: string;
  /** Titles of the simple screens. */
  readonly titles: {
    readonly help: string;
    readonly paused: string;
    readonly finished: string;
    readonly hurts: string;
    readonly emergency: string;
    readonly plan: string;
    readonly reminders: string;
    readonly routines: string;
    readonly getReady: string;
  };
}

/**
 * Every sentence the skill says that is not part of a stretch, for one
 * language. Stretch cues live in `content/`; a catalogue holds the glue
 * around them, the summary, the dose lines and the safety answers.
 */
export interface Catalogue {
  readonly words: CatalogueWords;
  readonly summary: SummaryWords;
  readonly plan: PlanWords;
  readonly onboarding: OnboardingWords;
  readonly reminders: ReminderWords;
  readonly screen: ScreenWords;

  readonly welcome: string;
  /** At launch after enough sessions today: more isn't better, rest or walk, strengthen too; the usual offer follows. */
  readonly enoughToday: (sessions: number) => readonly string[];
  readonly disclaimer: readonly string[];
  readonly sharpWarning: string;
  readonly lostTrack: string;

  readonly chooseRoutine: (suggested: string, others: readonly string[]) => string;
  readonly chooseRoutineAgain: (names: readonly string[]) => string;
  readonly whichWouldYouLike: string;
  readonly routineList: (entries: readonly { name: string; count: number }[]) => string;
  readonly singleStretchHint: (names: readonly string[]) => string;
  readonly equipment: (items: readonly NeededItem[]) => readonly string[];
  readonly routineLength: (ms: number) => string;
  readonly warmUp: string;

  readonly takeYourTime: string;
  /** Said between the silences of a wait, in turn. */
  readonly whileYouMove: readonly string[];
  readonly promptInPosition: (to: StartPosition) => string;
  readonly repromptInPosition: (to: StartPosition) => string;

  readonly stretchOf: (number: number, total: number, name: string) => string;
  readonly singleStretch: (name: string) => string;
  /** "The pigeon.": the name on its own, before what it is for. */
  readonly stretchName: (name: string) => string;
  readonly sideFirst: (side: string) => string;
  readonly sideSecond: (side: string) => string;
  readonly sideDone: (side: string) => string;
  readonly again: (side: string | null) => string;
  readonly easeBack: string;
  readonly secondsLeft: (seconds: number) => string;
  readonly lastBreath: string;
  readonly breathsHalfway: (done: number, left: number) => string;

  readonly finishedRoutine: (name: string, stretches: number) => string;
  readonly finishedSingle: (name: string) => string;
  readonly finishedNothing: string;
  /** The one frequency message, said at the end of a routine. */
  readonly finishedAdvice: readonly string[];

  readonly paused: string;
  readonly resuming: (name: string, side: string | null) => string;
  readonly alreadyFirst: string;
  readonly backTo: (name: string) => string;
  readonly skipping: (name: string) => string;
  readonly startingOver: string;
  readonly easierOn: (variant: string) => string;
  readonly alreadyEasiest: string;
  readonly detailThen: string;
  readonly onStretch: (number: number, total: number) => string;
  readonly leftNone: string;
  readonly leftSome: (names: readonly string[]) => string;
  /** "You're on the lying figure four, left side: stretch two of three." */
  readonly whereAt: (name: string, side: string | null, number: number, total: number) => string;
  readonly whereMoving: (name: string) => string;
  /** What stands in for an item the user does not have. */
  readonly standIn: (item: string, substitutes: readonly string[]) => string;
  readonly orSkip: string;
  /** The stretch at hand needs no such item (null: it needs nothing at all). */
  readonly notNeeded: (item: string | null, name: string) => string;
  /** Between routines: the routines (by their short names) that need no such item, or a general word when no item was heard. */
  readonly routinesWithout: (item: string | null, names: readonly string[]) => string;
  /** "This is too easy": a kind answer that never pushes. */
  readonly tooEasy: readonly string[];
  /** The second miss in a row, before the help for the moment. */
  readonly stillNotUnderstood: string;

  readonly hurtsPain: readonly string[];
  readonly hurtsNumb: readonly string[];
  readonly hurtsIdle: readonly string[];
  readonly redFlags: string;
  readonly emergency: readonly string[];
  readonly urgent: readonly string[];

  readonly unknownRoutine: (heard: string) => string;
  readonly unknownStretch: (heard: string) => string;
  readonly stretchExamples: (names: readonly string[]) => string;
  readonly notUnderstood: string;
  readonly tryAgain: string;
  readonly nothingActive: string;
  readonly helpIdle: string;
  readonly helpRoutine: string;
  readonly helpDefault: string;
  readonly helpWakeWord: string;
  readonly helpAdvice: string;
  readonly goodbyeDone: (stretches: number) => string;
  readonly goodbye: string;

  readonly promptNextSide: (side: string) => string;
  readonly repromptNextSide: (side: string) => string;
  readonly promptNextStretch: (name: string) => string;
  readonly repromptNextStretch: (name: string) => string;
  readonly promptResume: string;
  readonly repromptResume: string;
  readonly promptTryEasier: string;
  readonly repromptTryEasier: string;
  readonly promptAfterHurt: string;
  readonly repromptAfterHurt: string;
  readonly promptFinishRoutine: string;
  readonly promptFinishSingle: string;
  readonly repromptFinish: string;

  readonly resumeOffer: (name: string, side: string | null, routine: string | null) => string;
  readonly promptResumeOffer: string;
  readonly repromptResumeOffer: string;
  readonly defaultSet: (routine: string) => string;
  readonly whichDefault: string;
  readonly confirmDelete: string;
  readonly promptConfirmDelete: string;
  readonly repromptConfirmDelete: string;
  readonly deleted: string;
  readonly notDeleted: string;
  readonly deleteFailed: string;
  readonly storageLoadNote: string;
  readonly storageSaveNote: string;

  readonly promptPainBefore: string;
  readonly promptPainAfter: string;
  readonly repromptPain: string;
  readonly painNoted: (score: number) => string;
  readonly painSkipped: string;
  readonly painSkippedAtEnd: string;
  readonly painUnclear: string;
  readonly painOutOfTurnOn: string;
  readonly painOutOfTurnOff: string;
  readonly checkinsOn: string;
  readonly checkinsOff: string;
  readonly errorSorry: string;
}
