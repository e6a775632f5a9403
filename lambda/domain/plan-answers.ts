import * as z from '../zod';
import { bodyAreaSchema } from './body-areas';

/**
 * The onboarding answers a personal plan is built from. Every answer may be
 * skipped, and a skipped answer is simply absent: `buildPlan` reads it as the
 * gentler choice, so nobody has to answer everything to get a safe plan.
 */
export const planAnswersSchema = z.object({
  /** A flare-up now, or keeping it away. */
  phase: z.optional(z.enum(['flare-up', 'prevention'])),
  /** Can get down to the floor and up again comfortably. */
  floor: z.optional(z.boolean()),
  /** Steady on their feet without holding on. */
  steady: z.optional(z.boolean()),
  /** Has a band, strap, towel or belt at hand. */
  band: z.optional(z.boolean()),
  /** New to stretching, or not very flexible. */
  beginner: z.optional(z.boolean()),
  /** Their knees complain when they kneel. */
  kneesComplain: z.optional(z.boolean()),
  /** Where they feel it most. */
  feltMost: z.optional(bodyAreaSchema),
  /** Pregnant: only gentle seated or lying stretches, and the advice to ask a professional. */
  pregnant: z.optional(z.boolean()),
});

/** The onboarding answers; an absent one was skipped. */
export type PlanAnswers = z.infer<typeof planAnswersSchema>;
