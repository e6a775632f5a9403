import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import type * as FloorStock from '../../bench/floor-stock/index';
import { composeSkill } from '../../lambda/compose-skill';
import { createDocumentClient, ensureLocalTable } from '../../lambda/storage/dynamo-client';
import { newUserId } from '../../tests/support/envelopes';
import { installMeter, meterConversation, totals, type TurnRequests } from './metering';
import { warnings } from './measure';
import { ONE_SHOT_SUMMARY, WARM_LOOP, WHOLE_ROUTINE } from './script';

/** The region every client and process of the bench names; DynamoDB Local runs with -sharedDb, so any one works, but the SDK needs one. */
const REGION = 'us-east-1';

/** The tables the bench uses on its DynamoDB Local. */
export const TABLES = { skill: 'bench-skill', floorStock: 'bench-floor-stock' } as const;

/** The environment of a process that talks to DynamoDB Local, for the skill or floor (b). */
export function dynamoEnv(endpoint: string, table: string): Record<string, string> {
  return { DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: table, AWS_REGION: REGION };
}

/** Creates both tables before any measured process starts: the skill's as it creates it itself, floor (b)'s keyed by `id`. */
export async function createTables(endpoint: string): Promise<void> {
  const documents = createDocumentClient({ tableName: TABLES.skill, region: REGION, endpoint });
  await ensureLocalTable(documents, TABLES.skill);
  documents.destroy();
  const client = new DynamoDBClient({ endpoint, region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: TABLES.floorStock,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}

/** Requests and capacity of one conversation, with its per-turn detail. */
export interface Metered extends ReturnType<typeof totals> {
  readonly turns: readonly TurnRequests[];
}

const ENDS = { endsSession: true } as const;

const metered = (turns: TurnRequests[]): Metered => ({ ...totals(turns), turns });

/** Figure 4: DynamoDB requests and capacity of the skill and of floor (b), counted by a middleware on the document client. */
export interface RequestFigures {
  readonly skill: { firstRoutine: Metered; routine: Metered; oneShotSummary: Metered; midRoutineSummary: Metered };
  readonly floorStock: { routine: Metered; oneShotSummary: Metered };
  /** The skill's user after these conversations: a returning user with a profile and no run to resume. */
  readonly returningUser: string;
}

/**
 * Runs, in this process, the real skill handler over the real repository
 * (lambda/storage/create-repository.ts) and floor (b)'s handler, both on
 * DynamoDB Local with the metering middleware installed: a new user's first
 * quick relief routine, a returning user's routine, a one-shot summary and a
 * summary asked mid-routine; for floor (b), the same routine turns and one
 * summary turn.
 */
export async function measureRequests(endpoint: string): Promise<RequestFigures> {
  const meter = installMeter();
  const skill = composeSkill(dynamoEnv(endpoint, TABLES.skill), {
    log: (event) => warnings.push(`skill (in-process): logged ${JSON.stringify(event)}`),
  });
  const user = newUserId();
  const firstRoutine = metered(await meterConversation(skill, meter, user, WHOLE_ROUTINE, ENDS));
  const routine = metered(await meterConversation(skill, meter, user, WHOLE_ROUTINE, ENDS));
  const oneShotSummary = metered(await meterConversation(skill, meter, user, ONE_SHOT_SUMMARY, null));
  const loop = await meterConversation(skill, meter, user, WARM_LOOP, ENDS);
  const midRoutineSummary = metered(loop.filter((turn) => turn.kind === 'summary'));

  Object.assign(process.env, dynamoEnv(endpoint, TABLES.floorStock));
  // Loaded only now, because floor (b) reads its table and endpoint from the environment at load, like the skill.
  const floor: typeof FloorStock = await import('../../bench/floor-stock/index');
  const floorUser = newUserId();
  const floorRoutine = metered(await meterConversation(floor.handler, meter, floorUser, WHOLE_ROUTINE, null));
  const floorSummary = metered(await meterConversation(floor.handler, meter, floorUser, ONE_SHOT_SUMMARY, null));
  if (floorRoutine.requests !== 2 * WHOLE_ROUTINE.length) {
    throw new Error(`the meter saw ${floorRoutine.requests} requests from floor (b) in ${WHOLE_ROUTINE.length} turns, not 2 per turn`);
  }
  return {
    skill: { firstRoutine, routine, oneShotSummary, midRoutineSummary },
    floorStock: { routine: floorRoutine, oneShotSummary: floorSummary },
    returningUser: user,
  };
}
