import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '../../tests/support/dynamodb-local';

/** A relay in front of DynamoDB Local that can cut the skill off from it. */
export interface StorageGate {
  /** Where the skill sends its requests. */
  readonly endpoint: string;
  /** Drops every open connection and refuses new ones, as an unreachable endpoint does. */
  close(): Promise<void>;
  /** Accepts connections again, on the same port. */
  open(): Promise<void>;
}

/**
 * Opens a TCP relay on a free loopback port to `target` (an `http://host:port`
 * endpoint). Closed, it drops open connections and refuses new ones, as an
 * unreachable DynamoDB endpoint does, while the server behind it runs on.
 * The outage is a cut rather than a stop and restart of DynamoDB Local
 * because on a small machine under this load the JVM took 5 to 14 s to boot,
 * starving the users of CPU, and came back with a cold JIT: what that
 * measured was the JVM, not the skill (tests/persistence/faults.test.ts
 * restarts the server under one user).
 */
export async function openStorageGate(target: string): Promise<StorageGate> {
  const { hostname, port: targetPort } = new URL(target);
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | null = null;

  const relay = (client: Socket): void => {
    const upstream = connect(Number(targetPort), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A connection cut at one end is cut at the other, as a dropped network path is.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  };

  const gate: StorageGate = {
    endpoint: `http://127.0.0.1:${port}`,
    open: () =>
      new Promise((resolve, reject) => {
        const listening = createServer(relay);
        listening.once('error', reject);
        listening.listen(port, '127.0.0.1', () => {
          server = listening;
          resolve();
        });
      }),
    close: () =>
      new Promise((resolve) => {
        const closing = server;
        server = null;
        sockets.forEach((socket) => socket.destroy());
        if (closing) closing.close(() => resolve());
        else resolve();
      }),
  };
  await gate.open();
  return gate;
}
