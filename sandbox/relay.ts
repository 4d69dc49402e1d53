/**
 * The relay (relay/) as the sandbox runs it: the same app as `npm run relay`, in this process,
 * configured with the sandbox's App ID, token and relay secret, and sending to the sandbox's
 * stand-in of Sendbird's send API without a network, so a Preview and Test through it ends up as
 * a recorded notification request.
 */
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRelay } from '../relay/src/app';
import { readConfig } from '../relay/src/config';
import type { RequestLine } from '../relay/src/observability';
import { SANDBOX_APP_ID, SANDBOX_RELAY_SECRET, SANDBOX_TOKEN } from './constants';
import type { SendStandIn } from './sendbird-send-stand-in';

export function startSandboxRelay(sends: SendStandIn) {
  const read = readConfig({ SENDBIRD_APP_ID: SANDBOX_APP_ID, SENDBIRD_API_TOKEN: SANDBOX_TOKEN, RELAY_SECRETS: SANDBOX_RELAY_SECRET });
  if (!read.ok) throw new Error(`sandbox relay: ${read.problems.join(' ')}`);
  const { config } = read;
  const log: RequestLine[] = [];
  const build = () => createRelay({ config, fetch: (input, init) => sends.fetch(new Request(input, init)), log: (line) => void log.push(line) });
  let relay = build();
  const listener = getRequestListener((request) => relay.app.fetch(request));

  return {
    get counters() {
      return relay.counters;
    },
    /** The relay's log lines, as `npm run relay` would print them. */
    log,
    /** A fresh relay: counters, log and repeat window empty (a test's requests are not another's repeats). */
    reset() {
      relay = build();
      log.length = 0;
    },
    handle: (req: IncomingMessage, res: ServerResponse) => listener(req, res),
    /** CleverTap's webhook call, made in-process (the CleverTap stand-in's Preview and Test). */
    async receiveWebhook(url: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown }> {
      const response = await relay.app.fetch(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
      return { status: response.status, body: await response.json() };
    },
  };
}

export type SandboxRelay = ReturnType<typeof startSandboxRelay>;
