/** The Node entry: a real HTTP server, and `npm run relay`'s refusal to start without its configuration. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { ConfigProblem, startNodeRelay, type NodeRelay } from '../src/node-server';
import { singleProfile } from './bodies';
import { newStandIn, SECRET_A, TEST_BODY_CAP, TEST_ENV } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

describe('the relay on a Node HTTP server', () => {
  const standIn = newStandIn();
  let running: NodeRelay;
  beforeAll(async () => {
    running = await startNodeRelay({ ...TEST_ENV, PORT: '0' }, { fetch: (input, init) => standIn.fetch(new Request(input, init)), log: () => {} });
  });
  afterAll(() => running.close());

  it('listens on loopback and sends what CleverTap posts', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${running.url}/clevertap/notifications/single`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Api-token': SECRET_A },
      body: JSON.stringify(singleProfile('u-node')),
    });
    expect(response.status).toBe(200);
    expect(standIn.sent.map((s) => s.targets)).toEqual([['u-node']]);
  });

  it('stops reading a streamed body (no Content-Length) once it passes the cap', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${running.url}/clevertap/notifications/multi`, { method: 'POST', headers: { 'Api-token': SECRET_A, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(1024 * 1024);
      // A little over the cap: the relay answers once it has seen too much.
      for (let sent = 0; sent <= TEST_BODY_CAP; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(status).toBe(400);
  });
});

describe('starting the relay without its configuration', () => {
  it('names every missing setting, never a value', async () => {
    const attempt = startNodeRelay({ SENDBIRD_API_TOKEN: 'secret-token-value' });
    await expect(attempt).rejects.toBeInstanceOf(ConfigProblem);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toMatch(/SENDBIRD_APP_ID is missing/);
    expect(message).toMatch(/RELAY_SECRETS is missing/);
    expect(message).not.toMatch(/SENDBIRD_API_TOKEN is missing/);
    expect(message).not.toContain('secret-token-value');
  });

  it('refuses secrets short enough to guess', async () => {
    await expect(startNodeRelay({ ...TEST_ENV, RELAY_SECRETS: 'short' })).rejects.toThrow(/at least 24 characters/);
  });

  function runCli(env: Record<string, string>, until: RegExp): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(TSX, [join(ROOT, 'relay', 'src', 'node.ts'), '--env-file', join(ROOT, 'relay', '.env.example')], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        if (until.test(out)) child.kill('SIGTERM');
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('close', (code) => resolve({ code, out }));
    });
  }

  it('`npm run relay` exits with a clear message when something required is missing', async () => {
    // .env.example leaves the App ID, token and secrets empty on purpose.
    const { code, out } = await runCli({}, /$^/);
    expect(code).toBe(1);
    expect(out).toMatch(/The relay cannot start:[\s\S]*SENDBIRD_APP_ID is missing[\s\S]*SENDBIRD_API_TOKEN is missing[\s\S]*RELAY_SECRETS is missing/);
  });

  it('`npm run relay` prints where it listens', async () => {
    const env = Object.fromEntries(Object.entries({ ...TEST_ENV, PORT: '0' }).filter((e): e is [string, string] => e[1] !== undefined));
    const { out } = await runCli(env, /listening on/);
    expect(out).toMatch(/relay: listening on http:\/\/127\.0\.0\.1:\d+/);
  });
});
