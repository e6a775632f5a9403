import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TTL_ATTRIBUTE } from './stored-items';

/** Where the table is. */
export interface DynamoLocation {
  readonly tableName: string;
  readonly region: string;
  /** A local endpoint (DynamoDB Local, dynalite); unset in AWS. */
  readonly endpoint: string | null;
}

/**
 * Time limits that keep a turn well inside Alexa's 8 s: a request gets
 * 300 ms to connect and 1 s to answer, and is tried at most twice. The SDK's
 * standard retry backs off between tries and retries throttling.
 */
export const STORAGE_TIMEOUTS = { connectionTimeoutMs: 300, requestTimeoutMs: 1000, maxAttempts: 2 } as const;

/** A DynamoDB document client with the skill's time limits; local endpoints get dummy credentials. */
export function createDocumentClient(location: DynamoLocation): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: location.region,
    maxAttempts: STORAGE_TIMEOUTS.maxAttempts,
    // Without throwOnRequestTimeout this SDK version only logs a warning when requestTimeout passes.
    requestHandler: {
      connectionTimeout: STORAGE_TIMEOUTS.connectionTimeoutMs,
      requestTimeout: STORAGE_TIMEOUTS.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(location.endpoint ? { endpoint: location.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/**
 * Creates the table on a local endpoint when it is missing: on demand, keyed
 * by `pk`/`sk`, with TTL on `expiresAt`. In AWS the table comes from infra/
 * and this is never called.
 */
export async function ensureLocalTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') throw error;
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException) && !(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
  }
  for (let i = 0; i < 50; i += 1) {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === 'ACTIVE') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    await client.send(
      new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }),
    );
  } catch (error) {
    // dynalite has no TTL API; items there simply never expire, which is harmless for local use.
    if (!(error instanceof Error) || !/UnknownOperation|not supported|ValidationException/i.test(`${error.name} ${error.message}`))
      throw error;
  }
}
