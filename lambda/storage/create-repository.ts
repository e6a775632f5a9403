import type { Config } from '../config';
import type { Content } from '../domain/content';
import { mergeRecords } from '../domain/progress';
import { createDocumentClient, ensureLocalTable } from './dynamo-client';
import { createDynamoProgressRepository } from './dynamo-progress-repository';
import type { ProgressRepository } from './progress-repository';

/**
 * The repository the skill uses, from configuration. With a local endpoint the
 * table is created on first use (and the attempt repeated if it failed); in
 * AWS the table comes from infra/ and is never created at run time. `client`
 * is the one {@link createDocumentClient} makes from `config` unless a caller
 * that watches the requests (the load test) passes its own.
 */
export function createProgressRepository(
  config: Config,
  now: () => Date,
  content: Content,
  client = createDocumentClient({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint }),
): ProgressRepository {
  const repository = createDynamoProgressRepository({
    client,
    tableName: config.tableName,
    now,
    merge: (stored, incoming) => mergeRecords(stored, incoming, content),
  });
  if (!config.dynamoEndpoint) return repository;

  let ready: Promise<void> | null = null;
  const tableReady = (): Promise<void> => {
    ready ??= ensureLocalTable(client, config.tableName).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };
  const local = {} as ProgressRepository;
  for (const name of Object.keys(repository) as (keyof ProgressRepository)[]) {
    const method = repository[name] as (...args: unknown[]) => Promise<unknown>;
    (local as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      await tableReady();
      return method(...args);
    };
  }
  return local;
}
