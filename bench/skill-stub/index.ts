/**
 * The skill with its storage taken out, for the warm per-turn latency without
 * I/O: the same composition as lambda/index.ts, but the repository is an
 * in-process stub whose every call resolves at once. It is not a persistence
 * test; it isolates what the skill itself costs per turn (envelope checks,
 * zod session validation, the engine, speech, save planning) next to floor (a).
 */
import type { SkillHandler } from '../../lambda/alexa/skill';
import { composeSkill } from '../../lambda/compose-skill';
import { NEW_PROFILE, type RunRecord } from '../../lambda/domain/progress';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';

/**
 * A returning user (disclaimer heard, nothing to resume) whose run records
 * are kept in memory, so the weekly summary has real records to summarise.
 */
export function stubRepository(): ProgressRepository {
  const records = new Map<string, Map<string, RunRecord>>();
  return {
    load: () =>
      Promise.resolve({
        profile: { ...NEW_PROFILE, disclaimerHeard: true },
        active: null,
        pointer: null,
      }),
    saveRun: (user, { record }, expected) => {
      const mine = records.get(user) ?? new Map<string, RunRecord>();
      mine.set(record.run.id, record);
      records.set(user, mine);
      return Promise.resolve((expected ?? 0) + 1);
    },
    updateProfile: () => Promise.resolve(),
    records: (user, fromIso, toIso) =>
      Promise.resolve([...(records.get(user)?.values() ?? [])].filter((r) => r.run.startedAt >= fromIso && r.run.startedAt < toIso)),
    deleteUser: (user) => {
      records.delete(user);
      return Promise.resolve();
    },
  };
}

/** The Lambda-shaped handler of the skill over the stub repository. */
export const handler: SkillHandler = composeSkill(process.env, { repository: stubRepository() });
