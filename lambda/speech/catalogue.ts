import type { StartPosition } from '../domain/content-schema';
import type { WeekChoice } from '../domain/weekly-summary';

/** Something to have at hand, and what can stand in for it. */
export interface NeededItem {
  readonly item: string;
  readonly substitutes: readonly string[];
}

/** How a language says numbers, counts, lists and names. */
export interface CatalogueWords {
  /** A whole number in words: "thirty five". */
  number(n: number): string;
  /** A count with its noun: "one stretch", "three stretches". */
  count(n: number, one: string, many: string): string;
  /** Items as people list them aloud: "a, b, and c". */
  list(items: readonly string[], conjunction: 'and' | 'or'): string;
  /** A stretch or routine name as said inside a sentence: "the pigeon". */
  the(name: string): string;
  /** How often: "once", "twice", "three times". */
  times(n: number): string;
  /** A length of time said to a tenth: "seven and a half minutes". */
  minutes(ms: number): string;
  /** A score to one decimal: "four point five". */
  decimal(value: number): string;
  /** Monday 0 to Sunday 6. */
  weekday(index: number): string;
  /** Upper-cases the first letter, for a word that starts a sentence. */
  capitalize(text: string): string;
}

/** The weekly summary's sentences; which of them are said is decided in summary-speech.ts. */
export interface SummaryWords {
  readonly nothingThisWeek: readonly string[];
  readonly nothingLastWeek: readonly string[];
  headline(which: WeekChoice, sessions: number, days: number, minutes: number, stretches: number): string;
  streak(days: number, atLeast: boolean): string;
  mostDone(name: string): string;
  /** Against the week before: a step up from none, the same, or more or fewer. */
  comparedWith(which: WeekChoice, previous: number, difference: number): string;
  aboveAim: string;
  withinAim: string;
  /** Below the aim: this week says how many more sessions would reach it. */
  belowAim(which: WeekChoice, short: number): string;
  busyDay(weekday: number, sessions: number): string;
  painBoth(before: number, after: number): string;
  painBefore(before: number): string;
  painAfter(after: number): string;
  painLower: string;
  painHigher: string;
  painSame: string;
  trackPain: string;
  unavailable: string;
  /** The card in the Alexa app. */
  cardTitle(which: WeekChoice): string;
  cardRows(fields: SummaryCardFields): readonly string[];
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
}

/**
 * Every sentence the skill says that is not part of a stretch, for one
 * language. Stretch cues live in `content/`; a catalogue holds the glue
 * around them, the summary, the dose lines and the safety answers.
 */
export interface Catalogue {
  readonly words: CatalogueWords;
  readonly summary: SummaryWords;

  readonly welcome: string;
  readonly disclaimer: readonly string[];
  readonly sharpWarning: string;
  readonly lostTrack: string;

  chooseRoutine(suggested: string, others: readonly string[]): string;
  chooseRoutineAgain(names: readonly string[]): string;
  readonly whichWouldYouLike: string;
  routineList(entries: readonly { name: string; count: number }[]): string;
  singleStretchHint(names: readonly string[]): string;
  equipment(items: readonly NeededItem[]): readonly string[];
  routineLength(ms: number): string;
  readonly warmUp: string;

  readonly takeYourTime: string;
  /** Said between the silences of a wait, in turn. */
  readonly whileYouMove: readonly string[];
  promptInPosition(to: StartPosition): string;
  repromptInPosition(to: StartPosition): string;

  stretchOf(number: number, total: number, name: string): string;
  singleStretch(name: string): string;
  /** "The pigeon.": the name on its own, before what it is for. */
  stretchName(name: string): string;
  sideFirst(side: string): string;
  sideSecond(side: string): string;
  sideDone(side: string): string;
  again(side: string | null): string;
  readonly easeBack: string;
  secondsLeft(seconds: number): string;
  readonly lastBreath: string;
  breathsHalfway(done: number, left: number): string;

  finishedRoutine(name: string, stretches: number): string;
  finishedSingle(name: string): string;
  readonly finishedNothing: string;
  /** The one frequency message, said at the end of a routine. */
  readonly finishedAdvice: readonly string[];

  readonly paused: string;
  resuming(name: string, side: string | null): string;
  readonly alreadyFirst: string;
  backTo(name: string): string;
  skipping(name: string): string;
  readonly startingOver: string;
  easierOn(variant: string): string;
  readonly alreadyEasiest: string;
  readonly detailThen: string;
  onStretch(number: number, total: number): string;
  readonly leftNone: string;
  leftSome(names: readonly string[]): string;

  readonly hurtsPain: readonly string[];
  readonly hurtsNumb: readonly string[];
  readonly hurtsIdle: readonly string[];
  readonly redFlags: string;
  readonly emergency: readonly string[];
  readonly urgent: readonly string[];

  unknownRoutine(heard: string): string;
  unknownStretch(heard: string): string;
  stretchExamples(names: readonly string[]): string;
  readonly notUnderstood: string;
  readonly tryAgain: string;
  readonly nothingActive: string;
  readonly helpIdle: string;
  readonly helpRoutine: string;
  readonly helpDefault: string;
  readonly helpWakeWord: string;
  readonly helpAdvice: string;
  goodbyeDone(stretches: number): string;
  readonly goodbye: string;

  promptNextSide(side: string): string;
  repromptNextSide(side: string): string;
  promptNextStretch(name: string): string;
  repromptNextStretch(name: string): string;
  readonly promptResume: string;
  readonly repromptResume: string;
  readonly promptTryEasier: string;
  readonly repromptTryEasier: string;
  readonly promptAfterHurt: string;
  readonly repromptAfterHurt: string;
  readonly promptFinishRoutine: string;
  readonly promptFinishSingle: string;
  readonly repromptFinish: string;

  resumeOffer(name: string, side: string | null, routine: string | null): string;
  readonly promptResumeOffer: string;
  readonly repromptResumeOffer: string;
  defaultSet(routine: string): string;
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
  painNoted(score: number): string;
  readonly painSkipped: string;
  readonly painSkippedAtEnd: string;
  readonly painUnclear: string;
  readonly painOutOfTurnOn: string;
  readonly painOutOfTurnOff: string;
  readonly checkinsOn: string;
  readonly checkinsOff: string;
  readonly errorSorry: string;
}
