import type { Content } from './content';
import { nextQuestion, PLAN_QUESTIONS, previousQuestion, withFact, yesNoFact, type Onboarding, type PlanFact } from './onboarding';
import type { PlanAnswers } from './plan-answers';
import { buildPlan, type PersonalPlan } from './plan-builder';
import type { Beat, EngineContext, RoutineEvent, Turn } from './routine-events';
import type { Playback } from './routine-playback';
import { PERSONAL_PLAN_ID, type RoutineState } from './routine-state';

/** The engine's answers about a personal plan: making it by voice, changing one answer, starting it, and why it is what it is. */
export interface OnboardingTurns {
  /** "Set up my plan", "change my plan", or yes to the offer of it. */
  setUp(state: RoutineState): Turn;
  /** "Start my plan", or yes to the offer of it. */
  startPlan(state: RoutineState): Turn;
  /** "Why these stretches?" */
  why(state: RoutineState): Turn;
  /** Something said about themselves outside the questions: "actually I can get down to the floor". */
  fact(state: RoutineState, fact: PlanFact): Turn;
  /** An event while a question is waiting; null when the event is not an answer and leaves the questions. */
  answer(state: RoutineState, onboarding: Onboarding, event: RoutineEvent): Turn | null;
}

/** The first question worth asking whose answer is not known yet. */
function firstUnanswered(answers: PlanAnswers): Onboarding['asking'] | null {
  for (let question = nextQuestion(answers, null); question !== null; question = nextQuestion(answers, question)) {
    if (answers[question] === undefined) return question;
  }
  return null;
}

/**
 * Builds the plan turns for one engine turn. `idle` is the engine's choice
 * between routines, used when an answer leaves the user with nothing to do.
 */
export function createOnboardingTurns(
  content: Content,
  context: EngineContext,
  p: Playback,
  idle: (state: RoutineState) => RoutineState,
): OnboardingTurns {
  const asking = (state: RoutineState, onboarding: Onboarding, beats: readonly Beat[]): Turn =>
    p.say({ ...state, question: 'onboarding', onboarding, offer: null }, beats);
  const leave = (state: RoutineState): RoutineState => ({ ...state, question: null, onboarding: null });

  /** The questions are over: the plan, offered at once. */
  const complete = (state: RoutineState, answers: PlanAnswers, lead: readonly Beat[]): Turn => {
    const plan = buildPlan(answers, content);
    const beats: Beat[] = [...lead, { type: 'plan-ready', plan, changed: context.personalPlan !== null }];
    return p.say({ ...leave(state), question: 'start-plan' }, beats, [{ type: 'plan-set', plan }]);
  };

  /** On to the question after the one asked, or the plan when none is left. */
  const advance = (state: RoutineState, onboarding: Onboarding, answers: PlanAnswers, lead: readonly Beat[] = []): Turn => {
    const next = nextQuestion(answers, onboarding.asking);
    return next === null ? complete(state, answers, lead) : asking(state, { asking: next, again: false, answers }, lead);
  };

  const unclear = (state: RoutineState, onboarding: Onboarding): Turn =>
    onboarding.again
      ? advance(state, onboarding, onboarding.answers, [{ type: 'answer-skipped' }])
      : asking(state, { ...onboarding, again: true }, []);

  const factAnswer = (state: RoutineState, onboarding: Onboarding, fact: PlanFact): Turn => {
    const answers = withFact(onboarding.answers, fact);
    if (fact.question === onboarding.asking) return advance(state, onboarding, answers);
    // An answer to an earlier or later question ("actually I can get on the floor") changes it and asks this one again.
    return asking(state, { ...onboarding, again: false, answers }, [{ type: 'answer-noted' }]);
  };

  /** "Stop" keeps what was answered: the plan is made from it, and the session ends. */
  const stopped = (state: RoutineState, onboarding: Onboarding): Turn => {
    const given = PLAN_QUESTIONS.some((question) => onboarding.answers[question] !== undefined);
    const ended: RoutineState = leave(state);
    if (!given) return { state: ended, beats: [{ type: 'goodbye', stepsDone: 0 }], prompt: null, effects: [] };
    const plan = buildPlan(onboarding.answers, content);
    return {
      state: ended,
      beats: [
        { type: 'plan-kept', plan },
        { type: 'goodbye', stepsDone: 0 },
      ],
      prompt: null,
      effects: [{ type: 'plan-set', plan }],
    };
  };

  /** Between routines, a personal plan is what is offered; in a routine, the routine's own prompt stands. */
  const offerPlan = (state: RoutineState): RoutineState =>
    state.plan || state.question ? state : context.personalPlan ? { ...state, question: 'start-plan' } : idle(state);

  const setUp = (state: RoutineState): Turn => {
    if (state.plan) return p.say(state, [{ type: 'setup-later' }]);
    const answers: PlanAnswers = context.personalPlan?.answers ?? {};
    const first = nextQuestion(answers, null) ?? PLAN_QUESTIONS[0];
    return asking(state, { asking: first, again: false, answers }, [{ type: 'setup-intro', changing: context.personalPlan !== null }]);
  };

  const noPlan = (state: RoutineState): Turn =>
    p.say(state.plan ? state : { ...state, question: 'offer-setup', offer: null }, [{ type: 'no-plan-yet' }]);

  const start = (state: RoutineState, plan: PersonalPlan): Turn => {
    const easier = [...new Set([...state.easier, ...plan.easier])];
    return p.start({ ...state, easier }, { routineId: PERSONAL_PLAN_ID, stretchIds: [...plan.stretchIds] }, [{ type: 'plan-intro', plan }]);
  };

  return {
    setUp,
    startPlan: (state) => (context.personalPlan ? start(state, context.personalPlan) : noPlan(state)),
    why: (state) =>
      context.personalPlan ? p.say(offerPlan(state), [{ type: 'plan-reasons', plan: context.personalPlan }]) : noPlan(state),
    fact(state, fact) {
      const current = context.personalPlan;
      const answers = withFact(current?.answers ?? {}, fact);
      // Someone without a plan who says something about themselves between routines is asked the rest.
      const first = current || state.plan ? null : firstUnanswered(answers);
      if (first !== null) return asking(state, { asking: first, again: false, answers }, [{ type: 'setup-intro', changing: false }]);
      const plan = buildPlan(answers, content);
      const next: RoutineState = state.plan ? state : { ...state, question: 'start-plan', offer: null };
      return p.say(next, [{ type: 'plan-ready', plan, changed: current !== null }], [{ type: 'plan-set', plan }]);
    },
    answer(state, onboarding, event) {
      switch (event.type) {
        case 'yes':
        case 'no': {
          const fact = yesNoFact(onboarding.asking, event.type === 'yes');
          if (fact === 'skip') return advance(state, onboarding, onboarding.answers);
          return fact ? factAnswer(state, onboarding, fact) : unclear(state, onboarding);
        }
        case 'no-equipment':
          // "I don't have a band" answers the band question, whenever it is said.
          return event.item === null || event.item === 'band'
            ? factAnswer(state, onboarding, { question: 'band', value: false })
            : unclear(state, onboarding);
        case 'plan-answer':
          return event.fact ? factAnswer(state, onboarding, event.fact) : unclear(state, onboarding);
        case 'skip':
        case 'next':
          return advance(state, onboarding, onboarding.answers);
        case 'previous': {
          const back = previousQuestion(onboarding.answers, onboarding.asking) ?? onboarding.asking;
          return asking(state, { ...onboarding, asking: back, again: false }, []);
        }
        case 'repeat':
          return asking(state, onboarding, []);
        case 'help':
          return asking(state, onboarding, [{ type: 'help' }]);
        case 'not-understood':
          return unclear(state, onboarding);
        case 'stop':
          return stopped(state, onboarding);
        default:
          return null;
      }
    },
  };
}
