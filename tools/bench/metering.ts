import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { converse, type BenchHandler, type TurnKind } from './script';

/** One DynamoDB request as the meter saw it. */
export interface MeteredRequest {
  /** The low-level command, e.g. `QueryCommand`, `PutItemCommand`. */
  readonly command: string;
  /** Capacity units DynamoDB reported (ReturnConsumedCapacity: TOTAL); 0 when the command has none. */
  readonly capacity: number;
  /** HTTP attempts, retries included. */
  readonly attempts: number;
}

/** The requests of one turn. */
export interface TurnRequests {
  readonly kind: TurnKind;
  readonly requests: readonly MeteredRequest[];
}

/** Requests the repository makes only against a local endpoint (it creates its own table there); never in AWS. */
export const LOCAL_ONLY_COMMANDS = new Set(['DescribeTableCommand', 'CreateTableCommand', 'UpdateTimeToLiveCommand']);

/** Commands that accept ReturnConsumedCapacity. */
const WITH_CAPACITY = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchWriteItemCommand',
  'BatchGetItemCommand',
]);

type Capacity = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
const unitsOf = (consumed: Capacity): number =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

/** Collects what the metering middleware saw. */
export interface Meter {
  /** The requests since the last call, and forgets them. */
  take(): MeteredRequest[];
}

/**
 * Installs a metering middleware on every DynamoDB document client of this
 * process, the first time each one sends: it asks for ReturnConsumedCapacity
 * TOTAL on every command that takes it, and records the command, the capacity
 * DynamoDB reports and the attempts. The repository under test is left as it
 * is; only the bench's copy of the request gets the extra parameter.
 */
export function installMeter(): Meter {
  let seen: MeteredRequest[] = [];
  type Args = { input: object };
  const middleware = (next: (args: Args) => Promise<{ output: object }>, context: { commandName?: string }) => async (args: Args) => {
    const command = context.commandName ?? 'unknown';
    const input = args.input as { ReturnConsumedCapacity?: string };
    if (WITH_CAPACITY.has(command)) input.ReturnConsumedCapacity = 'TOTAL';
    const result = await next(args);
    const output = result.output as { ConsumedCapacity?: Capacity; $metadata?: { attempts?: number } };
    seen.push({ command, capacity: unitsOf(output.ConsumedCapacity), attempts: output.$metadata?.attempts ?? 1 });
    return result;
  };
  const options = { step: 'initialize', priority: 'high', name: 'benchMeter' } as const;
  const metered = new WeakSet<object>();
  const proto = DynamoDBDocumentClient.prototype as unknown as { send: (...args: unknown[]) => unknown };
  const send = proto.send;
  proto.send = function meteredSend(this: DynamoDBDocumentClient, ...args: unknown[]) {
    if (!metered.has(this)) {
      this.middlewareStack.add(middleware as never, options);
      metered.add(this);
    }
    return send.apply(this, args);
  };
  return {
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}

/** Plays `kinds` as one session and returns the DynamoDB requests of each turn. */
export async function meterConversation(
  handler: BenchHandler,
  meter: Meter,
  userId: string,
  kinds: readonly TurnKind[],
  check: { readonly endsSession: boolean } | null,
): Promise<TurnRequests[]> {
  const turns: TurnRequests[] = [];
  meter.take();
  await converse(handler, userId, kinds, { ...(check ? { check } : {}), onTurn: (kind) => turns.push({ kind, requests: meter.take() }) });
  return turns;
}

/** Totals of a metered conversation, local-only table set-up left out (and counted apart). */
export function totals(turns: readonly TurnRequests[]): {
  requests: number;
  capacity: number;
  localOnly: number;
  byCommand: Record<string, number>;
} {
  const all = turns.flatMap((t) => t.requests);
  const counted = all.filter((r) => !LOCAL_ONLY_COMMANDS.has(r.command));
  const byCommand: Record<string, number> = {};
  for (const r of counted) byCommand[r.command] = (byCommand[r.command] ?? 0) + 1;
  return {
    requests: counted.length,
    capacity: counted.reduce((sum, r) => sum + r.capacity, 0),
    localOnly: all.length - counted.length,
    byCommand,
  };
}
