import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Adds a middleware to `client` that calls `count` with the command's name
 * (`QueryCommand`, `PutCommand`, ...) for every HTTP request the client sends.
 * It sits inside the SDK's retry middleware, so each retry is a request too,
 * and it counts a request before sending it, so one that fails counts as well.
 */
export function countRequests(client: DynamoDBDocumentClient, count: (command: string) => void): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      count(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'countRequests' },
  );
}
