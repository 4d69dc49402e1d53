/**
 * `npm run relay:load`: the Node relay against the send-API stand-in, both on loopback, bounded in
 * requests and in time. Prints requests per second and latency percentiles for single-profile and
 * 10,000-profile requests, and whether the answer stayed within CleverTap's wait (about 3 s).
 *
 *   npm run relay:load                      # the default phases below
 *   npm run relay:load -- --scale 0.25      # fewer requests (a quick look)
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../sandbox/constants';
import { createSendStandIn } from '../sandbox/sendbird-send-stand-in';
import { encodePayload } from '../src/shared/payload-codec';
import { startNodeRelay } from './src/node-server';

const BUDGET_MS = 3_000;
/** The whole run stops here whatever is left: the machine is shared. */
const MAX_SECONDS = 120;
const SECRET = 'load-test-secret-000000000000000000';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Math.min(1, Math.max(0.01, Number(args[scaleAt + 1]) || 1)) : 1;

const PHASES = [
  { name: 'single profile (clevertap/single)', path: '/clevertap/notifications/single', profiles: 1, requests: Math.ceil(3_000 * scale), concurrency: 16 },
  { name: '10,000 profiles, one at a time (clevertap/multi)', path: '/clevertap/notifications/multi', profiles: 10_000, requests: Math.ceil(20 * scale), concurrency: 1 },
  { name: '10,000 profiles, 4 at a time (clevertap/multi)', path: '/clevertap/notifications/multi', profiles: 10_000, requests: Math.ceil(40 * scale), concurrency: 4 },
];

const pairs = Object.fromEntries(encodePayload({ template: 'order_shipped', receiver: 'SendbirdID', eventName: '', variables: { first_name: 'there', order_id: 'A-1' } }).map((p) => [p.key, p.value]));

/** A body per request (its campaign id differs, so the repeat window lets every one through). */
function bodyMaker(profiles: number): (n: number) => string {
  const list = Array.from({ length: profiles }, (_, i) => ({ identity: `user${i}@example.com`, profileData: { SendbirdID: `user-${i}` }, key_values: { 'sendbird_var.first_name': `Name ${i}` } }));
  const template = JSON.stringify({ targetId: '__ID__', key_values: pairs, profiles: profiles === 1 ? list[0] : list });
  return (n) => template.replace('"__ID__"', String(n));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main() {
  const standIn = createSendStandIn({ appId: SANDBOX_APP_ID, token: SANDBOX_TOKEN, anyHost: true });
  const sendbird = await new Promise<ServerType>((resolve) => {
    const server: ServerType = serve({ fetch: (request) => standIn.fetch(request), port: 0, hostname: '127.0.0.1' }, () => resolve(server));
  });
  const sendbirdPort = (sendbird.address() as AddressInfo).port;
  const relay = await startNodeRelay(
    { SENDBIRD_APP_ID: SANDBOX_APP_ID, SENDBIRD_API_TOKEN: SANDBOX_TOKEN, RELAY_SECRETS: SECRET, SENDBIRD_API_BASE: `http://127.0.0.1:${sendbirdPort}`, PORT: '0' },
    { log: () => {} },
  );
  const deadline = Date.now() + MAX_SECONDS * 1000;
  console.log(`relay:load: relay ${relay.url}, Sendbird send stand-in http://127.0.0.1:${sendbirdPort} (loopback only), at most ${MAX_SECONDS} s`);

  const results = [];
  let id = 1;
  for (const phase of PHASES) {
    standIn.reset();
    const makeBody = bodyMaker(phase.profiles);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < phase.requests && Date.now() < deadline) {
        next += 1;
        const body = makeBody(id++);
        const t0 = performance.now();
        const response = await fetch(relay.url + phase.path, { method: 'POST', headers: { 'content-type': 'application/json', 'Api-token': SECRET }, body });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: phase.concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const row = {
      phase: phase.name,
      requests: latencies.length,
      concurrency: phase.concurrency,
      perSecond: Math.round((latencies.length / seconds) * 10) / 10,
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies.at(-1) ?? NaN),
      statuses: Object.fromEntries(statuses),
      targetsSent: standIn.sent.reduce((sum, s) => sum + s.targets.length, 0),
    };
    results.push(row);
    console.log(`relay:load: ${row.phase}: ${row.requests} requests, ${row.concurrency} at a time, ${row.perSecond} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, max ${row.max} ms, answers ${JSON.stringify(row.statuses)}, ${row.targetsSent} targets sent`);
  }
  await relay.close();
  sendbird.close();
  const held = results.every((r) => r.max < BUDGET_MS && Object.keys(r.statuses).every((s) => s === '200'));
  console.log(`relay:load: answer-time budget ${BUDGET_MS} ms ${held ? 'held' : 'NOT held'} (every answer 200 and the slowest under the budget)`);
  console.log(JSON.stringify(results));
  process.exit(held ? 0 : 1);
}

await main();
