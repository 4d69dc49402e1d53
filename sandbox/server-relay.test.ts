/** The sandbox's HTTPS server answers at the relay's host and at Sendbird's send route, as Chromium reaches them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:https';
import { SANDBOX_APP_ID, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, SANDBOX_TOKEN, appHost } from './constants';
import { startSandbox, type Sandbox } from './server';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

function call(host: string, method: string, path: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: sandbox.port, path, method, servername: host, headers: { host, 'content-type': 'application/json', ...headers }, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('the sandbox server', () => {
  it(`serves the relay at https://${SANDBOX_RELAY_HOST}`, async () => {
    expect((await call(SANDBOX_RELAY_HOST, 'POST', '/clevertap/notifications/single', '{"is_test":true}', { 'Api-token': SANDBOX_RELAY_SECRET })).status).toBe(200);
    expect((await call(SANDBOX_RELAY_HOST, 'POST', '/clevertap/notifications/single', '{"is_test":true}', { 'Api-token': 'no' })).status).toBe(401);
    expect(JSON.parse((await call(SANDBOX_RELAY_HOST, 'GET', '/healthz', '')).body)).toMatchObject({ ok: true, counters: { requests: 2 } });
  });

  it("serves Sendbird's send route at the app's host, with the token check", async () => {
    const body = JSON.stringify({ template: { key: 'welcome_series_1', variables: { u1: { first_name: 'Ann' } } }, targets: ['u1'], mode: 'realtime' });
    expect(JSON.parse((await call(appHost(SANDBOX_APP_ID), 'POST', '/v1/notifications', body, { 'Api-Token': 'wrong' })).body)).toMatchObject({ error: true, code: 400401 });
    expect((await call(appHost(SANDBOX_APP_ID), 'POST', '/v1/notifications/messages', body, { 'Api-Token': SANDBOX_TOKEN })).status).toBe(200);
    expect(sandbox.sendbird.sends.sent.map((s) => [s.path, s.targets])).toEqual([['/v1/notifications/messages', ['u1']]]);
  });
});
