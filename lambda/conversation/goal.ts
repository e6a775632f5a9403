import type { Content } from '../domain/content';
import { GOALS, type Goal } from '../domain/plan-builder';
import type { Profile } from '../domain/progress';
import { restorePlan } from '../domain/stored-plan';

/**
 * How often a user aims to stretch, which the weekly summary measures
 * against: their personal plan's goal (rebuilt from its answers, never read
 * from storage as it stands), or prevention's three to five times a week
 * for someone without a plan.
 */
export function goalOf(profile: Profile, content: Content): Goal {
  return restorePlan(profile.plan, content)?.plan.goal ?? { ...GOALS.prevention };
}
