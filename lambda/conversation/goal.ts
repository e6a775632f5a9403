import { GOALS, type Goal } from '../domain/plan-builder';
import type { Profile } from '../domain/progress';

/**
 * How often a user aims to stretch, which the weekly summary measures
 * against. Until a profile holds a personal plan, everyone has the default:
 * prevention's three to five times a week.
 */
export function goalOf(_profile: Profile): Goal {
  return { ...GOALS.prevention };
}
