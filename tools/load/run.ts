import { setTimeout as sleep } from 'node:timers/promises';
import routines from '../../content/routines.json';
import stretches from '../../content/stretches.json';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { composeSkill } from '../../lambda/compose-skill';
import { loadConfig } from '../../lambda/config';
import { loadContent } from '../../lambda/domain/content-validation';
import type { Log } from '../../lambda/log';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { createDocumentClient } from '../../lambda/storage/dynamo-client';
import { userKeyOf } from '../../lambda/storage/user-key';
import { countRequests } from '../../tests/support/count-requests';
import type { LocalDynamo } from '../../tests/support/dynamodb-local';
import { newUserId } from '../../tests/support/envelopes';
import { LOAD_ROUTINES, type LoadOptions, type LoadRoutine } from './options';
import { scheduleOutage, type Outage } from './outage';
import { openStorageGate } from './storage-gate';
import { countingInto, countRequest } from './request-tally';
import { newUserRun, runUser, type UserDriver, type UserRun } from './simulated-user';
import { checkRecords, checkSessions, type RecordCheck, type SessionCheck } from './verify';

/** The table the load test uses, in its own throwaway DynamoDB Local. */
const TABLE_NAME = 'sciatica-stretches-load';

/** Users who run through a routine before the measured run, unmeasured and unchecked. */
const WARM_UP_USERS = 40;

const content = loadContent(stretches, routines);
const clock = (): Date => new Date();
const routineOf = (i: number): LoadRoutine => LOAD_ROUTINES[i % LOAD_ROUTINES.length] ?? 'quick-relief';

/** Everything the run collects as it goes, so a run stopped by the hard timeout can still be reported. */
export interface LoadProgress {
  /** The users who have arrived, in order of arrival. */
  readonly runs: UserRun[];
  /** Events the skill logged, as `event:errorName`, counted. */
  readonly logEvents: Record<string, number>;
  /** DynamoDB requests the users' turns sent in each second of the run, every attempt counted. */
  readonly requestsPerSecond: number[];
  readonly problems: string[];
  outage: Outage | null;
  check: RecordCheck | null;
  sessions: SessionCheck | null;
  /** Users held at their last side because storage was still down. */
  waitedForStorage: number;
  /** Skill handlers built during the measured run: cold starts, in Lambda's terms. */
  handlersBuilt: number;
  /** From the first arrival until the last user finished. */
  usersMs: number | null;
  /** Set by the hard timeout: users stop after the turn in flight, and those yet to arrive never do. */
  stopped: boolean;
}

/** A fresh, empty {@link LoadProgress}. */
export function newProgress(): LoadProgress {
  return {
    runs: [],
    logEvents: {},
    requestsPerSecond: [],
    problems: [],
    outage: null,
    check: null,
    sessions: null,
    waitedForStorage: 0,
    handlersBuilt: 0,
    usersMs: null,
    stopped: false,
  };
}

/**
 * Handlers kept as Lambda keeps execution environments: each call takes an
 * idle one, and a new one is built only when every one is busy.
 */
function pooled(build: () => SkillHandler): SkillHandler {
  const idle: SkillHandler[] = [];
  return async (event, context) => {
    const handler = idle.pop() ?? build();
    try {
      return await handler(event, context);
    } finally {
      idle.push(handler);
    }
  };
}

/**
 * Warms the JIT of DynamoDB Local's JVM and of this process with a few
 * unmeasured routines sent straight to the server, each on a handler of its
 * own, as a deployed table is warm, so the measured run starts from a steady
 * state. Nothing they log or send is counted.
 */
async function warmUp(endpoint: string, stopped: () => boolean): Promise<void> {
  const env = { DYNAMODB_ENDPOINT: endpoint, TABLE_NAME };
  const started = performance.now();
  const driver = (): UserDriver => ({
    handler: composeSkill(env, { log: () => undefined }),
    since: () => performance.now() - started,
    thinkMs: 0,
    paceMs: 0,
    stopped,
    closingTurn: (send) => send(),
  });
  await Promise.all(Array.from({ length: WARM_UP_USERS }, (_, i) => runUser(newUserRun(i, newUserId(), routineOf(i)), driver())));
}

/**
 * The run itself: the real skill handler built in-process as the Lambda's
 * composition root builds it, over document clients that count every request
 * into the tally of the user whose turn sent it. Users arrive one every
 * 1000 / `arrivalPerSecond` ms, each on its own device, through a whole
 * routine, reaching DynamoDB Local through a gate ({@link openStorageGate});
 * the outage comes on its schedule; then every user's session and stored
 * records are checked, straight from the server.
 */
export async function runLoad(local: LocalDynamo, options: LoadOptions, progress: LoadProgress): Promise<void> {
  const gate = await openStorageGate(local.endpoint);
  const env = { DYNAMODB_ENDPOINT: gate.endpoint, TABLE_NAME };
  const config = loadConfig(env);
  const log: Log = (event) => {
    const key = 'name' in event ? `${event.event}:${event.name}` : event.event;
    progress.logEvents[key] = (progress.logEvents[key] ?? 0) + 1;
  };
  // Creates the table once, before forty warm-up handlers would each find it missing.
  await createProgressRepository(config, clock, content).load(userKeyOf('load-test-warm-up'));
  await warmUp(local.endpoint, () => progress.stopped);

  const t0 = performance.now();
  const since = (): number => performance.now() - t0;
  const build = (): SkillHandler => {
    const client = createDocumentClient({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint });
    countRequests(client, (command) => {
      if (!countRequest(command)) return;
      const second = Math.floor(since() / 1000);
      progress.requestsPerSecond[second] = (progress.requestsPerSecond[second] ?? 0) + 1;
    });
    // The repository as in AWS, where the table already exists: no table check on a handler's first use.
    const repository = createProgressRepository({ ...config, dynamoEndpoint: null }, clock, content, client);
    return composeSkill(env, { log, repository });
  };
  const counted = (): SkillHandler => {
    progress.handlersBuilt += 1;
    return build();
  };
  const shared = options.handlers === 'pool' ? pooled(counted) : options.handlers === 'shared' ? counted() : null;
  const outage = scheduleOutage(gate, t0, options.outageAfterSeconds * 1000, options.outageSeconds);
  progress.outage = outage;
  const driver = (handler: SkillHandler, run: UserRun): UserDriver => ({
    handler: (event, context) => countingInto(run.requests, () => handler(event, context)),
    since,
    thinkMs: options.thinkMs,
    paceMs: options.paceMs,
    stopped: () => progress.stopped,
    // A session that ends while storage is down loses its last side by design (nothing is left to retry the save), so users wait.
    closingTurn: async (send) => {
      if (outage.isDown()) {
        progress.waitedForStorage += 1;
        await outage.whenUp();
        // Held users say their last "next" at their own moment once storage is back, not all in the same instant.
        await sleep(Math.random() * options.paceMs);
      }
      return outage.whileUp(send);
    },
  });
  const intervalMs = 1000 / options.arrivalPerSecond;
  const arrive = async (i: number): Promise<void> => {
    await sleep(Math.max(0, i * intervalMs - since()));
    if (progress.stopped) return;
    const run = newUserRun(i, newUserId(), routineOf(i), since());
    progress.runs.push(run);
    await runUser(run, driver(shared ?? counted(), run));
  };
  await Promise.all(Array.from({ length: options.users }, (_, i) => arrive(i)));
  progress.usersMs = since();
  outage.cancel();
  try {
    await outage.done;
  } catch (error) {
    progress.problems.push(`storage did not come back: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  progress.sessions = checkSessions(progress.runs, content);
  progress.check = await checkRecords(
    createProgressRepository({ ...config, dynamoEndpoint: local.endpoint }, clock, content),
    progress.runs,
    content,
  );
  await gate.close();
}
