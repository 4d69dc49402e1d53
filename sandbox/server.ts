/**
 * The sandbox: one HTTPS server on 127.0.0.1 that answers for Sendbird's real host names and for
 * every dashboard of the table at its real host names (sandbox/stand-ins.ts). Chromium reaches it
 * through --host-resolver-rules (see `chromiumArgs`).
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadOrCreateCertificate } from './certificate';
import { SANDBOX_RELAY_HOST, UNREACHABLE_APP_ID, appHost } from './constants';
import { createSendbirdStandIn, type SendbirdStandIn } from './sendbird-stand-in';
import { createClevertapStandIn, type ClevertapStandIn, type WebhookReceiver } from './clevertap/backend';
import { startSandboxRelay, type SandboxRelay } from './relay';
import { createBrazeStandIn, type BrazeStandIn } from './braze/backend';
import { posterThroughSandbox } from './braze/post';
import { dashboardStandIns } from './stand-ins';

export interface Sandbox {
  port: number;
  sendbird: SendbirdStandIn;
  clevertap: ClevertapStandIn;
  /** The Braze dashboard stand-ins (sandbox/braze), whose Send Test posts back into this server. */
  braze: BrazeStandIn;
  /** The relay (relay/), in this process, at https://relay.sandbox.example, sending to `sendbird.sends`. */
  relay: SandboxRelay;
  /** Chromium flags that send the real host names here and trust the sandbox certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

export interface SandboxOptions {
  port?: number;
  /** Templates per page, to exercise paging with a small data file. */
  pageSize?: number;
}

const SANDBOX_DIR = join(import.meta.dirname, '..', '.sandbox');

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const certificate = await loadOrCreateCertificate(SANDBOX_DIR);
  const sendbird = createSendbirdStandIn({ pageSize: options.pageSize ?? 5 });
  const relay = startSandboxRelay(sendbird.sends);
  // CleverTap's Preview and Test reaches whichever service the webhook's Destination URL names.
  const receiveWebhook: WebhookReceiver = (url, headers, body) =>
    new URL(url).hostname === SANDBOX_RELAY_HOST ? relay.receiveWebhook(url, headers, body) : sendbird.receiveWebhook(url, headers, body);
  const clevertap = createClevertapStandIn(receiveWebhook);
  let port = 0;
  // Braze's Send Test reaches the Webhook URL over HTTPS, through this very server, at any host it serves.
  const serves = (host: string): boolean =>
    (host.endsWith('.notifications.sendbird.com') && host !== appHost(UNREACHABLE_APP_ID)) || host === SANDBOX_RELAY_HOST || dashboards.some((d) => d.serves(host));
  const braze = createBrazeStandIn(posterThroughSandbox({ port: () => port, serves }));
  // One stand-in per row of the table of dashboards, by the row's id.
  const dashboards = dashboardStandIns({ clevertap, braze });

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const dashboard = dashboards.find((d) => d.serves(host));
    const reply = host.endsWith('.notifications.sendbird.com')
      ? sendbird.handle(req, res, host)
      : dashboard
        ? dashboard.standIn.handle(req, res, host)
        : host === SANDBOX_RELAY_HOST
          ? relay.handle(req, res)
          : Promise.resolve(void res.writeHead(404, { 'content-type': 'text/plain' }).end(`sandbox: no stand-in for ${host}`));
    reply.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`sandbox error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    sendbird,
    clevertap,
    braze,
    relay,
    chromiumArgs: [
      // First match wins: the unreachable app's host must not resolve at all.
      `--host-resolver-rules=${[
        `MAP ${appHost(UNREACHABLE_APP_ID)} ~NOTFOUND`,
        `MAP *.notifications.sendbird.com 127.0.0.1:${port}`,
        ...dashboards.flatMap(({ hostPatterns }) => hostPatterns.map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`)),
        `MAP ${SANDBOX_RELAY_HOST} 127.0.0.1:${port}`,
        'EXCLUDE localhost',
      ].join(', ')}`,
      `--ignore-certificate-errors-spki-list=${certificate.spkiHash}`,
    ],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
