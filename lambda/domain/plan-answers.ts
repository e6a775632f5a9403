import { z, type Infer } from '../zod';
import { bodyAreaSchema } from './body-areas';

/**
 * The onboarding answers a personal plan is built from. Every answer may be
 * skipped, and a skipped answer is simply absent: `buildPlan` reads it as the
 * gentler choice, so nobody has to answer everything to get a safe plan.
 */
export const planAnswersSchema = z.object({
  /** A flare-up now, or keeping it away. */
  phase: z.enum(['flare-up', 'prevention']).optional(),
  /** Can get down to the floor and up again comfortably. */
  floor: z.boolean().optional(),
  /** Steady on their feet without holding on. */
  steady: z.boolean().optional(),
  /** Has a band, strap, towel or belt at hand. */
  band: z.boolean().optional(),
  /** New to stretching, or not very flexible. */
  beginner: z.boolean().optional(),
  /** Their knees complain when they kneel. */
  kneesComplain: z.boolean().optional(),
  /** Where they feel it most. */
  feltMost: bodyAreaSchema.optional(),
  /** Pregnant: only gentle seated or lying stretches, and the advice to ask a professional. */
  pregnant: z.boolean().optional(),
});

/** The onboarding answers; an absent one was skipped. */
export type PlanAnswers = Infer<typeof planAnswersSchema>;
