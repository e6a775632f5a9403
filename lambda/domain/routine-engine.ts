import type { Content } from './content';
import type { Beat, EngineContext, Prompt, RoutineEvent, Turn } from './routine-events';
import { IDLE, SIDES, stepKey, stepsOf, type Plan, type RoutineState, type Step } from './routine-state';

/**
 * The routine engine: a pure state machine over routine, stretch, side and
 * phase. Every event yields the next state, the beats to speak and the prompt
 * that ends the response (null when the session should end).
 */
export interface RoutineEngine {
  apply(state: RoutineState, event: RoutineEvent, context: EngineContext): Turn;
}

/** Builds the engine over validated content. */
export function createRoutineEngine(content: Content): RoutineEngine {
  const steps = (plan: Plan): Step[] => stepsOf(plan, content);

  const stretchesDone = (done: readonly string[]): number => new Set(done.map((key) => key.slice(0, key.lastIndexOf(':')))).size;

  const current = (state: RoutineState): Step | undefined => (state.plan ? steps(state.plan)[state.step] : undefined);

  /** The prompt that fits where the user stands, used after any beat that does not move them. */
  const promptFor = (state: RoutineState): Prompt | null => {
    if (!state.plan) return { type: 'choose-routine', suggested: state.suggested ?? content.routines[0]?.id ?? '' };
    const here = current(state);
    if (!here) return null;
    if (state.question === 'try-easier') return { type: 'try-easier', stretchId: here.stretchId };
    if (state.question === 'after-hurt') return { type: 'after-hurt' };
    if (state.paused) return { type: 'resume' };
    const next = steps(state.plan)[state.step + 1];
    if (!next) return { type: 'finish', routineId: state.plan.routineId };
    if (next.stretchIndex === here.stretchIndex && next.side) return { type: 'next-side', stretchId: next.stretchId, side: next.side };
    return { type: 'next-stretch', stretchId: next.stretchId };
  };

  const finish = (state: RoutineState, lead: readonly Beat[]): Turn => {
    const routineId = state.plan?.routineId ?? null;
    return {
      state: { ...state, plan: null, step: 0, paused: false, question: null },
      beats: [
        ...lead,
        { type: 'finished', routineId, stretchId: state.plan?.stretchIds[0] ?? '', stretchesDone: stretchesDone(state.done) },
      ],
      prompt: null,
    };
  };

  /**
   * Speaks one step (one side of one stretch) and points at the next. Even the
   * last side keeps the session open, so "it hurts" still reaches the skill
   * during its holds; the closing words come with the next "next".
   */
  const play = (state: RoutineState, index: number, lead: readonly Beat[], { full = false, intro = true }: PlayOptions = {}): Turn => {
    const plan = state.plan;
    const all = plan ? steps(plan) : [];
    const step = all[index];
    if (!plan || !step) return finish(state, lead);
    const beats: Beat[] = [...lead];
    const firstSide = all[index - 1]?.stretchIndex !== step.stretchIndex;
    if (firstSide && intro) {
      beats.push({ type: 'stretch-intro', stretchId: step.stretchId, number: step.stretchIndex + 1, total: plan.stretchIds.length });
    }
    beats.push({
      type: 'perform',
      stretchId: step.stretchId,
      side: step.side,
      cues: full || !state.heard.includes(step.stretchId) ? 'full' : 'brief',
      easier: state.easier.includes(step.stretchId),
      sideNumber: firstSide ? 1 : 2,
    });
    const key = stepKey(step);
    const next: RoutineState = {
      ...state,
      step: index,
      paused: false,
      question: null,
      heard: state.heard.includes(step.stretchId) ? state.heard : [...state.heard, step.stretchId],
      done: state.done.includes(key) ? state.done : [...state.done, key],
    };
    return { state: next, beats, prompt: promptFor(next) };
  };

  const start = (state: RoutineState, plan: Plan, lead: readonly Beat[]): Turn =>
    play({ ...state, plan, step: 0, paused: false, done: [], question: null }, 0, lead);

  const say = (state: RoutineState, beats: readonly Beat[]): Turn => ({ state, beats, prompt: promptFor(state) });

  const startRoutine = (state: RoutineState, routineId: string): Turn => {
    const routine = content.routine(routineId);
    if (!routine) return say(state, [{ type: 'unknown-routine', heard: routineId }]);
    return start(state, { routineId, stretchIds: [...routine.stretchIds] }, [{ type: 'routine-intro', routineId }]);
  };

  /** The event handlers for one turn; the context is the user's, so they are built per turn. */
  const handlersFor = (context: EngineContext) => {
    const idleChoice = (state: RoutineState): RoutineState =>
      state.plan ? state : { ...state, question: 'start-suggested', suggested: state.suggested ?? context.suggestedRoutine };
    const requirePlan = (state: RoutineState, act: (here: Step, plan: Plan) => Turn): Turn => {
      const here = current(state);
      if (!state.plan || !here) return say(idleChoice(state), [{ type: 'nothing-active' }]);
      return act(here, state.plan);
    };

    const handlers: Handlers = {
      launch: (state) =>
        say(
          { ...IDLE, easier: state.easier, disclaimed: state.disclaimed, question: 'start-suggested', suggested: context.suggestedRoutine },
          [{ type: 'welcome' }],
        ),
      'lost-track': (state) =>
        say({ ...IDLE, disclaimed: state.disclaimed, question: 'start-suggested', suggested: context.suggestedRoutine }, [
          { type: 'lost-track' },
        ]),
      'start-routine': (state, { routine }) => {
        if (routine.kind === 'match') return startRoutine(state, routine.id);
        if (routine.kind === 'none') return startRoutine(state, state.suggested ?? context.suggestedRoutine);
        return say(idleChoice(state), [{ type: 'unknown-routine', heard: routine.heard }]);
      },
      'start-stretch': (state, { stretch }) => {
        if (stretch.kind === 'match' && content.stretch(stretch.id)) return start(state, { routineId: null, stretchIds: [stretch.id] }, []);
        return say(idleChoice(state), [{ type: 'unknown-stretch', heard: stretch.kind === 'no-match' ? stretch.heard : '' }]);
      },
      'list-routines': (state) => say(idleChoice(state), [{ type: 'routine-list' }]),
      next: (state) => requirePlan(state, () => play(state, state.step + 1, [])),
      previous: (state) =>
        requirePlan(state, (here, plan) => {
          if (state.step === 0) return play(state, 0, [{ type: 'already-first' }]);
          const target = steps(plan)[state.step - 1];
          const crossing = target && target.stretchIndex !== here.stretchIndex && target.side !== SIDES[0];
          return play(state, state.step - 1, crossing ? [{ type: 'back-to', stretchId: target.stretchId }] : []);
        }),
      repeat: (state) => (state.plan ? play(state, state.step, [], AGAIN) : say(idleChoice(state), [])),
      skip: (state) =>
        requirePlan(state, (here, plan) => {
          const target = steps(plan).findIndex((s) => s.stretchIndex > here.stretchIndex);
          const lead: Beat[] = [{ type: 'skipping', stretchId: here.stretchId }];
          return target === -1 ? finish(state, lead) : play(state, target, lead);
        }),
      pause: (state) => requirePlan(state, () => say({ ...state, paused: true, question: null }, [{ type: 'paused' }])),
      resume: (state) =>
        requirePlan(state, () => (state.paused ? play(state, state.step, [{ type: 'resuming' }]) : play(state, state.step + 1, []))),
      'start-over': (state) => requirePlan(state, (_here, plan) => start(state, plan, [{ type: 'starting-over' }])),
      easier: (state) =>
        requirePlan(state, (here) => {
          if (state.easier.includes(here.stretchId)) return say(state, [{ type: 'already-easiest', stretchId: here.stretchId }]);
          return play(
            { ...state, easier: [...state.easier, here.stretchId] },
            state.step,
            [{ type: 'easier-on', stretchId: here.stretchId }],
            AGAIN,
          );
        }),
      'more-detail': (state) => requirePlan(state, (here) => say(state, [{ type: 'detail', stretchId: here.stretchId, side: here.side }])),
      'how-many-left': (state) =>
        requirePlan(state, (here, plan) =>
          say(state, [
            {
              type: 'left',
              number: here.stretchIndex + 1,
              total: plan.stretchIds.length,
              remainingIds: plan.stretchIds.slice(here.stretchIndex + 1),
            },
          ]),
        ),
      'what-is-this-for': (state) => requirePlan(state, (here) => say(state, [{ type: 'purpose', stretchId: here.stretchId }])),
      hurts: (state, { symptom }) => {
        const here = current(state);
        const beats: Beat[] = [{ type: 'hurts', symptom, stretchId: here?.stretchId ?? null }];
        if (!state.plan || !here || symptom === 'red-flag') {
          return { state: { ...state, paused: true, question: null }, beats, prompt: null };
        }
        const key = stepKey(here);
        const stopped: RoutineState = { ...state, paused: true, done: state.done.filter((k) => k !== key) };
        const canEase = !state.easier.includes(here.stretchId);
        return say({ ...stopped, question: canEase ? 'try-easier' : 'after-hurt' }, beats);
      },
      yes: (state) => {
        if (state.question === 'try-easier') return handlers.easier({ ...state, question: null }, { type: 'easier' });
        if (state.question === 'after-hurt') return handlers.skip({ ...state, question: null }, { type: 'skip' });
        if (state.plan) return handlers.next(state, { type: 'next' });
        return startRoutine(state, state.suggested ?? context.suggestedRoutine);
      },
      no: (state) => {
        if (state.question === 'try-easier' || state.question === 'after-hurt')
          return handlers.stop({ ...state, question: null }, { type: 'stop' });
        if (state.plan) return say(state, []);
        return say(idleChoice(state), [{ type: 'routine-list' }]);
      },
      help: (state) => say(idleChoice(state), [{ type: 'help' }]),
      stop: (state) => ({ state, beats: [{ type: 'goodbye', stepsDone: stretchesDone(state.done) }], prompt: null }),
      'not-understood': (state) => say(idleChoice(state), [{ type: 'not-understood' }]),
    };
    return handlers;
  };

  return {
    apply(state, event, context) {
      const handler = handlersFor(context)[event.type] as (s: RoutineState, e: RoutineEvent) => Turn;
      const turn = handler(state, event);
      if (state.disclaimed || !context.firstUse || NO_DISCLAIMER.has(event.type)) return turn;
      const at = turn.beats.findIndex((beat) => !OPENERS.has(beat.type));
      const split = at === -1 ? turn.beats.length : at;
      const beats: Beat[] = [...turn.beats.slice(0, split), { type: 'disclaimer' }, ...turn.beats.slice(split)];
      return { ...turn, beats, state: { ...turn.state, disclaimed: true } };
    },
  };
}

/** Events that end or interrupt: the disclaimer would only delay the safety advice or the goodbye. */
const NO_DISCLAIMER: ReadonlySet<RoutineEvent['type']> = new Set(['stop', 'hurts']);

/** How to speak a step: full cues even if heard before, and whether to introduce the stretch. */
interface PlayOptions {
  readonly full?: boolean;
  readonly intro?: boolean;
}

/** Playing the side the user is already on again: full cues, no re-introduction. */
const AGAIN: PlayOptions = { full: true, intro: false };

/** Beats that come before the disclaimer: a greeting or an apology is heard first. */
const OPENERS: ReadonlySet<Beat['type']> = new Set(['welcome', 'lost-track']);

type Handlers = { [K in RoutineEvent['type']]: (state: RoutineState, event: Extract<RoutineEvent, { type: K }>) => Turn };
