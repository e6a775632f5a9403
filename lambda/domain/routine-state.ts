import * as z from '../zod';
import type { Content } from './content';
import { onboardingSchema } from './onboarding';
import { WEEKDAYS } from './reminder-schedule';
import { startPositionSchema, type StartPosition } from './position-moves';

/** The two sides a two-sided stretch is done on, in the order they are done. */
export const SIDES = ['right', 'left'] as const;
/** A working side. */
export type Side = (typeof SIDES)[number];

/** The routine id a personal plan is played under: no content routine has it, and its stretches come from the plan. */
export const PERSONAL_PLAN_ID = 'my-plan';

/** What the user is doing: a named routine, their personal plan ({@link PERSONAL_PLAN_ID}), or a single stretch (routineId null). */
export const planSchema = z.object({
  routineId: z.nullable(z.string()),
  stretchIds: z.array(z.string()).check(z.minLength(1), z.maxLength(12)),
});

/** What the skill is waiting on: a yes/no offer, or a choice after a stretch hurt. */
export const questionSchema = z.enum([
  'start-suggested',
  'try-easier',
  'after-hurt',
  'resume',
  'confirm-delete',
  'pain-before',
  'pain-before-again',
  'pain-after',
  'pain-after-again',
  'offer-setup',
  'onboarding',
  'start-plan',
  'reminder-time',
  'confirm-reminder',
  'reminder-permission',
]);

/** A pain score the user gave, zero (none) to ten (worst). */
export const painScoreSchema = z.int().check(z.gte(0), z.lte(10));

/** Pain check-ins of one run: before and after, each null when skipped or not asked. */
export const painCheckSchema = z.object({ before: z.nullable(painScoreSchema), after: z.nullable(painScoreSchema) });

/** No pain scores yet. */
export const NO_PAIN = { before: null, after: null } as const;

/** One run through a plan: the unit a history record describes. Ids and times come from the adapter. */
export const runSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), startedAt: z.iso.datetime() });

/** Where an unfinished run stopped, as saved between sessions. */
export const resumePointSchema = z.object({
  run: runSchema,
  plan: planSchema,
  step: z.int().check(z.gte(0)),
  paused: z.boolean(),
  easier: z.array(z.string()),
  done: z.array(z.string()),
  pain: z._default(painCheckSchema, NO_PAIN),
});

/**
 * The whole conversation state, carried in session attributes between turns.
 * `step` indexes the flattened (stretch, side) list of the plan; the step it
 * names has been spoken already, so "next" plays `step + 1`.
 */
export const routineStateSchema = z.object({
  plan: z.nullable(planSchema),
  step: z.int().check(z.gte(0)),
  paused: z.boolean(),
  /** Stretch ids switched to their easier variant. */
  easier: z.array(z.string()),
  /** Stretch ids whose full cues were heard this session: later sides get the brief cues. */
  heard: z.array(z.string()),
  /** Step keys ("stretchId:side") played to the end, in order. */
  done: z.array(z.string()),
  question: z.nullable(questionSchema),
  /** Routine offered by the last yes/no question. */
  suggested: z.nullable(z.string()),
  /** The medical disclaimer has been spoken this session. */
  disclaimed: z.boolean(),
  /** The run the plan belongs to; a new run starts whenever a plan starts fresh. */
  run: z.nullable(runSchema),
  /** An unfinished run offered at launch, waiting for yes or no. */
  offer: z.nullable(resumePointSchema),
  /** Pain scores given in this run. */
  pain: painCheckSchema,
  /** Where the user is, as far as the skill knows: null at the start, after a pause, or while they move. */
  position: z._default(z.nullable(startPositionSchema), null),
  /** The step is introduced and the user is getting into position: "next" starts it without moving again. */
  moving: z._default(z.boolean(), false),
  /** "If anything feels sharp, come out of the stretch" has been said before a hold this session. */
  cautioned: z._default(z.boolean(), false),
  /** Requests in a row that were not understood; the second gets the help for the moment. */
  misses: z._default(z.int().check(z.gte(0), z.lte(100)), 0),
  /** The onboarding questions under way, while `question` is 'onboarding'. */
  onboarding: z._default(z.nullable(onboardingSchema), null),
  /** A reminder being set up: its days, and its time once said; asked again once when the time was not understood. */
  reminder: z._default(
    z.nullable(
      z.object({ time: z.nullable(z.string()), days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1), z.maxLength(7)), again: z.boolean() }),
    ),
    null,
  ),
});

/** The whole conversation state. */
export type RoutineState = z.infer<typeof routineStateSchema>;
/** What the user is working through. */
export type Plan = z.infer<typeof planSchema>;
/** A pending yes/no question. */
export type Question = z.infer<typeof questionSchema>;
/** One run through a plan. */
export type Run = z.infer<typeof runSchema>;
/** Pain check-ins of one run. */
export type PainCheck = z.infer<typeof painCheckSchema>;
/** Where an unfinished run stopped. */
export type ResumePoint = z.infer<typeof resumePointSchema>;

/** One thing to do in one response: one side of one stretch (side null for one-sided stretches). */
export interface Step {
  readonly stretchId: string;
  readonly stretchIndex: number;
  readonly side: Side | null;
}

/** The state before anything has been chosen. */
export const IDLE: RoutineState = {
  plan: null,
  step: 0,
  paused: false,
  easier: [],
  heard: [],
  done: [],
  question: null,
  suggested: null,
  disclaimed: false,
  run: null,
  offer: null,
  pain: NO_PAIN,
  position: null,
  moving: false,
  cautioned: false,
  misses: 0,
  onboarding: null,
  reminder: null,
};

/**
 * Flattens a plan into the steps it is spoken in.
 * Stretch ids unknown to the content are a caller error and are rejected by {@link checkState}.
 */
export function stepsOf(plan: Plan, content: Content): Step[] {
  return plan.stretchIds.flatMap((stretchId, stretchIndex) => {
    const stretch = content.stretch(stretchId);
    const sides: readonly (Side | null)[] = stretch?.dose.bothSides ? SIDES : [null];
    return sides.map((side) => ({ stretchId, stretchIndex, side }));
  });
}

/**
 * Where a stretch starts for the user: its easier version's position when
 * that is switched on and starts elsewhere (the pigeon's is lying down).
 */
export function positionOf(stretchId: string, easier: boolean, content: Content): StartPosition | null {
  const stretch = content.stretch(stretchId);
  if (!stretch) return null;
  return (easier && stretch.easier.startPosition) || stretch.startPosition;
}

/** The key a finished step is recorded under. */
export function stepKey(step: Step): string {
  return `${step.stretchId}:${step.side ?? 'both'}`;
}

/**
 * Parses untrusted session data into a state that the content can play,
 * or returns null when it is tampered, stale (content changed) or malformed.
 */
export function checkState(raw: unknown, content: Content): RoutineState | null {
  const parsed = routineStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const state = parsed.data;
  const known = (id: string): boolean => content.stretch(id) !== undefined;
  if (![...state.easier, ...state.heard].every(known)) return null;
  if (state.suggested !== null && !content.routine(state.suggested)) return null;
  if (state.offer && !playable(state.offer.plan, state.offer.step, content)) return null;
  if ((state.question === 'onboarding') !== (state.onboarding !== null)) return null;
  if (state.plan === null) return state.step === 0 ? state : null;
  return playable(state.plan, state.step, content) ? state : null;
}

/** True when every stretch of the plan exists and `step` is inside it. */
export function playable(plan: Plan, step: number, content: Content): boolean {
  if (!plan.stretchIds.every((id) => content.stretch(id) !== undefined)) return false;
  if (plan.routineId !== null && plan.routineId !== PERSONAL_PLAN_ID && !content.routine(plan.routineId)) return false;
  return step < stepsOf(plan, content).length;
}

/**
 * The step a saved run resumes at: the step it stopped on if that side was
 * paused or not finished, otherwise the one after. Null when nothing is left.
 */
export function resumeStep(point: ResumePoint, content: Content): number | null {
  const all = stepsOf(point.plan, content);
  const here = all[point.step];
  if (!here) return null;
  const next = point.paused || !point.done.includes(stepKey(here)) ? point.step : point.step + 1;
  return next < all.length ? next : null;
}
