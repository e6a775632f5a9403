import routines from '../../content/routines.json';
import stretches from '../../content/stretches.json';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { composeSkill } from '../../lambda/compose-skill';
import { loadConfig } from '../../lambda/config';
import { loadContent } from '../../lambda/domain/content-validation';
import type { Log } from '../../lambda/log';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import type { LocalDynamo } from '../../tests/support/dynamodb-local';
import { newUserId } from '../../tests/support/envelopes';
import { LOAD_ROUTINES, type LoadOptions, type LoadRoutine } from './options';
import { scheduleOutage, type Outage } from './outage';
import { newUserRun, runUser, type UserDriver, type UserRun } from './simulated-user';
import { checkRecords, type RecordCheck } from './verify';

/** The table the load test uses, in its own throwaway DynamoDB Local. */
const TABLE_NAME = 'sciatica-stretches-load';

/** Users who run through a routine before the measured run, unmeasured and unchecked. */
const WARM_UP_USERS = 40;

const content = loadContent(stretches, routines);
const clock = (): Date => new Date();
const routineOf = (i: number): LoadRoutine => LOAD_ROUTINES[i % LOAD_ROUTINES.length] ?? 'quick-relief';

/** Everything the run collects as it goes, so a run stopped by the hard timeout can still be reported. */
export interface LoadProgress {
  readonly runs: UserRun[];
  /** Events the skill logged, as `event:errorName`, counted. */
  readonly logEvents: Record<string, number>;
  readonly problems: string[];
  outage: Outage | null;
  check: RecordCheck | null;
  /** Users held at their last side because storage was still down. */
  waitedForStorage: number;
  /** From the first request until the last user finished. */
  usersMs: number | null;
  /** Set by the hard timeout: users stop after the turn in flight. */
  stopped: boolean;
}

/** A fresh, empty {@link LoadProgress}. */
export function newProgress(): LoadProgress {
  return { runs: [], logEvents: {}, problems: [], outage: null, check: null, waitedForStorage: 0, usersMs: null, stopped: false };
}

/**
 * Warms the JIT of DynamoDB Local's JVM and of this process with a few
 * unmeasured routines, as a deployed table is warm, so the measured run
 * starts from a steady state. What they log is not counted.
 */
async function warmUp(build: () => SkillHandler, progress: LoadProgress): Promise<void> {
  const started = performance.now();
  const driver = (): UserDriver => ({
    handler: build(),
    since: () => performance.now() - started,
    thinkMs: 0,
    paceMs: 0,
    stopped: () => progress.stopped,
    beforeClosingTurn: async () => undefined,
  });
  await Promise.all(Array.from({ length: WARM_UP_USERS }, (_, i) => runUser(newUserRun(i, newUserId(), routineOf(i)), driver())));
  for (const key of Object.keys(progress.logEvents)) delete progress.logEvents[key];
}

/**
 * The run itself: the real skill handler built in-process as the Lambda's
 * composition root builds it, every user at once (each with its own handler
 * unless `handlers` is `shared`), the outage on its schedule, then every
 * user's stored run record read back and checked.
 */
export async function runLoad(local: LocalDynamo, options: LoadOptions, progress: LoadProgress): Promise<void> {
  const env = { DYNAMODB_ENDPOINT: local.endpoint, TABLE_NAME };
  const config = loadConfig(env);
  const log: Log = (event) => {
    const key = 'name' in event ? `${event.event}:${event.name}` : event.event;
    progress.logEvents[key] = (progress.logEvents[key] ?? 0) + 1;
  };
  const build = (): SkillHandler => composeSkill(env, { log });
  await createProgressRepository(config, clock, content).load(userKeyOf('load-test-warm-up'));
  await warmUp(build, progress);
  const shared = build();
  const handlers = Array.from({ length: options.users }, () => (options.handlers === 'shared' ? shared : build()));

  const t0 = performance.now();
  const since = (): number => performance.now() - t0;
  const outage = scheduleOutage(local, t0, options.outageAfterSeconds * 1000, options.outageSeconds);
  progress.outage = outage;
  const driver = (handler: SkillHandler): UserDriver => ({
    handler,
    since,
    thinkMs: options.thinkMs,
    paceMs: options.paceMs,
    stopped: () => progress.stopped,
    beforeClosingTurn: async () => {
      if (!outage.isDown()) return;
      progress.waitedForStorage += 1;
      await outage.whenUp();
    },
  });
  const runs = handlers.map((_, i) => newUserRun(i, newUserId(), routineOf(i)));
  progress.runs.push(...runs);
  await Promise.all(runs.map((run, i) => runUser(run, driver(handlers[i] ?? shared))));
  progress.usersMs = since();
  outage.cancel();
  try {
    await outage.done;
  } catch (error) {
    progress.problems.push(`DynamoDB Local did not come back: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  progress.check = await checkRecords(createProgressRepository(config, clock, content), progress.runs, content);
}
