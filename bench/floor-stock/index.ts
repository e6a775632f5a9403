/**
 * Floor (b): floor (a) persisting the stock way, as the ASK SDK's DynamoDB
 * persistence adapter does: a request interceptor reads the user's item with
 * one GetItem (consistent read, as the adapter's default) and a response
 * interceptor writes it back with one PutItem, on every turn. Same SDK
 * versions and esbuild settings as the skill; the table and endpoint come
 * from the environment like the skill's (TABLE_NAME, DYNAMODB_ENDPOINT,
 * AWS_REGION). The table, keyed by `id`, is created by the bench.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getRequestType, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { anyIntent, launch } from '../floor-hello/handlers';

const TableName = process.env.TABLE_NAME || 'floor-stock';
const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;

const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION || 'us-east-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }),
);

/** What one user's item holds: a few counters, like a simple progress record. */
interface Progress {
  turns: number;
  lastRequest: string;
  updatedAt: string;
}

const userIdOf = (input: HandlerInput): string => input.requestEnvelope.context.System.user.userId;

const skill = SkillBuilders.custom()
  .addRequestHandlers(launch, anyIntent)
  .addRequestInterceptors(async (input) => {
    const got = await documents.send(new GetCommand({ TableName, Key: { id: userIdOf(input) }, ConsistentRead: true }));
    const stored = (got.Item?.attributes ?? { turns: 0, lastRequest: '', updatedAt: '' }) as Progress;
    input.attributesManager.setRequestAttributes({ progress: stored });
  })
  .addResponseInterceptors(async (input) => {
    const { progress } = input.attributesManager.getRequestAttributes() as { progress: Progress };
    const attributes: Progress = {
      turns: progress.turns + 1,
      lastRequest: getRequestType(input.requestEnvelope),
      updatedAt: new Date().toISOString(),
    };
    await documents.send(new PutCommand({ TableName, Item: { id: userIdOf(input), attributes } }));
  })
  .create();

/** The Lambda entry point: event in, response envelope out. */
export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event as RequestEnvelope, context);
