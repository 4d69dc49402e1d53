/**
 * Hostile or huge answers are bounded, a list too large for storage still serves the marketer, and
 * credentials changed during a refresh leave no stale templates behind.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../shared/messages';
import { getTemplateUrl, isSafeTemplateKey } from '../shared/sendbird-routes';
import { STORAGE } from '../shared/storage-keys';
import { normalizeTemplates } from '../shared/template-model';
import { createHandlers, type BackgroundDeps } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createMemorySecretStore } from './secret-store';
import { MAX_RESPONSE_BYTES, createSendbirdClient } from './sendbird-client';

const APP_ID = '1f2e3d4c-0000-4000-8000-00000000abcd';
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const popup: SenderInfo = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html`, origin: `chrome-extension://${EXT_ID}` };
const clevertapTab: SenderInfo = { id: EXT_ID, url: 'https://eu1.dashboard.clevertap.com/ACC/campaigns', tab: { id: 3 } };

/** A stream that never ends: a server sending without end. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(32);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

function clientWith(fetchImpl: (url: string) => Promise<Response>) {
  return createSendbirdClient({ appId: APP_ID, token: 't', apiBaseUrl: null, fetch: fetchImpl as unknown as typeof fetch, sleep: async () => undefined, maxTries: 1 });
}

describe('answers are read no further than a cap', () => {
  it('stops reading an endless answer and says it was too large', async () => {
    const client = clientWith(async () => new Response(endless(), { status: 200 }));
    await expect(client.listTemplates()).rejects.toMatchObject({ failure: { kind: 'too-large' } });
  });

  it('refuses an answer that declares a length over the cap without reading it', async () => {
    const client = clientWith(async () => new Response(endless(), { status: 200, headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) } }));
    await expect(client.listTemplates()).rejects.toMatchObject({ failure: { kind: 'too-large' } });
  });

  it('does not read a 64 MB body of a 503 it will retry', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 64 * chunk.byteLength) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const answers = [new Response(huge, { status: 503 }), new Response(JSON.stringify({ templates: [], has_more: false }), { status: 200 })];
    const client = createSendbirdClient({ appId: APP_ID, token: 't', apiBaseUrl: null, fetch: (async () => answers.shift()) as unknown as typeof fetch, sleep: async () => undefined, maxTries: 2 });
    await expect(client.listTemplates()).resolves.toEqual({ templates: [], truncated: false });
    expect(pulled).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
  });

  it('takes a page of 300,000 entries without spreading it into a call', async () => {
    const body = JSON.stringify({ templates: new Array(300_000).fill(0), has_more: false });
    const client = clientWith(async () => new Response(body, { status: 200 }));
    await expect(client.listTemplates()).resolves.toEqual({ templates: [], truncated: false });
  });
});

describe('template keys never change the route they are sent to', () => {
  it.each(['.', '..', '../admin', 'a/b', 'a\\\\b', 'x'.repeat(201)])('refuses %j before it reaches a URL', (key) => {
    expect(isSafeTemplateKey(key)).toBe(false);
    expect(() => getTemplateUrl('https://api-x.notifications.sendbird.com', key)).toThrow();
    expect(parseRequest({ type: 'templates/get', key })).toEqual({ ok: false });
    expect(normalizeTemplates([{ key, name: 'n' }])).toEqual([]);
  });

  it('keeps keys with dots inside', () => {
    expect(isSafeTemplateKey('order.shipped.v2')).toBe(true);
    expect(getTemplateUrl('https://h', 'order.shipped.v2')).toBe('https://h/v3/notifications/templates/order.shipped.v2');
  });
});

/** A big template: long texts in several channels, as a real one with rich content may be. */
function bigTemplate(i: number) {
  const text = `Body ${i} `.repeat(60);
  return { key: `t_${i}`, name: `Template ${i}`, channels: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ key: `c${n}`, type: 'push', content: { title: text, body: text } })) };
}

describe('the template cache in chrome.storage.local', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let quotaBytes: number;

  function deps(): BackgroundDeps {
    const local = fakeBrowser.storage.local as unknown as Storage.StorageArea;
    // chrome.storage.local refuses writes over its quota (10 MB without unlimitedStorage).
    const quotaLocal = {
      ...local,
      get: local.get.bind(local),
      remove: local.remove.bind(local),
      set: async (items: Record<string, unknown>) => {
        if (JSON.stringify(items).length > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
        return local.set(items);
      },
    } as Storage.StorageArea;
    return {
      local: quotaLocal,
      session: fakeBrowser.storage.session as unknown as Storage.StorageArea,
      secrets: createMemorySecretStore(),
      hasHostPermission: async () => false,
      openOptionsPage: async () => undefined,
      client: { fetch: fetchMock as unknown as typeof fetch, sleep: async () => undefined, isOnline: () => true },
    };
  }

  beforeEach(() => {
    fakeBrowser.reset();
    quotaBytes = 10 * 1024 * 1024;
    fetchMock = vi.fn();
  });

  it('serves a 20-page list of large templates that does not fit, and says it was not kept', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      const page = Number(new URL(url).searchParams.get('token') ?? 0);
      const templates = Array.from({ length: 100 }, (_, i) => bigTemplate(page * 100 + i));
      return new Response(JSON.stringify({ templates, has_more: page < 19, next: String(page + 1) }), { status: 200 });
    });
    const route = createRouter(createHandlers(deps()), EXT_ID);
    await route({ type: 'settings/save', appId: APP_ID, token: 'tok' }, popup);
    const answer = (await route({ type: 'templates/list' }, clevertapTab)) as { ok: boolean; templates: unknown[]; notCached?: boolean };
    expect(fetchMock).toHaveBeenCalledTimes(20);
    expect(answer).toMatchObject({ ok: true, notCached: true, truncated: false });
    expect(answer.templates).toHaveLength(2000);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain(STORAGE.templates.key(APP_ID));
  });

  it('Forget credentials during a refresh leaves no templates behind', async () => {
    let release: (response: Response) => void = () => undefined;
    fetchMock.mockImplementation(() => new Promise<Response>((resolve) => (release = resolve)));
    const route = createRouter(createHandlers(deps()), EXT_ID);
    await route({ type: 'settings/save', appId: APP_ID, token: 'tok' }, popup);
    const listing = route({ type: 'templates/list' }, clevertapTab);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await route({ type: 'settings/forget' }, popup);
    release(new Response(JSON.stringify({ templates: [{ key: 'old', name: 'Old' }], has_more: false }), { status: 200 }));
    await listing;
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter(STORAGE.templates.owns)).toEqual([]);
  });

  it('Save with new credentials during a refresh leaves none of the old list behind', async () => {
    let release: (response: Response) => void = () => undefined;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (release = resolve)));
    const route = createRouter(createHandlers(deps()), EXT_ID);
    await route({ type: 'settings/save', appId: APP_ID, token: 'tok' }, popup);
    const listing = route({ type: 'templates/list' }, clevertapTab);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await route({ type: 'settings/save', appId: APP_ID, token: 'another-token' }, popup);
    release(new Response(JSON.stringify({ templates: [{ key: 'old', name: 'Old' }], has_more: false }), { status: 200 }));
    await listing;
    expect(await fakeBrowser.storage.local.get(STORAGE.templates.key(APP_ID))).toEqual({});
  });
});
