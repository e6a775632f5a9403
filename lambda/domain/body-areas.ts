import * as z from '../zod';

/**
 * Where a stretch works, in the words people use for where they feel their
 * sciatica most. Content tags its stretches with these and the plan's
 * onboarding answer names one, so both read from this one list. It lives
 * apart from the content schema because the answers are parsed in Lambda,
 * and the bundle should not carry the content schema for that.
 */
export const bodyAreaSchema = z.enum(['buttock', 'back-of-thigh', 'calf', 'lower-back']);

/** One body area. */
export type BodyArea = z.infer<typeof bodyAreaSchema>;
