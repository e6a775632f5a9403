import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/** Where `npm start` keeps progress between runs; git-ignored. */
export const LOCAL_DATABASE_DIR = resolve(import.meta.dirname, '../../.local/dynamodb');

type Dynalite = (options: { path?: string; createTableMs?: number }) => Server;

/**
 * Starts dynalite, a DynamoDB-compatible server written in Node on LevelDB,
 * on a free loopback port with its data in `.local/dynamodb`. It needs no
 * Java, no Docker and no account, so `npm start` works on any machine with
 * Node; the tests use the official DynamoDB Local instead.
 */
export async function startLocalDatabase(path: string = LOCAL_DATABASE_DIR): Promise<{ endpoint: string; close(): Promise<void> }> {
  mkdirSync(path, { recursive: true });
  const dynalite = createRequire(import.meta.url)('dynalite') as Dynalite;
  const server = dynalite({ path, createTableMs: 0 });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
