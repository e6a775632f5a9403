import * as z from '../zod';
import type { Content } from './content';
import { planAnswersSchema } from './plan-answers';
import { buildPlan, type PersonalPlan } from './plan-builder';

/** Only the answers of a stored plan: they are read even from a plan of another version. */
const storedAnswersSchema = z.object({ answers: planAnswersSchema });

/** A stored plan, as read back. */
export interface RestoredPlan {
  /** The plan to act on: always built from the answers by today's rules and content. */
  readonly plan: PersonalPlan;
  /** The stored plan was stale, tampered or malformed, so `plan` is new and should be saved. */
  readonly rebuilt: boolean;
}

/**
 * Equal as stored data: the same values at the same places, with a key whose
 * value is undefined the same as no key (storage drops them).
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keys = (o: object): string[] => Object.entries(o).flatMap(([key, value]) => (value === undefined ? [] : [key]));
  const [aKeys, bKeys] = [keys(a), keys(b)];
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * Reads a stored plan without ever acting on it: the plan returned is built
 * again from the stored answers. A stored plan that differs from that one is
 * stale (an older version, a stretch the content no longer has, rules or
 * content changed since) or tampered (any field changed, added or dropped),
 * and `rebuilt` says to save the new one.
 *
 * @param raw - the stored plan, untrusted
 * @param content - today's content
 * @returns null when not even the answers can be read: the onboarding questions are asked again
 */
export function restorePlan(raw: unknown, content: Content): RestoredPlan | null {
  const stored = storedAnswersSchema.safeParse(raw);
  if (!stored.success) return null;
  const plan = buildPlan(stored.data.answers, content);
  return { plan, rebuilt: !sameData(raw, plan) };
}
