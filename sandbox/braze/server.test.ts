/** Send Test through the sandbox's real HTTPS server: the Braze stand-in posts to the Webhook URL, and whoever serves that host receives it. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:https';
import { encodePayload } from '../../src/shared/payload-codec';
import { SANDBOX_BRAZE_INTEGRATION_TOKEN, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, UNREACHABLE_APP_ID, appHost } from '../constants';
import { startSandbox, type Sandbox } from '../server';
import { BRAZE_VARIANT_HOSTS, BRAZE_WORKSPACE } from './hosts';
import { newRow, type ComposerState, type TestSendAnswer } from './model';
import { OTHER_SERVICE_URL, RELAY_BRAZE, SENDBIRD_BRAZE } from './places';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.sendbird.reset();
  sandbox.braze.reset();
  sandbox.relay.reset();
});

function call(host: string, method: string, path: string, body = '') {
  return new Promise<{ status: number; body: string; type: string; cache: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: sandbox.port, path, method, servername: host, headers: { host, 'content-type': 'application/json' }, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text, type: String(res.headers['content-type']), cache: String(res.headers['cache-control']) }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const pairs = encodePayload({ template: 'welcome_series_1', receiver: '{{custom_attribute.${sendbird_id}}}', eventName: '', variables: { first_name: "{{${first_name} | default: 'there'}}" } });
const composer = (url: string, token: string): ComposerState => ({
  url,
  method: 'POST',
  headers: [newRow('Api-token', token)],
  bodyMode: 'pairs',
  pairs: pairs.map((p) => newRow(p.key, p.value)),
  raw: '',
});

async function sendTest(state: ComposerState, userId: string | null): Promise<TestSendAnswer> {
  const answer = await call(BRAZE_VARIANT_HOSTS.a, 'POST', '/api/test-send', JSON.stringify({ composer: state, userId }));
  expect(answer.status).toBe(200);
  return JSON.parse(answer.body) as TestSendAnswer;
}

describe('the Braze stand-ins in the sandbox', () => {
  it('serve the app at every dashboard host, and the same page marked as no dashboard elsewhere under braze.com', async () => {
    for (const host of [...Object.values(BRAZE_VARIANT_HOSTS), 'dashboard.braze.com', 'dashboard-07.braze.com', 'dashboard-02.braze.eu']) {
      const page = await call(host, 'GET', `/engagement/campaigns/sendbird-welcome/${BRAZE_WORKSPACE}`);
      expect([host, page.status, page.body]).toEqual([host, 200, expect.stringContaining('data-dashboard="true"')]);
    }
    expect((await call('dashboard-01.braze.eu', 'GET', '/')).body).toContain('data-variant="b"');
    expect((await call('dashboard.au-01.braze.com', 'GET', '/')).body).toContain('data-variant="c"');
    expect((await call('www.braze.com', 'GET', '/')).body).toContain('data-dashboard="false"');
    expect((await call(BRAZE_VARIANT_HOSTS.a, 'GET', '/__sandbox/braze.js')).type).toContain('javascript');
  });

  it("lets the browser keep each app's script under its versioned URL only, and nothing else", async () => {
    for (const [host, path] of [
      [BRAZE_VARIANT_HOSTS.a, `/engagement/campaigns/sendbird-welcome/${BRAZE_WORKSPACE}`],
      ['eu1.dashboard.clevertap.com', '/SBX-ACC-1/campaigns'],
    ] as const) {
      const page = await call(host, 'GET', path);
      expect(page.cache).toBe('no-store');
      const src = /<script src="([^"]+\?v=[0-9a-f]{12})">/.exec(page.body)?.[1] ?? '';
      expect(src, host).not.toBe('');
      const kept = await call(host, 'GET', src);
      expect([kept.status, kept.type, kept.cache]).toEqual([200, expect.stringContaining('javascript'), 'public, max-age=31536000, immutable']);
      // Any other version (an older page, a hand-typed URL) or none gets the same script, never kept.
      for (const elsewhere of [src.replace(/v=[0-9a-f]+/, 'v=000000000000'), src.replace(/\?.*$/, '')]) {
        const other = await call(host, 'GET', elsewhere);
        expect([elsewhere, other.body === kept.body, other.cache]).toEqual([elsewhere, true, 'no-store']);
      }
    }
    // The stand-ins' answers are never kept either: each test starts from the stand-in's state.
    expect((await call(BRAZE_VARIANT_HOSTS.a, 'GET', '/api/test-users')).cache).toBe('no-store');
    expect((await call('eu1.dashboard.clevertap.com', 'GET', '/api/webhooks')).cache).toBe('no-store');
  });

  it("Send Test reaches Sendbird's Braze endpoint, which decodes the rendered body", async () => {
    const answer = await sendTest(composer(SENDBIRD_BRAZE.realtime, SANDBOX_BRAZE_INTEGRATION_TOKEN), 'user-bo');
    expect(answer).toMatchObject({ userId: 'user-bo', status: 200 });
    const [received] = sandbox.sendbird.brazeWebhooks;
    expect(sandbox.sendbird.brazeWebhooks).toHaveLength(1);
    expect(received?.endpoint).toBe('realtime');
    expect(received?.headers['api-token']).toBe(SANDBOX_BRAZE_INTEGRATION_TOKEN);
    expect(received?.rawBody).toBe(answer.sent.body);
    expect(received?.decoded).toMatchObject({ ok: true, request: { targets: ['sb-user-bo'], template: { key: 'welcome_series_1', variables: { 'sb-user-bo': { first_name: 'there' } } } } });
    expect(sandbox.braze.testSends.map((s) => [s.host, s.userId, s.status])).toEqual([[BRAZE_VARIANT_HOSTS.a, 'user-bo', 200]]);
  });

  it('Send Test through the relay ends as a call to Sendbird’s send API; a user without a Sendbird ID gets 400', async () => {
    expect((await sendTest(composer(RELAY_BRAZE.realtime, SANDBOX_RELAY_SECRET), 'user-ann')).status).toBe(200);
    expect(sandbox.sendbird.sends.sent.map((s) => [s.mode, s.targets])).toEqual([['realtime', ['sb-user-ann']]]);
    const cy = await sendTest(composer(RELAY_BRAZE.realtime, SANDBOX_RELAY_SECRET), 'user-cy');
    expect(cy.status).toBe(400);
    expect(JSON.parse(cy.responseBody)).toMatchObject({ ok: false, error: expect.stringContaining('receiver rendered empty') });
  });

  it('a random user is one of the workspace’s users', async () => {
    const answer = await sendTest(composer(SENDBIRD_BRAZE.batch, SANDBOX_BRAZE_INTEGRATION_TOKEN), null);
    expect(['user-ann', 'user-bo', 'user-cy']).toContain(answer.userId);
    expect(sandbox.sendbird.brazeWebhooks.map((w) => w.endpoint)).toEqual(['batch']);
  });

  it('a host nobody serves, the unreachable app and a wrong port answer nothing, with the reason', async () => {
    expect(await sendTest(composer(OTHER_SERVICE_URL, 'x'), 'user-ann')).toMatchObject({ status: 0, error: 'Could not resolve orders.example.com.' });
    const unreachable = `https://${appHost(UNREACHABLE_APP_ID)}/braze/notifications/realtime`;
    expect(await sendTest(composer(unreachable, 'x'), 'user-ann')).toMatchObject({ status: 0, error: expect.stringContaining('Could not resolve') });
    expect(await sendTest(composer(`https://${SANDBOX_RELAY_HOST}:8443/braze/notifications/realtime`, 'x'), 'user-ann')).toMatchObject({ status: 0, error: expect.stringContaining('port 443') });
    expect(sandbox.sendbird.brazeWebhooks).toEqual([]);
  });

  it('keeps a saved place per host, and a fresh one elsewhere', async () => {
    const path = '/api/places/campaign/sendbird-welcome';
    const seeded = JSON.parse((await call(BRAZE_VARIANT_HOSTS.a, 'GET', path)).body);
    expect(seeded.slots[0].composer.url).toBe(SENDBIRD_BRAZE.realtime);
    seeded.slots[0].composer.url = 'https://changed.example';
    expect((await call(BRAZE_VARIANT_HOSTS.a, 'PUT', path, JSON.stringify(seeded))).status).toBe(200);
    expect(JSON.parse((await call(BRAZE_VARIANT_HOSTS.a, 'GET', path)).body).slots[0].composer.url).toBe('https://changed.example');
    expect(JSON.parse((await call(BRAZE_VARIANT_HOSTS.b, 'GET', path)).body).slots[0].composer.url).toBe(SENDBIRD_BRAZE.realtime);
  });
});
