/**
 * The relay on a Node HTTP server: configuration from an environment, refused with every problem
 * listed when something required is missing. Separate from the command line (node.ts) so that tests
 * start it on a free port.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createRelay, type Relay } from './app';
import { readConfig, type Env } from './config';
import type { Log } from './observability';
import type { Fetch } from './sendbird-send';

export interface NodeRelay {
  url: string;
  relay: Relay;
  close(): Promise<void>;
}

export class ConfigProblem extends Error {
  constructor(readonly problems: string[]) {
    super(`The relay cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export async function startNodeRelay(env: Env, options: { fetch?: Fetch; log?: Log; now?: () => number } = {}): Promise<NodeRelay> {
  const read = readConfig(env);
  if (!read.ok) throw new ConfigProblem(read.problems);
  const port = env.PORT?.trim() ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigProblem([`PORT must be a port number (it is "${env.PORT}").`]);
  // Loopback unless told otherwise: a container sets RELAY_HOST=0.0.0.0 behind its TLS proxy.
  const hostname = env.RELAY_HOST?.trim() || '127.0.0.1';
  const relay = createRelay({ config: read.config, fetch: options.fetch ?? ((input, init) => fetch(input, init)), ...(options.log ? { log: options.log } : {}), ...(options.now ? { now: options.now } : {}) });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started: ServerType = serve({ fetch: relay.app.fetch, port, hostname }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    relay,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
