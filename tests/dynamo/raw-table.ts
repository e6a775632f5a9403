import { QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient, ensureLocalTable } from '../../lambda/storage/dynamo-client';
import { TEST_TABLE } from '../support/skill';

/** A raw item as DynamoDB Local stores it. */
export type RawItem = Record<string, unknown>;

/** A document client on the test table of DynamoDB Local, built the way production builds one; the table exists once it resolves. */
export async function rawTable(): Promise<DynamoDBDocumentClient> {
  const client = createDocumentClient({ tableName: TEST_TABLE, region: 'us-east-1', endpoint: inject('dynamoEndpoint') });
  await ensureLocalTable(client, TEST_TABLE);
  return client;
}

/** Every stored item under one partition key, in sort key order (consistent read). */
export async function itemsOf(client: DynamoDBDocumentClient, pk: string): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: TEST_TABLE,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The sort keys stored under one partition key. */
export async function sortKeysOf(client: DynamoDBDocumentClient, pk: string): Promise<string[]> {
  return (await itemsOf(client, pk)).map((item) => String(item.sk));
}

/** Every item in the test table (all test files share it). */
export async function scanAll(client: DynamoDBDocumentClient): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: TEST_TABLE, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
