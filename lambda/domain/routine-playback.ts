import type { Content } from './content';
import type { Beat, Effect, EngineContext, Prompt, Turn } from './routine-events';
import { moveWaitMs } from './position-moves';
import { openRun, resumePointOf } from './progress';
import { NO_PAIN, positionOf, stepKey, stepsOf, type Plan, type RoutineState, type Step } from './routine-state';

/**
 * How to speak a step: full cues even if heard before, whether to introduce
 * the stretch, and whether the user has just said they are in position.
 */
export interface PlayOptions {
  readonly full?: boolean;
  readonly intro?: boolean;
  readonly inPosition?: boolean;
}

/** Playing the side the user is already on again: full cues, no re-introduction. */
export const AGAIN: PlayOptions = { full: true, intro: false };

/** The user said "next" after moving into position: the side itself, already introduced. */
export const IN_POSITION: PlayOptions = { intro: false, inPosition: true };

/** The moves every event handler is built from, bound to one turn's content and context. */
export interface Playback {
  steps(plan: Plan): Step[];
  current(state: RoutineState): Step | undefined;
  stretchesDone(done: readonly string[]): number;
  promptFor(state: RoutineState): Prompt | null;
  say(state: RoutineState, beats: readonly Beat[], effects?: readonly Effect[]): Turn;
  play(state: RoutineState, index: number, lead: readonly Beat[], options?: PlayOptions): Turn;
  start(state: RoutineState, plan: Plan, lead: readonly Beat[]): Turn;
  finish(state: RoutineState, lead: readonly Beat[]): Turn;
  finishOrAsk(state: RoutineState, lead: readonly Beat[]): Turn;
}

/** Builds the playback moves for one turn. */
export function createPlayback(content: Content, context: EngineContext): Playback {
  const steps = (plan: Plan): Step[] => stepsOf(plan, content);
  const current = (state: RoutineState): Step | undefined => (state.plan ? steps(state.plan)[state.step] : undefined);
  const stretchesDone = (done: readonly string[]): number => new Set(done.map((key) => key.slice(0, key.lastIndexOf(':')))).size;

  /** The prompt that fits where the user stands, used after any beat that does not move them. */
  const promptFor = (state: RoutineState): Prompt | null => {
    if (state.question === 'resume' && state.offer) return { type: 'resume-offer' };
    if (state.question === 'confirm-delete') return { type: 'confirm-delete' };
    if (state.question === 'onboarding' && state.onboarding)
      return { type: 'plan-question', question: state.onboarding.asking, again: state.onboarding.again };
    if (state.question === 'offer-setup') return { type: 'offer-setup' };
    if (state.question === 'start-plan') return { type: 'start-plan' };
    const reminder = state.reminder;
    if (state.question === 'reminder-time' && reminder) return { type: 'reminder-time', again: reminder.again };
    if (state.question === 'confirm-reminder' && reminder?.time) {
      return { type: 'confirm-reminder', schedule: { time: reminder.time, days: reminder.days } };
    }
    if (state.question === 'pain-before' || state.question === 'pain-before-again') return { type: 'pain', when: 'before' };
    if (state.question === 'pain-after' || state.question === 'pain-after-again') return { type: 'pain', when: 'after' };
    if (!state.plan) return { type: 'choose-routine', suggested: state.suggested ?? context.suggestedRoutine };
    const here = current(state);
    if (!here) return null;
    if (state.question === 'try-easier') return { type: 'try-easier', stretchId: here.stretchId };
    if (state.question === 'after-hurt') return { type: 'after-hurt' };
    if (state.paused) return { type: 'resume' };
    const to = positionOf(here.stretchId, state.easier.includes(here.stretchId), content);
    if (state.moving && to) return { type: 'in-position', to };
    const next = steps(state.plan)[state.step + 1];
    if (!next) return { type: 'finish', routineId: state.plan.routineId };
    if (next.stretchIndex === here.stretchIndex && next.side) return { type: 'next-side', stretchId: next.stretchId, side: next.side };
    return { type: 'next-stretch', stretchId: next.stretchId };
  };

  const say = (state: RoutineState, beats: readonly Beat[], effects: readonly Effect[] = []): Turn => ({
    state,
    beats,
    prompt: promptFor(state),
    effects,
  });

  /** The run is over: the closing words, and its record completed. */
  const finish = (state: RoutineState, lead: readonly Beat[]): Turn => {
    const point = resumePointOf(state);
    return {
      state: { ...state, plan: null, step: 0, paused: false, question: null, moving: false, position: null },
      beats: [
        ...lead,
        {
          type: 'finished',
          routineId: state.plan?.routineId ?? null,
          stretchId: state.plan?.stretchIds[0] ?? '',
          stretchesDone: stretchesDone(state.done),
        },
      ],
      prompt: null,
      effects: point ? [{ type: 'run-ended', point, completed: true }] : [],
    };
  };

  /** Ends the run, asking for the closing pain score first when check-ins are on and the run did something. */
  const finishOrAsk = (state: RoutineState, lead: readonly Beat[]): Turn => {
    const asks = context.painCheckins && state.plan?.routineId && state.done.length > 0 && state.pain.after === null;
    return asks ? say({ ...state, paused: false, question: 'pain-after' }, lead) : finish(state, lead);
  };

  /**
   * Speaks one step (one side of one stretch) and points at the next. Even the
   * last side keeps the session open, so "it hurts" still reaches the skill
   * during its holds; the closing words come with the next "next".
   *
   * A step that starts in another position than the user is in (or where
   * that is not known) is never timed: the turn says where to be, waits while
   * the user gets there, and asks for "next"; the side itself follows that.
   */
  const play = (
    state: RoutineState,
    index: number,
    lead: readonly Beat[],
    { full = false, intro = true, inPosition = false }: PlayOptions = {},
  ): Turn => {
    const plan = state.plan;
    const all = plan ? steps(plan) : [];
    const step = all[index];
    if (!plan || !step) return finishOrAsk(state, lead);
    const beats: Beat[] = [...lead];
    const firstSide = all[index - 1]?.stretchIndex !== step.stretchIndex;
    if (firstSide && intro) {
      beats.push({ type: 'stretch-intro', stretchId: step.stretchId, number: step.stretchIndex + 1, total: plan.stretchIds.length });
    }
    const easier = state.easier.includes(step.stretchId);
    const to = positionOf(step.stretchId, easier, content) ?? state.position;
    const base: RoutineState = { ...state, step: index, paused: false, question: null, offer: null };
    if (!inPosition && to && state.position !== to) {
      beats.push({ type: 'move', stretchId: step.stretchId, easier, to, waitMs: moveWaitMs(state.position, to) });
      const moving: RoutineState = { ...base, moving: true, position: null };
      return { state: moving, beats, prompt: promptFor(moving), effects: [] };
    }
    const known = state.heard.includes(step.stretchId) || context.familiar.includes(step.stretchId);
    beats.push({
      type: 'perform',
      stretchId: step.stretchId,
      side: step.side,
      cues: full || !known ? 'full' : 'brief',
      easier,
      sideNumber: firstSide ? 1 : 2,
      positionCue: firstSide && !inPosition,
      warn: !state.cautioned,
    });
    const key = stepKey(step);
    const finished = !state.done.includes(key);
    const next: RoutineState = {
      ...base,
      moving: false,
      position: to,
      cautioned: true,
      heard: state.heard.includes(step.stretchId) ? state.heard : [...state.heard, step.stretchId],
      done: finished ? [...state.done, key] : state.done,
    };
    const point = finished ? resumePointOf(next) : null;
    return { state: next, beats, prompt: promptFor(next), effects: point ? [{ type: 'progress', point, finished: key }] : [] };
  };

  /**
   * Starts a plan fresh: a new run, nothing done yet, and any run that was
   * open left behind. A routine with pain check-ins on asks for a score
   * first; the first side follows the answer.
   */
  const start = (state: RoutineState, plan: Plan, lead: readonly Beat[]): Turn => {
    const left = openRun(state);
    const leaving: Effect[] = left ? [{ type: 'run-ended', point: left, completed: false }] : [];
    const fresh: RoutineState = {
      ...state,
      plan,
      step: 0,
      paused: false,
      done: [],
      question: null,
      offer: null,
      pain: NO_PAIN,
      moving: false,
      position: null,
      run: { id: context.newRunId, startedAt: context.now },
    };
    const turn = context.painCheckins && plan.routineId !== null ? say({ ...fresh, question: 'pain-before' }, lead) : play(fresh, 0, lead);
    return { ...turn, effects: [...leaving, ...turn.effects] };
  };

  return { steps, current, stretchesDone, promptFor, say, play, start, finish, finishOrAsk };
}
