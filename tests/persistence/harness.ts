import type { RequestEnvelope } from 'ask-sdk-model';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { mergeRecords, type RunRecord } from '../../lambda/domain/progress';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { createDocumentClient, ensureLocalTable } from '../../lambda/storage/dynamo-client';
import { createDynamoProgressRepository } from '../../lambda/storage/dynamo-progress-repository';
import type { LoadedProgress, ProgressRepository } from '../../lambda/storage/progress-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import { countRequests } from '../support/count-requests';
import { intent, launch, sessionEnded, type EnvelopeOptions } from '../support/envelopes';
import { spokenText, testConfig } from '../support/skill';
import { content } from '../support/content';
import { MOVING } from '../support/positions';

/** The six sides of the bedtime routine, in the order they are done. */
export const BEDTIME_STEPS = [
  'seated-calf-band:right',
  'seated-calf-band:left',
  'lying-hamstring-band:right',
  'lying-hamstring-band:left',
  'lying-figure-four:right',
  'lying-figure-four:left',
];

/** The first words of every launch. */
export const WELCOME = 'Welcome to Sciatica Stretches.';

/** The repository's methods, by name. */
export type Method = keyof ProgressRepository;
const METHODS: readonly Method[] = ['load', 'saveRun', 'updateProfile', 'records', 'deleteUser'];
/** The methods that write to the table. */
export const WRITES: readonly Method[] = ['saveRun', 'updateProfile'];

/**
 * What the wrapped repository does instead of its job: nothing (`none`), throw
 * DynamoDB's throttling error, never settle (`hang`), or wait 10 s and then
 * do the real call (`slow`).
 */
export type Fault = 'none' | 'throttle' | 'hang' | 'slow';

/** The error DynamoDB raises when a table is throttled. */
export const throttling = (): Error => Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' });

/** Calls made through a {@link Probe}, by method. */
export type Calls = Record<Method, number>;

/** The real repository with call counters and switchable faults. */
export interface Probe {
  readonly repository: ProgressRepository;
  /** The fault for reads (`load`) and for writes; switch them at any time. */
  readonly fault: { reads: Fault; writes: Fault };
  /** Calls since the last `take`, then the counters start again from zero. */
  take(): Calls;
  /** Waits until every `slow` call has reached the table (or failed there). */
  settled(): Promise<void>;
}

const zero = (): Calls => Object.fromEntries(METHODS.map((name) => [name, 0])) as Calls;

/** Total writes among `calls`. */
export const writesIn = (calls: Calls): number => WRITES.reduce((sum, name) => sum + calls[name], 0);

/**
 * Wraps the real DynamoDB Local repository (or `inner`): every call is
 * counted, and while a fault is on, calls fail or hang instead of reaching
 * the table. A call counts even when a fault stops it.
 */
export function probe(inner: ProgressRepository = realRepository()): Probe {
  let calls = zero();
  const late: Promise<unknown>[] = [];
  const fault: Probe['fault'] = { reads: 'none', writes: 'none' };
  const repository = {} as Record<Method, (...args: unknown[]) => Promise<unknown>>;
  for (const name of METHODS) {
    const real = inner[name] as (...args: unknown[]) => Promise<unknown>;
    repository[name] = async (...args) => {
      calls[name] += 1;
      const now = WRITES.includes(name) ? fault.writes : name === 'load' ? fault.reads : 'none';
      if (now === 'throttle') throw throttling();
      if (now === 'hang') return new Promise<never>(() => undefined);
      if (now !== 'slow') return real(...args);
      const landing = new Promise((resolve) => setTimeout(resolve, 10_000).unref()).then(() => real(...args));
      late.push(landing.catch(() => undefined));
      return landing;
    };
  }
  return {
    repository: repository as unknown as ProgressRepository,
    fault,
    take: () => {
      const taken = calls;
      calls = zero();
      return taken;
    },
    settled: async () => {
      await Promise.all(late);
    },
  };
}

/** The real repository on DynamoDB Local (the global setup's, or `endpoint`). */
export function realRepository(endpoint?: string): ProgressRepository {
  return createProgressRepository(testConfig(endpoint ? { DYNAMODB_ENDPOINT: endpoint } : {}), () => new Date(), content);
}

const EVER = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

/** What the table holds for an Alexa user id: every run record, and the profile and unfinished run. */
export async function storedFor(alexaUserId: string, repository = realRepository()): Promise<{ records: RunRecord[] } & LoadedProgress> {
  const user = userKeyOf(alexaUserId);
  const [records, loaded] = await Promise.all([repository.records(user, ...EVER), repository.load(user)]);
  return { records, ...loaded };
}

/** One answer as the user experiences it, and how long the skill took. */
export interface Answer {
  readonly text: string;
  readonly open: boolean;
  readonly ms: number;
}

/**
 * One user on one device: sends envelopes to the handler, carrying session
 * attributes from answer to answer as Alexa does, and forgetting them when a
 * session ends.
 */
export class Device {
  private attributes: Record<string, unknown> | undefined;

  constructor(
    private readonly handler: SkillHandler,
    readonly userId: string,
  ) {}

  /** Opens a new session: no attributes, as Alexa sends on launch. */
  launch(): Promise<Answer> {
    this.attributes = undefined;
    return this.send((options) => launch(options));
  }

  /** An intent in the current session; `slots` map slot names to heard values. */
  say(intentName: string, slots: Record<string, string> = {}): Promise<Answer> {
    return this.send((options) => intent(intentName, slots, options));
  }

  /** "next". */
  next(): Promise<Answer> {
    return this.say('AMAZON.NextIntent');
  }

  /** Starts a routine by name; when Alexa answers by saying where to be, "next" once there, so the answer is the first side. */
  async startRoutine(routine: string): Promise<Answer> {
    return this.onceInPosition(await this.say('StartRoutineIntent', { routine }));
  }

  /** "next" to the next side: when Alexa first asks the user to move into a new position, "next" again once there. */
  async nextSide(): Promise<Answer> {
    return this.onceInPosition(await this.next());
  }

  private async onceInPosition(answer: Answer): Promise<Answer> {
    return answer.open && MOVING.test(answer.text) ? this.next() : answer;
  }

  /** Alexa closes the session (a timeout) with the last attributes; nothing is spoken. */
  async timeout(): Promise<Answer> {
    const answer = await this.send((options) => sessionEnded(options));
    this.attributes = undefined;
    return answer;
  }

  private async send(build: (options: EnvelopeOptions) => RequestEnvelope): Promise<Answer> {
    const started = Date.now();
    const envelope = (await this.handler(
      build({ userId: this.userId, ...(this.attributes ? { attributes: this.attributes } : {}) }),
    ));
    const ms = Date.now() - started;
    const open = envelope.response.shouldEndSession === false;
    this.attributes = open ? (envelope.sessionAttributes) : undefined;
    return { text: spokenText(envelope), open, ms };
  }
}

/** DynamoDB requests sent, by command name (QueryCommand, PutCommand, ...), retries included. */
export type Requests = Record<string, number>;

/**
 * The real repository on the global DynamoDB Local, over a document client
 * that counts every HTTP request it sends (each retry too), by command.
 * `take` returns the counts since the last call and starts again from zero.
 */
export async function countedRepository(): Promise<{ repository: ProgressRepository; take(): Requests }> {
  const config = testConfig();
  const client = createDocumentClient({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint });
  await ensureLocalTable(client, config.tableName);
  let requests: Requests = {};
  countRequests(client, (name) => {
    requests[name] = (requests[name] ?? 0) + 1;
  });
  const repository = createDynamoProgressRepository({
    client,
    tableName: config.tableName,
    now: () => new Date(),
    merge: (a, b) => mergeRecords(a, b, content),
  });
  return {
    repository,
    take: () => {
      const taken = requests;
      requests = {};
      return taken;
    },
  };
}
