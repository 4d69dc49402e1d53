import { describe, expect, it, vi } from 'vitest';
import { createSendbirdClient, retryAfterSeconds } from './sendbird-client';
import { SendbirdFailure, type Failure } from '../shared/failures';

const APP_ID = '1F2E3D4C-0000-4000-8000-00000000ABCD';

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function template(key: string) {
  return { key, name: key.toUpperCase(), variable_schema: [{ key: 'v', name: 'V', type: 'string' }] };
}

function client(fetchImpl: typeof fetch, extra: Partial<Parameters<typeof createSendbirdClient>[0]> = {}) {
  const sleeps: number[] = [];
  const api = createSendbirdClient({
    appId: APP_ID,
    token: 'secret-token',
    apiBaseUrl: null,
    fetch: fetchImpl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { api, sleeps };
}

async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendbirdFailure);
  return (error as SendbirdFailure).failure;
}

describe('the token goes only where it was given', () => {
  it('refuses a redirect instead of following it with the token', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 302, headers: { location: 'https://collector.example/steal' } }));
    const { api } = client(fetchImpl as unknown as typeof fetch);
    expect(await failureOf(api.listTemplates())).toEqual({ kind: 'redirected', host: `api-${APP_ID.toLowerCase()}.notifications.sendbird.com` });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]?.[1]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });

  it('treats an opaque redirect (what fetch gives with redirect: manual) the same', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const { api } = client((async () => opaque) as unknown as typeof fetch);
    expect((await failureOf(api.listTemplates())).kind).toBe('redirected');
  });
});

describe('every token-bearing fetch is checked first', () => {
  it('refuses a forged App ID that would point the host elsewhere, before any fetch', async () => {
    const fetchImpl = vi.fn(async () => json({ templates: [], has_more: false }));
    const { api } = client(fetchImpl as unknown as typeof fetch, { appId: 'x.attacker.example/#' });
    expect(await failureOf(api.listTemplates())).toMatchObject({ kind: 'untrusted-origin', host: 'api-x.attacker.example' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('stops between pages and between retries once the credentials are no longer current', async () => {
    let current = true;
    const fetchImpl = vi.fn(async () => {
      current = false; // Save or Forget happens while this page is on its way
      return json({ templates: [template('a')], has_more: true, next: 'p2' });
    });
    const { api } = client(fetchImpl as unknown as typeof fetch, { stillCurrent: async () => current });
    expect(await failureOf(api.listTemplates())).toEqual({ kind: 'credentials-changed' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);

    current = true;
    const busy = vi.fn(async () => {
      current = false;
      return json({}, 503);
    });
    const retried = client(busy as unknown as typeof fetch, { stillCurrent: async () => current });
    expect(await failureOf(retried.api.listTemplates())).toEqual({ kind: 'credentials-changed' });
    expect(busy).toHaveBeenCalledTimes(1);
  });

  it('treats an answer whose final URL is another origin as a redirect', async () => {
    const moved = Object.defineProperty(json({ templates: [], has_more: false }), 'url', { value: 'https://collector.example/v3/notifications/templates' });
    const { api } = client((async () => moved) as unknown as typeof fetch);
    expect((await failureOf(api.listTemplates())).kind).toBe('redirected');
  });
});

describe('listTemplates', () => {
  it('follows the cursor through three pages and sends the token header to the app host', async () => {
    const pages: Record<string, unknown> = {
      '': { templates: [template('a'), template('b')], has_more: true, next: 'p2' },
      p2: { templates: [template('c')], has_more: true, next: 'p3' },
      p3: { templates: [template('d')], has_more: false, next: '' },
    };
    const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      expect(url.host).toBe('api-1f2e3d4c-0000-4000-8000-00000000abcd.notifications.sendbird.com');
      expect(url.pathname).toBe('/v3/notifications/templates');
      expect(url.searchParams.get('limit')).toBe('100');
      expect(new Headers(init?.headers).get('Api-Token')).toBe('secret-token');
      return json(pages[url.searchParams.get('token') ?? '']);
    });
    const { api } = client(fetchImpl as typeof fetch);
    const result = await api.listTemplates();
    expect(result.templates.map((t) => t.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.truncated).toBe(false);
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(json({ error: true, code: 500910, message: 'Too many' }, 429, { 'Retry-After': '2' }))
      .mockResolvedValueOnce(json({ templates: [template('a')], has_more: false }));
    const { api, sleeps } = client(fetchImpl);
    const result = await api.listTemplates();
    expect(result.templates).toHaveLength(1);
    expect(sleeps).toEqual([2000]);
  });

  it("honours Sendbird's X-RateLimit-RetryAfter header too", () => {
    expect(retryAfterSeconds(new Headers({ 'X-RateLimit-RetryAfter': '5' }))).toBe(5);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'Wed, 25 Nov 2026 00:00:10 GMT' }), Date.parse('2026-11-25T00:00:00Z'))).toBe(10);
    expect(retryAfterSeconds(new Headers())).toBeNull();
  });

  it('gives up on rate limiting when the wait is too long, saying how long', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(json({ error: true, code: 500910 }, 429, { 'Retry-After': '600' }));
    const { api, sleeps } = client(fetchImpl);
    expect(await failureOf(api.listTemplates())).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 600 });
    expect(sleeps).toEqual([]);
  });

  it('backs off on 5xx and stops after three tries', async () => {
    const fetchImpl = vi.fn().mockImplementation(async () => json({ error: true, code: 500901, message: 'oops' }, 503));
    const { api, sleeps } = client(fetchImpl);
    expect(await failureOf(api.listTemplates())).toMatchObject({ kind: 'server-error', status: 503, code: 500901 });
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('recovers when a 5xx is followed by success', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(new Response('bad gateway', { status: 502 }))
      .mockResolvedValueOnce(json({ templates: [template('a')], has_more: false }));
    const { api } = client(fetchImpl);
    expect((await api.listTemplates()).templates).toHaveLength(1);
  });

  it('times out a request that does not answer', async () => {
    const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const { api } = client(hanging as typeof fetch, { timeoutMs: 20 });
    expect(await failureOf(api.listTemplates())).toMatchObject({ kind: 'timeout' });
  });

  it('reports malformed JSON and a body without a template list', async () => {
    const broken = vi.fn().mockResolvedValue(new Response('{"templates": [', { status: 200 }));
    expect(await failureOf(client(broken).api.listTemplates())).toMatchObject({ kind: 'malformed-response' });
    const wrongShape = vi.fn().mockResolvedValue(json({ items: [] }));
    expect(await failureOf(client(wrongShape).api.listTemplates())).toMatchObject({ kind: 'malformed-response' });
  });

  it('stops at the page bound when has_more stays true forever', async () => {
    let n = 0;
    const fetchImpl = vi.fn(async () => json({ templates: [template(`t${n}`)], has_more: true, next: `c${++n}` }));
    const { api } = client(fetchImpl as typeof fetch, { maxPages: 5 });
    const result = await api.listTemplates();
    expect(fetchImpl).toHaveBeenCalledTimes(5);
    expect(result.truncated).toBe(true);
    expect(result.templates).toHaveLength(5);
  });

  it('stops when Sendbird repeats a cursor', async () => {
    const fetchImpl = vi.fn(async () => json({ templates: [template('a')], has_more: true, next: 'same' }));
    const { api } = client(fetchImpl as typeof fetch);
    await api.listTemplates();
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it.each([
    [json({ error: true, code: 400401, message: 'Invalid value: "Api-Token".' }, 400), { kind: 'invalid-token', code: 400401 }],
    [json({ error: true, code: 403100, message: 'denied' }, 403), { kind: 'permission-denied', code: 403100 }],
    [json({ error: true, code: 403101, message: 'not activated' }, 400), { kind: 'not-activated', code: 403101 }],
    [json({ error: true, code: 400201, message: 'not found' }, 404), { kind: 'unknown-app', status: 404 }],
    [json({ error: true, code: 400111 }, 400), { kind: 'http-error', status: 400, code: 400111 }],
  ])('maps Sendbird errors to typed failures (%#)', async (response, expected) => {
    const { api } = client(vi.fn().mockResolvedValue(response));
    expect(await failureOf(api.listTemplates())).toMatchObject(expected);
  });

  it('tells offline apart from a host that does not answer', async () => {
    const refused = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await failureOf(client(refused, { isOnline: () => true }).api.listTemplates())).toMatchObject({
      kind: 'unreachable',
      host: 'api-1f2e3d4c-0000-4000-8000-00000000abcd.notifications.sendbird.com',
    });
    expect(await failureOf(client(refused, { isOnline: () => false }).api.listTemplates())).toMatchObject({ kind: 'offline' });
  });

  it('uses the API base override when one is set', async () => {
    const fetchImpl = vi.fn(async (_input: RequestInfo | URL) => json({ templates: [], has_more: false }));
    const { api } = client(fetchImpl as typeof fetch, { apiBaseUrl: 'https://proxy.example.com/sendbird' });
    await api.listTemplates();
    expect(String(fetchImpl.mock.calls[0]?.[0])).toBe('https://proxy.example.com/sendbird/v3/notifications/templates?limit=100');
  });
});

describe('getTemplate', () => {
  it('returns one template, says archived, and maps 404 to template-not-found', async () => {
    const ok = vi.fn().mockResolvedValue(json(template('a')));
    expect(await client(ok).api.getTemplate('a')).toMatchObject({ key: 'a' });
    const archived = vi.fn().mockResolvedValue(json({ ...template('a'), is_archived: true }));
    expect(await client(archived).api.getTemplate('a')).toBe('archived');
    const gone = vi.fn().mockResolvedValue(json({ error: true, code: 400201 }, 404));
    expect(await failureOf(client(gone).api.getTemplate('a'))).toMatchObject({ kind: 'template-not-found' });
  });
});
