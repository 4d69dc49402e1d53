/**
 * The shared behaviour suite in workerd (Cloudflare's runtime, through Miniflare): the bundled
 * Worker with its configuration as bindings, and its outbound network answered by the send
 * stand-in in this process, so the same assertions read what the Worker really sent.
 */
import { describe, expect, it } from 'vitest';
import { Miniflare } from 'miniflare';
import { relayBehaviour } from './behaviour';
import { newStandIn, SHORT_TIMEOUT_ENV, TEST_ENV, type Call, type CallInit } from './harness';
import { bundleWorker } from './worker-bundle';
import type { Env } from '../src/config';

const bindings = (env: Env) => Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

describe('the relay in workerd (Miniflare)', () => {
  let unconfigured: Call | null = null;
  relayBehaviour(async () => {
    const standIn = newStandIn();
    const script = await bundleWorker();
    const worker = (name: string, env: Env) => ({
      name,
      modules: true,
      script,
      compatibilityDate: '2026-04-01',
      bindings: bindings(env),
      outboundService: (request: Request) => standIn.fetch(request),
    });
    const mf = new Miniflare({ workers: [worker('relay', TEST_ENV), worker('relay-short', SHORT_TIMEOUT_ENV), worker('relay-unconfigured', { RELAY_SECRETS: 'x' })] });
    await mf.ready;
    const callerOf = (name: string): Call => async (path, init = {}) => {
      // Miniflare types its Fetcher with Workers' types, which this project does not load.
      const fetcher = (await mf.getWorker(name)) as unknown as { fetch(url: string, init: CallInit): Promise<Response> };
      const response = await fetcher.fetch(`http://relay.test${path}`, init);
      // Miniflare's Response is undici's: hand the suite the platform's own.
      return new Response(await response.arrayBuffer(), { status: response.status, headers: new Headers([...response.headers]) });
    };
    unconfigured = callerOf('relay-unconfigured');
    return {
      name: 'workerd',
      propertyRuns: 60,
      standIn,
      relay: callerOf('relay'),
      shortTimeoutRelay: callerOf('relay-short'),
      close: () => mf.dispose(),
    };
  });

  it('answers 503 (retry later, nothing lost) while its secrets are not set, naming none of them', async () => {
    const response = await unconfigured!('/clevertap/notifications/single', { method: 'POST', headers: { 'Api-token': 'x' }, body: '{}' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.text()).toBe(JSON.stringify({ ok: false, error: 'The relay is not configured: see its log.' }));
  });
});
