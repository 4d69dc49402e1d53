/**
 * Issue #17, background side: where the token may go, and what happens when credentials change
 * while a request is under way. Everything here goes through the router, as a message would.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE } from '../shared/storage-keys';
import { createHandlers, type BackgroundDeps } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createMemorySecretStore, type SecretStore } from './secret-store';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const APP_ID = '6a3b0c2e-5f7d-4e1a-9b8c-0d1e2f3a4b5c';
const OTHER_APP_ID = '11111111-2222-4333-8444-555555555555';
const APP_ORIGIN = `https://api-${APP_ID}.notifications.sendbird.com`;
const TOKEN = 'tok_old_9f8e7d6c5b4a3928';
const NEW_TOKEN = 'tok_new_0a1b2c3d4e5f6071';
const PROXY_A = 'https://proxy-a.example';
const PROXY_B = 'https://proxy-b.example';

const popup: SenderInfo = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html`, origin: `chrome-extension://${EXT_ID}` };
const tab = (id: number): SenderInfo => ({ id: EXT_ID, url: 'https://eu1.dashboard.clevertap.com/ACC/campaigns', origin: 'https://eu1.dashboard.clevertap.com', tab: { id } });

interface SentRequest {
  origin: string;
  token: string | null;
}

let secrets: SecretStore;
let sent: SentRequest[];
let fetchMock: ReturnType<typeof vi.fn>;
let granted: Set<string>;
let removedPermissions: string[];
let managed: Record<string, unknown>;
let clock: number;

function listAnswer(keys: string[]) {
  return new Response(JSON.stringify({ templates: keys.map((key) => ({ key, name: key })), has_more: false }), { status: 200 });
}

function deps(): BackgroundDeps {
  return {
    local: fakeBrowser.storage.local as unknown as Storage.StorageArea,
    session: fakeBrowser.storage.session as unknown as Storage.StorageArea,
    secrets,
    hasHostPermission: async (pattern) => granted.has(pattern),
    removeHostPermission: async (pattern) => {
      removedPermissions.push(pattern);
      granted.delete(pattern);
    },
    readManaged: async () => managed,
    openOptionsPage: async () => undefined,
    now: () => clock,
    client: { fetch: fetchMock as unknown as typeof fetch, sleep: async () => undefined, isOnline: () => true },
  };
}

const background = () => createRouter(createHandlers(deps()), EXT_ID);

/** Lets `n` turns of the microtask queue pass: a deterministic point inside another request. */
async function ticks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

function reset() {
  fakeBrowser.reset();
  secrets = createMemorySecretStore();
  sent = [];
  granted = new Set([PROXY_A + '/*', PROXY_B + '/*']);
  removedPermissions = [];
  managed = {};
  clock = 1_000_000;
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    sent.push({ origin: new URL(url).origin, token: new Headers(init?.headers).get('Api-Token') });
    return listAnswer(['a', 'b']);
  });
}

beforeEach(reset);

const templateKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter(STORAGE.templates.owns);

describe('item 2: settings in chrome.storage.local are not trusted when read back', () => {
  it.each([
    ['a host outside Sendbird through the App ID', { appId: 'x.attacker.example/#', apiBaseUrl: null, hasToken: true }],
    ["another app's Sendbird host through the App ID", { appId: OTHER_APP_ID, apiBaseUrl: null, hasToken: true, savedAt: 1 }],
    ['a Sendbird-looking override that needs no permission', { appId: APP_ID, apiBaseUrl: 'https://api-evil.notifications.sendbird.com', hasToken: true, savedAt: 1 }],
  ])('settings written from the content script’s world (%s) never steer the token', async (_name, forged) => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await fakeBrowser.storage.local.set({ [STORAGE.settings.key]: forged });
    await route({ type: 'templates/list', refresh: true }, tab(7));
    await background()({ type: 'templates/get', key: 'a' }, tab(7));
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) expect(request).toEqual({ origin: APP_ORIGIN, token: TOKEN });
  });
});

describe('item 3: credentials changing while a request is under way', () => {
  it('(a) Save with a new token and a new override never sends the new token to the old origin, at any point of the race', async () => {
    const outcomes = new Set<string>();
    for (let k = 0; k < 120; k++) {
      reset();
      const route = background();
      await route({ type: 'settings/save', appId: APP_ID, token: TOKEN, apiBaseUrl: PROXY_A }, popup);
      const saving = route({ type: 'settings/save', appId: APP_ID, token: NEW_TOKEN, apiBaseUrl: PROXY_B }, popup);
      await ticks(k);
      await Promise.all([saving, route({ type: 'templates/list', refresh: true }, tab(7))]);
      for (const request of sent) {
        expect([{ origin: PROXY_A, token: TOKEN }, { origin: PROXY_B, token: NEW_TOKEN }], `interleaving ${k}`).toContainEqual(request);
      }
      outcomes.add(JSON.stringify(sent));
    }
    // The sweep spans the whole race: from a list that began before Save to one that began after it.
    expect(outcomes).toContain(JSON.stringify([{ origin: PROXY_B, token: NEW_TOKEN }]));
  });

  it('(b) Forget during templates/list: no fetch after Forget answered, and no templates written again', async () => {
    const fetched = new Set<number>();
    for (let k = 0; k < 120; k++) {
      reset();
      const route = background();
      await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
      let forgotten = false;
      let fetchesAfterForget = 0;
      fetchMock.mockImplementation(async () => {
        if (forgotten) fetchesAfterForget++;
        return listAnswer(['a']);
      });
      const listing = route({ type: 'templates/list', refresh: true }, tab(7));
      await ticks(k);
      await route({ type: 'settings/forget' }, popup);
      forgotten = true;
      await listing;
      expect(fetchesAfterForget, `interleaving ${k}`).toBe(0);
      expect(await templateKeys(), `interleaving ${k}`).toEqual([]);
      fetched.add(fetchMock.mock.calls.length);
    }
    // Not vacuous: in some interleavings the list fetched before Forget, in others it never did.
    expect([...fetched].sort()).toEqual([0, 1]);
  });

  it('(c) Forget while Test connection is in flight leaves no cache of the forgotten credentials', async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    let release: () => void = () => undefined;
    const fetchStarted = new Promise<void>((started) => {
      fetchMock.mockImplementation(() => {
        started();
        return new Promise<Response>((resolve) => (release = () => resolve(listAnswer(['old']))));
      });
    });
    const testing = route({ type: 'connection/test', appId: APP_ID }, popup);
    await fetchStarted;
    await route({ type: 'settings/forget' }, popup);
    release();
    await testing;
    expect(await templateKeys()).toEqual([]);
  });

  it('a list under way when Forget comes answers that the settings changed, without the forgotten list', async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await route({ type: 'templates/list' }, tab(7));
    let release: () => void = () => undefined;
    const fetchStarted = new Promise<void>((started) => {
      fetchMock.mockImplementation(() => {
        started();
        return new Promise<Response>((resolve) => (release = () => resolve(listAnswer(['old']))));
      });
    });
    const listing = route({ type: 'templates/list', refresh: true }, tab(8));
    await fetchStarted;
    await route({ type: 'settings/forget' }, popup);
    release();
    expect(await listing).toEqual({ ok: false, failure: { kind: 'credentials-changed' }, cached: null });
    expect(await templateKeys()).toEqual([]);
  });
});

describe('item 9: the smaller ones', () => {
  it('a policy App ID changed after Save: the saved token does not go on, the extension is not set up for it', async () => {
    managed = { appId: APP_ID };
    await background()({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    managed = { appId: OTHER_APP_ID };
    expect(await background()({ type: 'templates/list', refresh: true }, tab(7))).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    expect(await background()({ type: 'templates/get', key: 'a' }, tab(7))).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    expect(sent).toEqual([]);
  });

  it('Refresh templates in a loop from one tab fetches at most once per window; other tabs and the popup are not held back', async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await route({ type: 'templates/list' }, tab(7));
    expect(sent).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      expect(await route({ type: 'templates/list', refresh: true }, tab(7))).toMatchObject({ ok: true, templates: [{ key: 'a' }, { key: 'b' }] });
    }
    expect(sent).toHaveLength(2);
    await route({ type: 'templates/list', refresh: true }, tab(8));
    expect(sent).toHaveLength(3);
    await route({ type: 'templates/list', refresh: true }, popup);
    expect(sent).toHaveLength(4);
    clock += 10_001;
    await route({ type: 'templates/list', refresh: true }, tab(7));
    expect(sent).toHaveLength(5);
  });

  it('new credentials are not held back by a refresh counted under the old ones', async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await route({ type: 'templates/list', refresh: true }, tab(7));
    await route({ type: 'templates/list', refresh: true }, tab(7));
    expect(sent).toHaveLength(1);
    await route({ type: 'settings/forget' }, popup);
    await route({ type: 'settings/save', appId: APP_ID, token: NEW_TOKEN }, popup);
    await route({ type: 'templates/list' }, tab(7)); // the panel's first read fills the cache
    await route({ type: 'templates/list', refresh: true }, tab(7)); // within the old window, and asks Sendbird
    expect(sent.map((request) => request.token)).toEqual([TOKEN, NEW_TOKEN, NEW_TOKEN]);
    // Under the new credentials the window holds again.
    await route({ type: 'templates/list', refresh: true }, tab(7));
    expect(sent).toHaveLength(3);
  });

  it('the host permission granted for an override is removed when the override changes and on Forget', async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN, apiBaseUrl: PROXY_A }, popup);
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN, apiBaseUrl: PROXY_A + '/v2' }, popup);
    expect(removedPermissions).toEqual([]); // same origin: still needed
    await route({ type: 'settings/save', appId: APP_ID, token: NEW_TOKEN, apiBaseUrl: PROXY_B }, popup);
    expect(removedPermissions).toEqual([PROXY_A + '/*']);
    await route({ type: 'settings/forget' }, popup);
    expect(removedPermissions).toEqual([PROXY_A + '/*', PROXY_B + '/*']);
  });

  it("Sendbird's own host permission is never removed", async () => {
    const route = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN, apiBaseUrl: 'https://api-eu.notifications.sendbird.com' }, popup);
    await route({ type: 'settings/forget' }, popup);
    expect(removedPermissions).toEqual([]);
  });
});
