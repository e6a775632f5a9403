import { describe, expect, it } from 'vitest';
import { nextQuestion, PLAN_QUESTIONS, previousQuestion, yesNoFact } from '../../lambda/domain/onboarding';
import { buildPlan } from '../../lambda/domain/plan-builder';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../../lambda/domain/routine-events';
import { checkState, IDLE, PERSONAL_PLAN_ID } from '../../lambda/domain/routine-state';
import { content } from '../support/content';
import { engineContext, playEvents } from '../support/engine-context';

const engine = createRoutineEngine(content);

const run = (events: readonly RoutineEvent[], context: EngineContext = engineContext()): Turn[] => playEvents(engine, events, context);

const last = (turns: readonly Turn[]): Turn => turns[turns.length - 1] as Turn;
const asked = (turn: Turn): string | null => (turn.prompt?.type === 'plan-question' ? turn.prompt.question : null);
const planSet = (turn: Turn) => turn.effects.find((e) => e.type === 'plan-set');
const setUp: RoutineEvent = { type: 'set-up-plan' };
const yes: RoutineEvent = { type: 'yes' };
const no: RoutineEvent = { type: 'no' };
const skip: RoutineEvent = { type: 'skip' };

describe('the onboarding questions', () => {
  it('are asked in order; no knee question for someone who cannot get to the floor, where nothing kneels', () => {
    expect(nextQuestion({}, null)).toBe('phase');
    expect(nextQuestion({}, 'floor')).toBe('steady');
    expect(nextQuestion({ floor: false }, 'beginner')).toBe('feltMost');
    expect(nextQuestion({ floor: true }, 'beginner')).toBe('kneesComplain');
    expect(nextQuestion({}, 'pregnant')).toBeNull();
    expect(previousQuestion({ floor: false }, 'feltMost')).toBe('beginner');
    expect(previousQuestion({}, 'phase')).toBeNull();
  });

  it('read yes as a flare-up now, and no as keeping it away; a yes to "where" means nothing, a no skips it', () => {
    expect(yesNoFact('phase', true)).toEqual({ question: 'phase', value: 'flare-up' });
    expect(yesNoFact('phase', false)).toEqual({ question: 'phase', value: 'prevention' });
    expect(yesNoFact('band', false)).toEqual({ question: 'band', value: false });
    expect(yesNoFact('feltMost', true)).toBeNull();
    expect(yesNoFact('feltMost', false)).toBe('skip');
  });

  it('all answered by yes and no give the plan those answers build, saved, with "start it now?"', () => {
    const turns = run([setUp, no, yes, yes, yes, no, no, no, no]);
    expect(turns.slice(0, -1).map(asked)).toEqual([...PLAN_QUESTIONS]);
    const done = last(turns);
    const plan = buildPlan(
      { phase: 'prevention', floor: true, steady: true, band: true, beginner: false, kneesComplain: false, pregnant: false },
      content,
    );
    expect(planSet(done)).toEqual({ type: 'plan-set', plan });
    expect(done.beats).toEqual([{ type: 'plan-ready', plan, changed: false }]);
    expect(done.prompt).toEqual({ type: 'start-plan' });
  });

  it('"skip" at every question still ends in a plan: the gentle one', () => {
    const done = last(run([setUp, ...PLAN_QUESTIONS.map(() => skip)]));
    expect(planSet(done)).toEqual({ type: 'plan-set', plan: buildPlan({}, content) });
  });

  it('an unclear answer is asked again once, then skipped', () => {
    const [, again, skipped] = run([setUp, { type: 'not-understood' }, { type: 'not-understood' }]);
    expect(again?.prompt).toEqual({ type: 'plan-question', question: 'phase', again: true });
    expect(skipped?.beats).toEqual([{ type: 'answer-skipped' }]);
    expect(skipped && asked(skipped)).toBe('floor');
  });

  it('"I don\'t have a band" answers the band question whenever it is said', () => {
    const turns = run([setUp, yes, { type: 'no-equipment', item: 'band' }]);
    expect(last(turns).beats).toEqual([{ type: 'answer-noted' }]);
    expect(last(turns).state.onboarding?.answers.band).toBe(false);
  });

  it('"stop" keeps what was answered (a plan from it) and ends; with nothing answered, nothing is saved', () => {
    const stopped = last(run([setUp, yes, { type: 'stop' }]));
    expect(stopped.prompt).toBeNull();
    expect(planSet(stopped)).toEqual({ type: 'plan-set', plan: buildPlan({ phase: 'flare-up' }, content) });
    expect(planSet(last(run([setUp, { type: 'stop' }])))).toBeUndefined();
  });

  it('anything else leaves the questions and is done: a routine asked for starts', () => {
    const turn = last(run([setUp, yes, { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } }]));
    expect(turn.state.onboarding).toBeNull();
    expect(turn.state.plan?.routineId).toBe('bedtime');
  });

  it('"it hurts" during the questions gets the safety answer', () => {
    const turn = last(run([setUp, { type: 'hurts', symptom: 'emergency' }]));
    expect(turn.beats).toEqual([{ type: 'hurts', symptom: 'emergency', stretchId: null }]);
    expect(turn.prompt).toBeNull();
  });

  it('session attributes that claim questions without saying which are tampered', () => {
    expect(checkState({ ...IDLE, question: 'onboarding' }, content)).toBeNull();
    expect(checkState({ ...IDLE, onboarding: { asking: 'band', again: false, answers: {} } }, content)).toBeNull();
  });
});

describe('a personal plan', () => {
  const plan = buildPlan({ phase: 'prevention', floor: false, steady: false, band: false }, content);
  const withPlan = engineContext({ personalPlan: plan });

  it('is offered at launch, and "yes" plays its stretches in its versions', () => {
    const [launched, started] = run([{ type: 'launch' }, yes], withPlan);
    expect(launched?.beats).toEqual([{ type: 'welcome' }, { type: 'plan-offer', plan }]);
    expect(launched?.prompt).toEqual({ type: 'start-plan' });
    expect(started?.state.plan).toEqual({ routineId: PERSONAL_PLAN_ID, stretchIds: plan.stretchIds });
    expect(started?.state.easier).toEqual(expect.arrayContaining(plan.easier));
  });

  it('"why these stretches?" gives its reasons; without a plan, an offer to make one', () => {
    expect(last(run([{ type: 'why-plan' }], withPlan)).beats).toEqual([{ type: 'plan-reasons', plan }]);
    const none = last(run([{ type: 'why-plan' }]));
    expect(none.beats).toEqual([{ type: 'no-plan-yet' }]);
    expect(none.prompt).toEqual({ type: 'offer-setup' });
  });

  it('"actually I can get down to the floor" changes that answer and saves the new plan', () => {
    const turn = last(run([{ type: 'plan-answer', fact: { question: 'floor', value: true } }], withPlan));
    const changed = buildPlan({ ...plan.answers, floor: true }, content);
    expect(turn.beats).toEqual([{ type: 'plan-ready', plan: changed, changed: true }]);
    expect(planSet(turn)).toEqual({ type: 'plan-set', plan: changed });
  });

  it('"change my plan" asks again, starting from the answers given before', () => {
    const turn = last(run([setUp], withPlan));
    expect(turn.beats).toEqual([{ type: 'setup-intro', changing: true }]);
    expect(turn.state.onboarding?.answers).toEqual(plan.answers);
  });

  it('is not set up in the middle of a routine', () => {
    const turn = last(run([{ type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } }, setUp]));
    expect(turn.beats).toEqual([{ type: 'setup-later' }]);
    expect(turn.state.plan?.routineId).toBe('bedtime');
  });
});
