import * as z from '../zod';
import type { Content } from './content';
import { NO_PAIN, painCheckSchema, planSchema, resumePointSchema, runSchema, type ResumePoint, type RoutineState } from './routine-state';

/** A stretch counts as familiar after this many sessions: from then on it gets the brief cues first. */
export const FAMILIAR_AFTER = 3;

/** What the skill remembers about a user between sessions. */
export const profileSchema = z.object({
  disclaimerHeard: z.boolean(),
  favouriteRoutine: z.nullable(z.string()),
  /** Sessions in which each stretch was done, by stretch id. */
  timesDone: z.record(z.string(), z.int().check(z.gte(0))),
  /** The device's IANA time zone, cached from the Alexa Settings API. */
  timeZone: z._default(z.nullable(z.string()), null),
  /** Ask for a pain score before and after each routine. */
  painCheckins: z._default(z.boolean(), false),
  /** The personal plan as stored: untrusted until restorePlan has rebuilt it from its answers. */
  plan: z._default(z.unknown(), null),
  /** Alert tokens of the reminders this skill created for the user, so they can be cancelled with the user's data. */
  reminderTokens: z._default(z.array(z.string()), []),
  /** Entries (`<startedAt>|<runId>`) of the sessions of about the last two days, so launch can count today's without a read. */
  recentSessions: z._default(z.array(z.string()), []),
});

/** The history of one run through a plan: what a weekly summary is built from. */
export const runRecordSchema = z.object({
  run: runSchema,
  plan: planSchema,
  /** Step keys ("stretchId:side") finished, in order. */
  done: z.array(z.string()),
  stretchesDone: z.int().check(z.gte(0)),
  secondsHeld: z.int().check(z.gte(0)),
  completed: z.boolean(),
  endedAt: z.nullable(z.iso.datetime()),
  pain: z._default(painCheckSchema, NO_PAIN),
});

/** What the skill remembers about a user between sessions. */
export type Profile = z.infer<typeof profileSchema>;
/** The history of one run. */
export type RunRecord = z.infer<typeof runRecordSchema>;

/** A user who has never used the skill. */
export const NEW_PROFILE: Profile = {
  disclaimerHeard: false,
  favouriteRoutine: null,
  timesDone: {},
  timeZone: null,
  painCheckins: false,
  plan: null,
  reminderTokens: [],
  recentSessions: [],
};

/** The stretch id of a step key. */
export function stretchOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf(':'));
}

/** Distinct stretches with at least one finished side. */
export function stretchesIn(done: readonly string[]): string[] {
  return [...new Set(done.map(stretchOfKey))];
}

/**
 * Stretches finished on every side: one done once ("both"), or one done on
 * its right and its left. A stretch stopped after one side is not finished.
 */
export function stretchesFinished(done: readonly string[]): string[] {
  const sides = new Map<string, Set<string>>();
  for (const key of done) {
    const id = stretchOfKey(key);
    sides.set(id, (sides.get(id) ?? new Set<string>()).add(key.slice(id.length + 1)));
  }
  return [...sides].filter(([, seen]) => seen.has('both') || (seen.has('right') && seen.has('left'))).map(([id]) => id);
}

/**
 * Seconds spent holding or moving for the finished steps: hold time times
 * reps for holds, and breath time for paced breathing.
 */
export function secondsHeld(done: readonly string[], content: Content): number {
  return done.reduce((total, key) => {
    const dose = content.stretch(stretchOfKey(key))?.dose;
    if (!dose) return total;
    if (dose.kind === 'hold') return total + dose.holdSeconds * dose.reps;
    if (dose.kind === 'moving') return total + dose.seconds * dose.reps;
    return total + Math.round((dose.inhaleSeconds + dose.exhaleSeconds) * dose.reps);
  }, 0);
}

/** Stretches done often enough to get brief cues from the start. */
export function familiarStretches(profile: Profile): string[] {
  return Object.entries(profile.timesDone)
    .filter(([, times]) => times >= FAMILIAR_AFTER)
    .map(([id]) => id);
}

/** The routine launch offers first: the favourite when it still exists, else the gentlest. */
export function suggestedRoutine(profile: Profile, content: Content): string {
  const favourite = profile.favouriteRoutine;
  return favourite && content.routine(favourite) ? favourite : (content.routines[0]?.id ?? '');
}

/** Where the state's run stands, as saved for resuming; null when no run is under way. */
export function resumePointOf(state: RoutineState): ResumePoint | null {
  if (!state.plan || !state.run) return null;
  return resumePointSchema.parse({
    run: state.run,
    plan: state.plan,
    step: state.step,
    paused: state.paused,
    easier: state.easier.filter((id) => state.plan?.stretchIds.includes(id)),
    done: state.done,
    pain: state.pain,
  });
}

/** The place worth keeping when a session closes: a run with a side done, or one the user was still moving into position for. */
export function placeToKeep(state: RoutineState): ResumePoint | null {
  const point = resumePointOf(state);
  return point && (point.done.length > 0 || state.moving) ? point : null;
}

/** The run open in a state: the one being played, or the saved one offered at launch. */
export function openRun(state: RoutineState): ResumePoint | null {
  return resumePointOf(state) ?? state.offer;
}

/** The history record of a run as it stands: `endedAt` is set once the run is over, `completed` when it reached its end. */
export function recordOf(point: ResumePoint, content: Content, ending: { completed: boolean; endedAt: string | null }): RunRecord {
  return {
    run: point.run,
    plan: point.plan,
    done: point.done,
    stretchesDone: stretchesIn(point.done).length,
    secondsHeld: secondsHeld(point.done, content),
    completed: ending.completed,
    endedAt: ending.endedAt,
    pain: point.pain,
  };
}

/** The finished steps of two saves of the same run: `ours` in order, then any only `theirs` finished. */
export function mergeDone(ours: readonly string[], theirs: readonly string[]): string[] {
  return [...ours, ...theirs.filter((key) => !ours.includes(key))];
}

/**
 * One record from two saves of the same run (two devices, or a late write):
 * every finished side of both, and the later end. Nothing finished is dropped.
 */
export function mergeRecords(stored: RunRecord, incoming: RunRecord, content: Content): RunRecord {
  const done = mergeDone(stored.done, incoming.done);
  const ends = [stored.endedAt, incoming.endedAt].filter((end): end is string => end !== null).sort();
  return {
    ...stored,
    done,
    stretchesDone: stretchesIn(done).length,
    secondsHeld: secondsHeld(done, content),
    completed: stored.completed || incoming.completed,
    endedAt: ends.at(-1) ?? null,
    pain: { before: incoming.pain.before ?? stored.pain.before, after: incoming.pain.after ?? stored.pain.after },
  };
}
