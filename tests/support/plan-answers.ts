import { bodyAreaSchema } from '../../lambda/domain/body-areas';
import type { PlanAnswers } from '../../lambda/domain/plan-answers';

/** Every way the onboarding answers can come: each one given, any way, or skipped (about eleven thousand sets). */
export function everyAnswerSet(): PlanAnswers[] {
  const yesNo = [true, false, undefined];
  let sets: PlanAnswers[] = [{}];
  const vary = <K extends keyof PlanAnswers>(key: K, values: readonly PlanAnswers[K][]): void => {
    sets = sets.flatMap((set) => values.map((value) => (value === undefined ? set : { ...set, [key]: value })));
  };
  vary('phase', ['flare-up', 'prevention', undefined]);
  vary('floor', yesNo);
  vary('steady', yesNo);
  vary('band', yesNo);
  vary('beginner', yesNo);
  vary('kneesComplain', yesNo);
  vary('feltMost', [...bodyAreaSchema.options, undefined]);
  vary('pregnant', yesNo);
  return sets;
}

/** Someone who can do anything: every rule that narrows the plan is off. */
export const ABLE: PlanAnswers = {
  phase: 'prevention',
  floor: true,
  steady: true,
  band: true,
  beginner: false,
  kneesComplain: false,
  pregnant: false,
};
