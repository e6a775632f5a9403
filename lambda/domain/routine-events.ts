import type { StartPosition } from './content-schema';
import type { PlanFact, PlanQuestion } from './onboarding';
import type { PersonalPlan } from './plan-builder';
import type { ReminderSchedule, Weekday } from './reminder-schedule';
import type { ResumePoint, RoutineState, Side } from './routine-state';
import type { WeekSummary } from './weekly-summary';

/** A spoken name resolved against the content: matched, not matched, or not given. */
export type NameMatch =
  { readonly kind: 'none' } | { readonly kind: 'match'; readonly id: string } | { readonly kind: 'no-match'; readonly heard: string };

/**
 * How serious a report of pain is. `emergency` (groin or inner-thigh
 * numbness, new loss of bladder or bowel control, quickly worsening leg
 * weakness, numbness in both legs) means emergency care now; `urgent` (fever
 * with back pain, pain after a fall or injury, unexplained weight loss) means
 * a doctor the same day. Both end the session.
 */
export type Symptom = 'pain' | 'numbness' | 'emergency' | 'urgent';

/** Symptoms that stop everything and send the user to medical care. */
export const RED_FLAGS: ReadonlySet<Symptom> = new Set(['emergency', 'urgent']);

/** Everything a user can ask of the routine engine. */
export type RoutineEvent =
  | { readonly type: 'launch' }
  | { readonly type: 'start-routine'; readonly routine: NameMatch }
  | { readonly type: 'start-stretch'; readonly stretch: NameMatch }
  | { readonly type: 'list-routines' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'repeat' }
  | { readonly type: 'skip' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'start-over' }
  | { readonly type: 'easier' }
  | { readonly type: 'more-detail' }
  | { readonly type: 'how-many-left' }
  | { readonly type: 'what-is-this-for' }
  | { readonly type: 'where-am-i' }
  /** "I don't have a band": the item named (a content equipment item or one of its stand-ins), or null when none was heard. */
  | { readonly type: 'no-equipment'; readonly item: string | null }
  | { readonly type: 'too-easy' }
  | { readonly type: 'hurts'; readonly symptom: Symptom }
  | { readonly type: 'yes' }
  | { readonly type: 'no' }
  | { readonly type: 'help' }
  | { readonly type: 'stop' }
  | { readonly type: 'set-default'; readonly routine: NameMatch }
  /** A pain score; null when the number was missing or not understood. */
  | { readonly type: 'pain-score'; readonly score: number | null }
  | { readonly type: 'pain-checkins'; readonly on: boolean }
  /**
   * A weekly summary the turn layer computed (null when the history could not
   * be read), and the device's time zone when it is new to the profile.
   */
  | { readonly type: 'summary'; readonly summary: WeekSummary | null; readonly learnedTimeZone: string | null }
  | { readonly type: 'delete-history' }
  /** "Set up my plan", "change my plan": the onboarding questions. */
  | { readonly type: 'set-up-plan' }
  /** "Start my plan". */
  | { readonly type: 'start-plan' }
  /** "Why these stretches?" */
  | { readonly type: 'why-plan' }
  /** Something the user said about themselves ("I can't get down to the floor"); null when it was not understood. */
  | { readonly type: 'plan-answer'; readonly fact: PlanFact | null }
  /** "Remind me to stretch every day at 7 pm": the time (HH:MM) and days heard, each null when not said or not understood. */
  | { readonly type: 'set-reminder'; readonly time: string | null; readonly days: readonly Weekday[] | null }
  | { readonly type: 'list-reminders' }
  | { readonly type: 'cancel-reminders' }
  /** Alexa's answer to the voice permission request for reminders. */
  /** `schedule`: the reminder the request was for, as its token brought it back (null when unreadable). */
  | { readonly type: 'reminder-permission'; readonly accepted: boolean; readonly schedule: ReminderSchedule | null }
  /** What the Reminders API did with the last `reminder-action`, which the turn layer ran. */
  | { readonly type: 'reminder-outcome'; readonly outcome: ReminderOutcome }
  | { readonly type: 'not-understood' }
  | { readonly type: 'lost-track' }
  /** Alexa closed the session (a timeout, "exit", an error): nothing is said, but the place is kept. */
  | { readonly type: 'session-ended' };

/** Why a reminder call did not do what was asked: no permission, a device without reminders, or the service failing. */
export type ReminderFailure = 'permission' | 'unsupported' | 'failed';

/** What a reminder call came to. */
export type ReminderOutcome =
  | { readonly action: 'create'; readonly schedule: ReminderSchedule; readonly result: { readonly alertToken: string } | ReminderFailure }
  /** Creating needs the voice permission first: the adapter asks Alexa for it. */
  | { readonly action: 'create'; readonly schedule: ReminderSchedule; readonly result: 'ask-permission' }
  | { readonly action: 'list'; readonly result: readonly (ReminderSchedule | null)[] | ReminderFailure }
  /** `ending`: the cancel came with deleting everything, and the session ends with it. */
  | { readonly action: 'cancel'; readonly result: number | ReminderFailure; readonly ending: boolean };

/** How much setup to speak for a side. */
export type CueLevel = 'full' | 'brief';

/**
 * One meaningful moment of a response, in the order it is spoken.
 * The engine decides what happens; `lambda/speech` decides how it sounds.
 */
export type Beat =
  | { readonly type: 'welcome' }
  /** At launch, after the sessions that are enough for one day: a gentle note before the usual offer, which still follows. */
  | { readonly type: 'enough-today'; readonly sessions: number }
  | { readonly type: 'disclaimer' }
  | { readonly type: 'lost-track' }
  | { readonly type: 'routine-list' }
  | { readonly type: 'routine-intro'; readonly routineId: string }
  | { readonly type: 'stretch-intro'; readonly stretchId: string; readonly number: number; readonly total: number }
  /** Where to be for the next stretch, then a patient wait while the user gets there: never a timed hold. */
  | { readonly type: 'move'; readonly stretchId: string; readonly easier: boolean; readonly to: StartPosition; readonly waitMs: number }
  | {
      readonly type: 'perform';
      readonly stretchId: string;
      readonly side: Side | null;
      readonly cues: CueLevel;
      readonly easier: boolean;
      readonly sideNumber: number;
      /** Say where to be first: the user was not just moved there by a `move` beat. */
      readonly positionCue: boolean;
      /** The first hold of the session: say to come out of anything sharp at once. */
      readonly warn: boolean;
    }
  | {
      readonly type: 'finished';
      readonly routineId: string | null;
      /** The plan's first stretch: the one named when a single stretch is finished. */
      readonly stretchId: string;
      readonly stretchesDone: number;
    }
  | { readonly type: 'paused' }
  | { readonly type: 'resuming'; readonly stretchId: string; readonly side: Side | null }
  | { readonly type: 'already-first' }
  | { readonly type: 'back-to'; readonly stretchId: string }
  | { readonly type: 'skipping'; readonly stretchId: string }
  | { readonly type: 'starting-over' }
  | { readonly type: 'easier-on'; readonly stretchId: string }
  | { readonly type: 'already-easiest'; readonly stretchId: string }
  | { readonly type: 'detail'; readonly stretchId: string; readonly side: Side | null }
  | { readonly type: 'left'; readonly number: number; readonly total: number; readonly remainingIds: readonly string[] }
  /** Where the user is: the stretch and side, its place in the plan, and whether they are still getting into position. */
  | {
      readonly type: 'where';
      readonly stretchId: string;
      readonly side: Side | null;
      readonly number: number;
      readonly total: number;
      readonly moving: boolean;
    }
  /** What can stand in for an item the user does not have, for the stretch at hand (null when none is under way). */
  | { readonly type: 'stand-ins'; readonly stretchId: string | null; readonly item: string | null }
  | { readonly type: 'too-easy' }
  | { readonly type: 'purpose'; readonly stretchId: string }
  | { readonly type: 'hurts'; readonly symptom: Symptom; readonly stretchId: string | null }
  | { readonly type: 'unknown-routine'; readonly heard: string }
  | { readonly type: 'unknown-stretch'; readonly heard: string }
  /** Not understood; `misses` in a row, so the second one offers the help for the moment. */
  | { readonly type: 'not-understood'; readonly misses: number }
  | { readonly type: 'nothing-active' }
  | { readonly type: 'help' }
  | { readonly type: 'goodbye'; readonly stepsDone: number }
  | { readonly type: 'resume-offer'; readonly stretchId: string; readonly side: Side | null; readonly routineId: string | null }
  | { readonly type: 'default-set'; readonly routineId: string }
  | { readonly type: 'which-default' }
  | { readonly type: 'confirm-delete' }
  | { readonly type: 'deleted' }
  | { readonly type: 'not-deleted' }
  | { readonly type: 'pain-noted'; readonly score: number }
  | { readonly type: 'pain-skipped'; readonly when: 'before' | 'after' }
  | { readonly type: 'pain-unclear' }
  | { readonly type: 'pain-out-of-turn'; readonly checkinsOn: boolean }
  | { readonly type: 'checkins'; readonly on: boolean }
  | { readonly type: 'summary'; readonly summary: WeekSummary; readonly checkinsOn: boolean }
  | { readonly type: 'summary-unavailable' }
  /** Storage was out of reach: said once a session, after any greeting. */
  | { readonly type: 'storage-note'; readonly trouble: 'load' | 'save' }
  | { readonly type: 'delete-failed' }
  /** The onboarding questions begin (or begin again, to change the plan). */
  | { readonly type: 'setup-intro'; readonly changing: boolean }
  /** An answer to another question than the one asked was noted: "Got it." */
  | { readonly type: 'answer-noted' }
  /** A question not understood twice is left out: the gentler choice stands. */
  | { readonly type: 'answer-skipped' }
  /** A plan, just made or changed: its stretches, why, and how often. */
  | { readonly type: 'plan-ready'; readonly plan: PersonalPlan; readonly changed: boolean }
  /** Onboarding was stopped part way: the plan was made from the answers given. */
  | { readonly type: 'plan-kept'; readonly plan: PersonalPlan }
  /** At launch: the plan, offered. */
  | { readonly type: 'plan-offer'; readonly plan: PersonalPlan }
  | { readonly type: 'plan-intro'; readonly plan: PersonalPlan }
  | { readonly type: 'plan-reasons'; readonly plan: PersonalPlan }
  | { readonly type: 'no-plan-yet' }
  | { readonly type: 'reminder-ask-time' }
  | { readonly type: 'reminder-confirm'; readonly schedule: ReminderSchedule }
  | { readonly type: 'reminder-set'; readonly schedule: ReminderSchedule }
  | { readonly type: 'reminder-not-set' }
  /** Alexa is asked for the permission; it speaks the question itself. */
  | { readonly type: 'reminder-permission-ask'; readonly schedule: ReminderSchedule }
  /** No permission: how to allow it in the Alexa app, where a card is sent. */
  | { readonly type: 'reminder-permission-needed' }
  | { readonly type: 'reminder-unsupported' }
  | { readonly type: 'reminder-failed'; readonly action: 'create' | 'list' | 'cancel' }
  | { readonly type: 'reminders-listed'; readonly schedules: readonly (ReminderSchedule | null)[] }
  | { readonly type: 'reminders-cancelled'; readonly count: number }
  /** After deleting everything: the reminders went too (how many), or could not be cancelled. */
  | { readonly type: 'reminders-deleted-too'; readonly cancelled: number | null }
  /** On first use: a plan can be fitted to them, on request. */
  | { readonly type: 'setup-hint' }
  /** Something said about themselves that was not understood, outside the questions. */
  | { readonly type: 'answer-unclear' }
  /** Onboarding asked for in the middle of a routine: it waits until the routine is over. */
  | { readonly type: 'setup-later' };

/** Beats that come before anything else: a greeting or an apology is heard first. */
const OPENERS: ReadonlySet<Beat['type']> = new Set(['welcome', 'lost-track']);

/** Puts a beat after the opening greeting or apology, before everything else the turn says. */
export function afterOpeners(beats: readonly Beat[], beat: Beat): Beat[] {
  const at = beats.findIndex((b) => !OPENERS.has(b.type));
  const split = at === -1 ? beats.length : at;
  return [...beats.slice(0, split), beat, ...beats.slice(split)];
}

/** What the skill asks for at the end of a response; null ends the session. */
export type Prompt =
  | { readonly type: 'choose-routine'; readonly suggested: string }
  | { readonly type: 'next-side'; readonly stretchId: string; readonly side: Side }
  | { readonly type: 'next-stretch'; readonly stretchId: string }
  | { readonly type: 'in-position'; readonly to: StartPosition }
  | { readonly type: 'resume' }
  | { readonly type: 'try-easier'; readonly stretchId: string }
  | { readonly type: 'after-hurt' }
  | { readonly type: 'finish'; readonly routineId: string | null }
  | { readonly type: 'resume-offer' }
  | { readonly type: 'confirm-delete' }
  | { readonly type: 'pain'; readonly when: 'before' | 'after' }
  | { readonly type: 'offer-setup' }
  | { readonly type: 'plan-question'; readonly question: PlanQuestion; readonly again: boolean }
  | { readonly type: 'start-plan' }
  | { readonly type: 'reminder-time'; readonly again: boolean }
  | { readonly type: 'confirm-reminder'; readonly schedule: ReminderSchedule };

/**
 * Every fact worth storing, as the engine decides it; the engine itself does
 * no I/O, and the turn layer's save plan is a fold over these.
 */
export type Effect =
  /** The run's place changed: a side was finished (its step key), or the user paused. */
  | { readonly type: 'progress'; readonly point: ResumePoint; readonly finished: string | null }
  /** A run is over: completed, or left behind (another run started, the resume offer declined). */
  | { readonly type: 'run-ended'; readonly point: ResumePoint; readonly completed: boolean }
  /** The session is closing; `point` is the place to keep, or null when there is none worth keeping. */
  | { readonly type: 'session-ended'; readonly point: ResumePoint | null }
  | { readonly type: 'disclaimer-heard' }
  | { readonly type: 'favourite-set'; readonly routineId: string }
  | { readonly type: 'checkins-set'; readonly on: boolean }
  | { readonly type: 'time-zone-learned'; readonly timeZone: string }
  /** A Reminders API call for the turn layer to make; its outcome comes back to the engine as `reminder-outcome`. */
  | { readonly type: 'reminder-action'; readonly action: 'create'; readonly schedule: ReminderSchedule }
  | { readonly type: 'reminder-action'; readonly action: 'list' }
  | { readonly type: 'reminder-action'; readonly action: 'cancel'; readonly ending: boolean }
  /** A reminder was created: its alert token, kept in the profile. */
  | { readonly type: 'reminder-created'; readonly alertToken: string }
  /** The skill's reminders were cancelled. */
  | { readonly type: 'reminders-cancelled' }
  /** A personal plan made or changed, to keep in the profile. */
  | { readonly type: 'plan-set'; readonly plan: PersonalPlan }
  | { readonly type: 'history-deleted' };

/** The engine's answer to one event. */
export interface Turn {
  readonly state: RoutineState;
  readonly beats: readonly Beat[];
  readonly prompt: Prompt | null;
  readonly effects: readonly Effect[];
}

/** Facts about the user that the engine needs but does not own. */
export interface EngineContext {
  /** The user has not yet heard the medical disclaimer. */
  readonly firstUse: boolean;
  /** The routine launch offers first (a favourite, or the gentlest). */
  readonly suggestedRoutine: string;
  /** Stretches the user has done often enough to get the brief cues straight away. */
  readonly familiar: readonly string[];
  /** An unfinished run from an earlier session, offered at launch. */
  readonly resumable: ResumePoint | null;
  /** The time now (ISO 8601), stamped on a run when it starts. */
  readonly now: string;
  /** A fresh id for a run that starts on this turn. */
  readonly newRunId: string;
  /** Ask for a pain score before and after each routine. */
  readonly painCheckins: boolean;
  /** The profile holds reminders this skill created: deleting everything cancels them too. */
  readonly hasReminders: boolean;
  /** The user's personal plan, built afresh from their stored answers; null when they have none. */
  readonly personalPlan: PersonalPlan | null;
  /** Sessions started today (the user's local date, UTC when the zone is unknown), this session's included. */
  readonly sessionsToday: number;
  /**
   * The request came while the previous response was still playing (the
   * user said "Alexa, ..." over it), so the side it played was not heard to
   * the end.
   */
  readonly interrupted: boolean;
}
