import { z } from 'zod';
import type { Content } from './content';

/** The two sides a two-sided stretch is done on, in the order they are done. */
export const SIDES = ['right', 'left'] as const;
/** A working side. */
export type Side = (typeof SIDES)[number];

/** What the user is doing: a named routine, or a single stretch (routineId null). */
export const planSchema = z.object({
  routineId: z.string().nullable(),
  stretchIds: z.array(z.string()).min(1).max(12),
});

/** What the skill is waiting on: a yes/no offer, or a choice after a stretch hurt. */
export const questionSchema = z.enum(['start-suggested', 'try-easier', 'after-hurt']);

/**
 * The whole conversation state, carried in session attributes between turns.
 * `step` indexes the flattened (stretch, side) list of the plan; the step it
 * names has been spoken already, so "next" plays `step + 1`.
 */
export const routineStateSchema = z.object({
  plan: planSchema.nullable(),
  step: z.number().int().min(0),
  paused: z.boolean(),
  /** Stretch ids switched to their easier variant. */
  easier: z.array(z.string()),
  /** Stretch ids whose full cues were heard this session: later sides get the brief cues. */
  heard: z.array(z.string()),
  /** Step keys ("stretchId:side") played to the end, in order. */
  done: z.array(z.string()),
  question: questionSchema.nullable(),
  /** Routine offered by the last yes/no question. */
  suggested: z.string().nullable(),
  /** The medical disclaimer has been spoken this session. */
  disclaimed: z.boolean(),
});

/** The whole conversation state. */
export type RoutineState = z.infer<typeof routineStateSchema>;
/** What the user is working through. */
export type Plan = z.infer<typeof planSchema>;
/** A pending yes/no question. */
export type Question = z.infer<typeof questionSchema>;

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
  if (state.plan === null) return state.step === 0 ? state : null;
  if (!state.plan.stretchIds.every(known)) return null;
  if (state.plan.routineId !== null && !content.routine(state.plan.routineId)) return null;
  return state.step < stepsOf(state.plan, content).length ? state : null;
}
