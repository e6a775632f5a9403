import type { Content } from './content';
import { createOnboardingTurns } from './onboarding-turns';
import { askingReminder, createReminderTurns } from './reminder-turns';
import { enoughToday } from './daily-sessions';
import { placeToKeep, resumePointOf } from './progress';
import type { Beat, Effect, EngineContext, RoutineEvent, Turn } from './routine-events';
import { afterOpeners, RED_FLAGS } from './routine-events';
import { AGAIN, createPlayback, IN_POSITION, type Playback } from './routine-playback';
import { IDLE, resumeStep, SIDES, stepKey, type Plan, type RoutineState, type Step } from './routine-state';

/**
 * The routine engine: a pure state machine over routine, stretch, side and
 * phase. Every event yields the next state, the beats to speak, the prompt
 * that ends the response (null when the session should end), and the effects
 * the adapter must store.
 */
export interface RoutineEngine {
  apply(state: RoutineState, event: RoutineEvent, context: EngineContext): Turn;
}

type Handlers = { [K in RoutineEvent['type']]: (state: RoutineState, event: Extract<RoutineEvent, { type: K }>) => Turn };

/** Events that end, interrupt or only report or change a setting: the disclaimer belongs before a stretch. */
const NO_DISCLAIMER: ReadonlySet<RoutineEvent['type']> = new Set([
  'stop',
  'hurts',
  'delete-history',
  'summary',
  'pain-checkins',
  'set-default',
  'session-ended',
  'why-plan',
  'set-reminder',
  'list-reminders',
  'cancel-reminders',
  'reminder-permission',
  'reminder-outcome',
]);

/** Questions that wait for a pain score. */
const PAIN_QUESTIONS: ReadonlySet<string> = new Set(['pain-before', 'pain-before-again', 'pain-after', 'pain-after-again']);

/** Events that answer a pain question: a score, a way of saying "no score", or something unclear. */
const PAIN_ANSWERS: ReadonlySet<RoutineEvent['type']> = new Set([
  'pain-score',
  'skip',
  'next',
  'no',
  'yes',
  'resume',
  'not-understood',
  'repeat',
]);

/** Answers that mean "no score this time". */
const SKIP_ANSWERS: ReadonlySet<RoutineEvent['type']> = new Set(['skip', 'next', 'no', 'resume']);

/** Offers that "next", "go on" or "carry on" accept as readily as "yes": starting what is offered, or continuing a saved run. */
const OFFERS: ReadonlySet<string> = new Set(['start-suggested', 'resume', 'start-plan', 'offer-setup']);

/** Events that move on and so mean "yes" to an offer. */
const ONWARD: ReadonlySet<RoutineEvent['type']> = new Set(['next', 'resume']);

/** Builds the engine over validated content. */
export function createRoutineEngine(content: Content): RoutineEngine {
  /** The event handlers for one turn; the context is the user's, so they are built per turn. */
  const handlersFor = (context: EngineContext, p: Playback): Handlers => {
    const suggestion = (state: RoutineState): string => state.suggested ?? context.suggestedRoutine;
    /** Between routines: the question already asked stays asked; with none, the suggested routine is offered. */
    const idleChoice = (state: RoutineState): RoutineState =>
      state.plan || state.question ? state : { ...state, question: 'start-suggested', suggested: suggestion(state), offer: null };
    const plans = createOnboardingTurns(content, context, p, idleChoice);
    const reminders = createReminderTurns(p, idleChoice);
    /** "No" to an offer: the routines to choose from instead. */
    const declined = (state: RoutineState): Turn =>
      p.say({ ...state, question: 'start-suggested', offer: null }, [{ type: 'routine-list' }]);
    const requirePlan = (state: RoutineState, act: (here: Step, plan: Plan) => Turn): Turn => {
      const here = p.current(state);
      if (!state.plan || !here) return p.say(idleChoice(state), [{ type: 'nothing-active' }]);
      return act(here, state.plan);
    };
    /**
     * Answers a question about the place: the side being played, or, at the
     * resume offer, the side the saved run would continue on. The offer and
     * its question stay as they were.
     */
    const aboutPlace = (state: RoutineState, answer: (here: Step, plan: Plan) => Beat[]): Turn => {
      const offer = state.question === 'resume' ? state.offer : null;
      const at = offer ? resumeStep(offer, content) : null;
      const offered = offer && at !== null ? p.steps(offer.plan)[at] : undefined;
      if (offer && offered) return p.say(state, answer(offered, offer.plan));
      return requirePlan(state, (here, plan) => p.say(state, answer(here, plan)));
    };
    const startRoutine = (state: RoutineState, routineId: string): Turn => {
      const routine = content.routine(routineId);
      if (!routine) return p.say(idleChoice(state), [{ type: 'unknown-routine', heard: routineId }]);
      return p.start(state, { routineId, stretchIds: [...routine.stretchIds] }, [{ type: 'routine-intro', routineId }]);
    };
    /** "Let's pick up where you left off: the lying figure four, left side." */
    const resuming = (state: RoutineState, at: number): Beat[] => {
      const here = state.plan ? p.steps(state.plan)[at] : undefined;
      return here ? [{ type: 'resuming', stretchId: here.stretchId, side: here.side }] : [];
    };
    const resumeOffered = (state: RoutineState): Turn | null => {
      const offer = state.offer;
      const at = offer ? resumeStep(offer, content) : null;
      if (!offer || at === null) return null;
      const resumed: RoutineState = { ...state, ...offer, step: at, paused: false, question: null, offer: null, position: null };
      return p.play(resumed, at, resuming(resumed, at), { intro: false });
    };
    /** On with the routine: the side the user just got into position for, or the next one. */
    const onward = (state: RoutineState): Turn =>
      state.moving ? p.play(state, state.step, [], IN_POSITION) : p.play(state, state.step + 1, []);

    const handlers: Handlers = {
      launch: (state) => {
        // Opening the skill again mid-session leaves the run being played; its place is kept in its record.
        const left = resumePointOf(state);
        const leaving: Effect[] = left ? [{ type: 'run-ended', point: left, completed: false }] : [];
        const base: RoutineState = {
          ...IDLE,
          easier: state.easier,
          disclaimed: state.disclaimed,
          cautioned: state.cautioned,
          suggested: context.suggestedRoutine,
        };
        // Enough for today comes first, then the offer as always: the choice stays the user's.
        const opening: Beat[] = [
          { type: 'welcome' },
          ...(enoughToday(context.sessionsToday) ? [{ type: 'enough-today', sessions: context.sessionsToday } as const] : []),
        ];
        const offer = context.resumable;
        const at = offer ? resumeStep(offer, content) : null;
        const here = offer && at !== null ? p.steps(offer.plan)[at] : undefined;
        const plan = context.personalPlan;
        if ((!offer || !here) && plan)
          return p.say({ ...base, question: 'start-plan' }, [...opening, { type: 'plan-offer', plan }], leaving);
        // Someone new hears that a plan can be fitted to them; the routine offer stands, for someone who came for relief now.
        if ((!offer || !here) && context.firstUse)
          return p.say({ ...base, question: 'start-suggested' }, [...opening, { type: 'setup-hint' }], leaving);
        if (!offer || !here) return p.say({ ...base, question: 'start-suggested' }, opening, leaving);
        return p.say(
          { ...base, question: 'resume', offer },
          [...opening, { type: 'resume-offer', stretchId: here.stretchId, side: here.side, routineId: offer.plan.routineId }],
          leaving,
        );
      },
      'lost-track': (state) =>
        p.say({ ...IDLE, disclaimed: state.disclaimed, question: 'start-suggested', suggested: context.suggestedRoutine }, [
          { type: 'lost-track' },
        ]),
      'start-routine': (state, { routine }) => {
        if (routine.kind === 'match') return startRoutine(state, routine.id);
        if (routine.kind === 'none') return resumeOffered(state) ?? startRoutine(state, suggestion(state));
        return p.say(idleChoice(state), [{ type: 'unknown-routine', heard: routine.heard }]);
      },
      'start-stretch': (state, { stretch }) => {
        if (stretch.kind === 'match' && content.stretch(stretch.id))
          return p.start(state, { routineId: null, stretchIds: [stretch.id] }, []);
        return p.say(idleChoice(state), [{ type: 'unknown-stretch', heard: stretch.kind === 'no-match' ? stretch.heard : '' }]);
      },
      'list-routines': (state) => p.say(idleChoice(state), [{ type: 'routine-list' }]),
      next: (state) => requirePlan(state, () => onward(state)),
      previous: (state) =>
        requirePlan(state, (here, plan) => {
          if (state.step === 0) return p.play(state, 0, [{ type: 'already-first' }]);
          const target = p.steps(plan)[state.step - 1];
          const crossing = target && target.stretchIndex !== here.stretchIndex && target.side !== SIDES[0];
          return p.play(state, state.step - 1, crossing ? [{ type: 'back-to', stretchId: target.stretchId }] : []);
        }),
      repeat: (state) => {
        if (state.plan) return p.play(state, state.step, [], AGAIN);
        const offered = state.question === 'resume' ? state.offer : null;
        const at = offered ? resumeStep(offered, content) : null;
        const here = offered && at !== null ? p.steps(offered.plan)[at] : undefined;
        if (!offered || !here) return p.say(idleChoice(state), []);
        return p.say(state, [{ type: 'resume-offer', stretchId: here.stretchId, side: here.side, routineId: offered.plan.routineId }]);
      },
      skip: (state) =>
        requirePlan(state, (here, plan) => {
          const target = p.steps(plan).findIndex((s) => s.stretchIndex > here.stretchIndex);
          const lead: Beat[] = [{ type: 'skipping', stretchId: here.stretchId }];
          return target === -1 ? p.finishOrAsk(state, lead) : p.play(state, target, lead);
        }),
      pause: (state) =>
        requirePlan(state, (here) => {
          // Said over the side's audio, the pause cut the side short: it is not done, and resuming plays it again.
          const cut = context.interrupted && !state.moving;
          const done = cut ? state.done.filter((key) => key !== stepKey(here)) : state.done;
          const paused: RoutineState = { ...state, done, paused: true, moving: false, position: null, question: null };
          const point = placeToKeep(paused);
          return p.say(paused, [{ type: 'paused' }], point ? [{ type: 'progress', point, finished: null }] : []);
        }),
      resume: (state) => {
        const offered = resumeOffered(state);
        if (offered) return offered;
        return requirePlan(state, (here) => {
          if (!state.paused) return onward(state);
          // A side heard to the end before the pause is done: carry on with the one after it.
          const at = state.done.includes(stepKey(here)) ? state.step + 1 : state.step;
          return p.play(state, at, resuming(state, at), { intro: false });
        });
      },
      'start-over': (state) => {
        if (state.offer) return p.start(state, state.offer.plan, [{ type: 'starting-over' }]);
        return requirePlan(state, (_here, plan) => p.start(state, plan, [{ type: 'starting-over' }]));
      },
      easier: (state) =>
        requirePlan(state, (here) => {
          if (state.easier.includes(here.stretchId)) return p.say(state, [{ type: 'already-easiest', stretchId: here.stretchId }]);
          const eased: RoutineState = { ...state, easier: [...state.easier, here.stretchId] };
          return p.play(eased, state.step, [{ type: 'easier-on', stretchId: here.stretchId }], AGAIN);
        }),
      'more-detail': (state) => aboutPlace(state, (here) => [{ type: 'detail', stretchId: here.stretchId, side: here.side }]),
      'how-many-left': (state) =>
        aboutPlace(state, (here, plan) => [
          {
            type: 'left',
            number: here.stretchIndex + 1,
            total: plan.stretchIds.length,
            remainingIds: plan.stretchIds.slice(here.stretchIndex + 1),
          },
        ]),
      'what-is-this-for': (state) => aboutPlace(state, (here) => [{ type: 'purpose', stretchId: here.stretchId }]),
      'where-am-i': (state) =>
        aboutPlace(state, (here, plan) => [
          {
            type: 'where',
            stretchId: here.stretchId,
            side: here.side,
            number: here.stretchIndex + 1,
            total: plan.stretchIds.length,
            moving: state.moving,
          },
        ]),
      'no-equipment': (state, { item }) =>
        p.say(idleChoice(state), [{ type: 'stand-ins', stretchId: p.current(state)?.stretchId ?? null, item }]),
      'too-easy': (state) => p.say(idleChoice(state), [{ type: 'too-easy' }]),
      hurts: (state, { symptom }) => {
        const here = p.current(state);
        const beats: Beat[] = [{ type: 'hurts', symptom, stretchId: here?.stretchId ?? null }];
        const stopped: RoutineState = {
          ...state,
          paused: true,
          question: null,
          moving: false,
          done: here ? state.done.filter((k) => k !== stepKey(here)) : state.done,
        };
        if (!state.plan || !here || RED_FLAGS.has(symptom)) return { state: stopped, beats, prompt: null, effects: [] };
        const canEase = !state.easier.includes(here.stretchId);
        return p.say({ ...stopped, question: canEase ? 'try-easier' : 'after-hurt' }, beats);
      },
      yes: (state) => {
        if (state.question === 'resume') return resumeOffered(state) ?? startRoutine(state, suggestion(state));
        if (state.question === 'offer-setup') return plans.setUp({ ...state, question: null });
        if (state.question === 'start-plan') return plans.startPlan({ ...state, question: null });
        if (state.question === 'confirm-delete')
          return {
            state: { ...IDLE },
            beats: [{ type: 'deleted' }],
            prompt: null,
            effects: [
              { type: 'history-deleted' },
              ...(context.hasReminders ? [{ type: 'reminder-action', action: 'cancel', ending: true } as const] : []),
            ],
          };
        if (state.question === 'try-easier') return handlers.easier({ ...state, question: null }, { type: 'easier' });
        if (state.question === 'after-hurt') return handlers.skip({ ...state, question: null }, { type: 'skip' });
        if (state.plan) return handlers.next(state, { type: 'next' });
        return startRoutine(state, suggestion(state));
      },
      no: (state) => {
        if (state.question === 'resume' && state.offer) {
          const declined: Effect[] = [{ type: 'run-ended', point: state.offer, completed: false }];
          return p.say({ ...state, question: 'start-suggested', offer: null }, [{ type: 'routine-list' }], declined);
        }
        if (state.question === 'offer-setup' || state.question === 'start-plan') return declined(state);
        if (state.question === 'confirm-delete') return p.say({ ...state, question: null }, [{ type: 'not-deleted' }]);
        if (state.question === 'try-easier' || state.question === 'after-hurt')
          return handlers.stop({ ...state, question: null }, { type: 'stop' });
        if (state.plan) return p.say(state, []);
        return p.say(idleChoice(state), [{ type: 'routine-list' }]);
      },
      'set-default': (state, { routine }) => {
        if (routine.kind === 'none') return p.say(idleChoice(state), [{ type: 'which-default' }]);
        if (routine.kind === 'no-match') return p.say(idleChoice(state), [{ type: 'unknown-routine', heard: routine.heard }]);
        const chosen: RoutineState = { ...state, suggested: routine.id, question: state.plan ? state.question : 'start-suggested' };
        return p.say(chosen, [{ type: 'default-set', routineId: routine.id }], [{ type: 'favourite-set', routineId: routine.id }]);
      },
      'delete-history': (state) => p.say({ ...state, question: 'confirm-delete' }, [{ type: 'confirm-delete' }]),
      'set-reminder': (state, { time, days }) => reminders.set(state, time, days),
      'list-reminders': (state) => reminders.list(state),
      'cancel-reminders': (state) => reminders.cancel(state),
      'reminder-permission': (state, { accepted, schedule }) => reminders.permission(state, accepted, schedule),
      'reminder-outcome': (state, { outcome }) => reminders.outcome(state, outcome),
      'set-up-plan': (state) => plans.setUp(state),
      'start-plan': (state) => plans.startPlan(state),
      'why-plan': (state) => plans.why(state),
      'plan-answer': (state, { fact }) => (fact ? plans.fact(state, fact) : p.say(idleChoice(state), [{ type: 'answer-unclear' }])),
      'pain-score': (state) => p.say(idleChoice(state), [{ type: 'pain-out-of-turn', checkinsOn: context.painCheckins }]),
      'pain-checkins': (state, { on }) => p.say(idleChoice(state), [{ type: 'checkins', on }], [{ type: 'checkins-set', on }]),
      summary: (state, { summary, learnedTimeZone }) => {
        const beats: Beat[] = [summary ? { type: 'summary', summary, checkinsOn: context.painCheckins } : { type: 'summary-unavailable' }];
        const effects: Effect[] = learnedTimeZone ? [{ type: 'time-zone-learned', timeZone: learnedTimeZone }] : [];
        // Asked in a conversation, the summary carries on from where it was; asked one-shot, it ends the session.
        return state.plan || state.question ? p.say(idleChoice(state), beats, effects) : { state, beats, prompt: null, effects };
      },
      'session-ended': (state) => {
        // A closing pain question left unanswered still means every side was done: the run is complete.
        const point = resumePointOf(state);
        const closing = state.question === 'pain-after' || state.question === 'pain-after-again';
        return { state, beats: [], prompt: null, effects: point && closing ? [{ type: 'run-ended', point, completed: true }] : [] };
      },
      help: (state) => p.say(idleChoice(state), [{ type: 'help' }]),
      stop: (state) => ({ state, beats: [{ type: 'goodbye', stepsDone: p.stretchesDone(state.done) }], prompt: null, effects: [] }),
      'not-understood': (state) => {
        const misses = state.misses + 1;
        const beats: Beat[] = [{ type: 'not-understood', misses }];
        return p.say({ ...idleChoice(state), misses }, misses >= 2 ? [...beats, { type: 'help' }] : beats);
      },
    };
    return handlers;
  };

  /**
   * The answer to "how is your pain, zero to ten?": a score is noted, "skip"
   * (or "next", "no") moves on, and anything unclear is asked once more before
   * the routine goes on without a score.
   */
  const painAnswer = (state: RoutineState, event: RoutineEvent, p: Playback): Turn => {
    if (event.type === 'repeat') return p.say(state, []);
    const when = state.question === 'pain-before' || state.question === 'pain-before-again' ? 'before' : 'after';
    const again = state.question === 'pain-before-again' || state.question === 'pain-after-again';
    const score = event.type === 'pain-score' ? event.score : null;
    const valid = score !== null && Number.isInteger(score) && score >= 0 && score <= 10;
    const skipped = SKIP_ANSWERS.has(event.type);
    if (!valid && !skipped && !again) return p.say({ ...state, question: `pain-${when}-again` }, [{ type: 'pain-unclear' }]);
    const answered: RoutineState = { ...state, question: null, pain: { ...state.pain, [when]: valid ? score : null } };
    const lead: Beat[] = [valid ? { type: 'pain-noted', score } : { type: 'pain-skipped', when }];
    return when === 'before' ? p.play(answered, 0, lead) : p.finish(answered, lead);
  };

  /** The disclaimer before anything else on first use, after the greeting. */
  const withDisclaimer = (turn: Turn): Turn => ({
    ...turn,
    beats: afterOpeners(turn.beats, { type: 'disclaimer' }),
    state: { ...turn.state, disclaimed: true },
    effects: [...turn.effects, { type: 'disclaimer-heard' }],
  });

  /** A turn that ends the session keeps the place it leaves, unless everything was just deleted. */
  const closing = (turn: Turn): Turn => {
    if (turn.prompt !== null || turn.effects.some((effect) => effect.type === 'history-deleted')) return turn;
    // Handing the session to Alexa's permission question keeps it open: its answer comes back to the skill.
    if (turn.beats.some((beat) => beat.type === 'reminder-permission-ask')) return turn;
    return { ...turn, effects: [...turn.effects, { type: 'session-ended', point: placeToKeep(turn.state) }] };
  };

  return {
    apply(state, event, context) {
      const playback = createPlayback(content, context);
      const askingPain = state.question !== null && PAIN_QUESTIONS.has(state.question);
      // "Next" or "carry on" at an offer mean yes: the same words mean what the moment needs.
      const meant: RoutineEvent = state.question && OFFERS.has(state.question) && ONWARD.has(event.type) ? { type: 'yes' } : event;
      const handlers = handlersFor(context, playback);
      const handle = (from: RoutineState): Turn => (handlers[meant.type] as (s: RoutineState, e: RoutineEvent) => Turn)(from, meant);
      const onboarding = state.question === 'onboarding' ? state.onboarding : null;
      /** The answer to a waiting question of its own kind, or the event handled as usual. */
      const answer = (): Turn => {
        if (askingReminder(state)) {
          // Anything that is not an answer leaves the reminder unset.
          return createReminderTurns(playback, (s) => s).answer(state, meant) ?? handle({ ...state, question: null, reminder: null });
        }
        if (askingPain && PAIN_ANSWERS.has(meant.type)) return painAnswer(state, meant, playback);
        if (onboarding) {
          // Anything that is not an answer leaves the questions; what was answered is not kept.
          return (
            createOnboardingTurns(content, context, playback, (s) => s).answer(state, onboarding, meant) ??
            handle({ ...state, question: null, onboarding: null })
          );
        }
        return handle(state);
      };
      const answered = answer();
      // Misses count in a row: anything understood starts the count again.
      const turn = meant.type === 'not-understood' ? answered : { ...answered, state: { ...answered.state, misses: 0 } };
      const disclaimed = state.disclaimed || !context.firstUse || NO_DISCLAIMER.has(event.type) ? turn : withDisclaimer(turn);
      return closing(disclaimed);
    },
  };
}
