import * as z from '../zod';
import { bodyAreaSchema } from './body-areas';
import { planAnswersSchema, type PlanAnswers } from './plan-answers';

/** The onboarding questions, in the order they are asked: each one a single answer of {@link PlanAnswers}. */
export const PLAN_QUESTIONS = ['phase', 'floor', 'steady', 'band', 'beginner', 'kneesComplain', 'feltMost', 'pregnant'] as const;

/** One onboarding question, named by the answer it fills. */
export type PlanQuestion = (typeof PLAN_QUESTIONS)[number];

/** Where onboarding stands between turns: the question asked, whether it was asked again, and the answers so far. */
export const onboardingSchema = z.object({
  asking: z.enum(PLAN_QUESTIONS),
  /** The question was not understood once already: the next miss skips it. */
  again: z.boolean(),
  answers: planAnswersSchema,
});

/** Onboarding in progress. */
export type Onboarding = z.infer<typeof onboardingSchema>;

/**
 * Something the user said about themselves, as the interaction model's
 * answer slot resolves it: "I'm in a flare-up", "I can't get down to the
 * floor", "my knees are fine", "my calf". Each sets one answer.
 */
export const planFactSchema = z.discriminatedUnion('question', [
  z.object({ question: z.literal('phase'), value: z.enum(['flare-up', 'prevention']) }),
  z.object({ question: z.literal('feltMost'), value: bodyAreaSchema }),
  z.object({ question: z.enum(['floor', 'steady', 'band', 'beginner', 'kneesComplain', 'pregnant']), value: z.boolean() }),
]);

/** One answer, said in the user's own words. */
export type PlanFact = z.infer<typeof planFactSchema>;

/**
 * Questions not worth a person's time given what they said: kneeling needs
 * the floor, so sore knees only matter to someone who can get down there.
 */
function relevant(question: PlanQuestion, answers: PlanAnswers): boolean {
  return !(question === 'kneesComplain' && answers.floor === false);
}

/** The question after `after` (the first one when null) that is worth asking, or null when none is left. */
export function nextQuestion(answers: PlanAnswers, after: PlanQuestion | null): PlanQuestion | null {
  const from = after === null ? 0 : PLAN_QUESTIONS.indexOf(after) + 1;
  return PLAN_QUESTIONS.slice(from).find((question) => relevant(question, answers)) ?? null;
}

/** The question before `before` that is worth asking, or null at the first. */
export function previousQuestion(answers: PlanAnswers, before: PlanQuestion): PlanQuestion | null {
  const to = PLAN_QUESTIONS.indexOf(before);
  return (
    PLAN_QUESTIONS.slice(0, to)
      .reverse()
      .find((question) => relevant(question, answers)) ?? null
  );
}

/** The answers with one fact set. */
export function withFact(answers: PlanAnswers, fact: PlanFact): PlanAnswers {
  return { ...answers, [fact.question]: fact.value };
}

/**
 * What a plain "yes" or "no" means for a question: the phase question asks
 * whether it is flaring up now; where it is felt most is not a yes-or-no
 * question, so there a yes means nothing and a no means "nowhere in particular".
 */
export function yesNoFact(question: PlanQuestion, yes: boolean): PlanFact | 'skip' | null {
  switch (question) {
    case 'phase':
      return { question, value: yes ? 'flare-up' : 'prevention' };
    case 'feltMost':
      return yes ? null : 'skip';
    default:
      return { question, value: yes };
  }
}
