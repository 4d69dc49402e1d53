/**
 * The `settings` mirror in chrome.storage.local, which content scripts can write: a change made by
 * anyone but the background does not stand, and an install from before the credentials record is
 * migrated only when its settings pass Save's checks.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE } from '../shared/storage-keys';
import { createCredentialSource } from './credential-source';
import { createHandlers } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createMemorySecretStore } from './secret-store';
import { createSettingsMirror } from './settings-mirror';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const APP_ID = '6a3b0c2e-5f7d-4e1a-9b8c-0d1e2f3a4b5c';
const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SETTINGS_KEY = STORAGE.settings.key;
const popup: SenderInfo = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html`, origin: `chrome-extension://${EXT_ID}` };
const tab: SenderInfo = { id: EXT_ID, url: 'https://eu1.dashboard.clevertap.com/ACC/campaigns', tab: { id: 4 } };
const local = fakeBrowser.storage.local as unknown as Storage.StorageArea;

let secrets: ReturnType<typeof createMemorySecretStore>;
let managed: Record<string, unknown>;
let granted: Set<string>;
let fetchMock: ReturnType<typeof vi.fn>;

function deps() {
  return {
    local,
    session: fakeBrowser.storage.session as unknown as Storage.StorageArea,
    secrets,
    hasHostPermission: async (pattern: string) => granted.has(pattern),
    readManaged: async () => managed,
    openOptionsPage: async () => undefined,
    client: { fetch: fetchMock as unknown as typeof fetch, sleep: async () => undefined, isOnline: () => true },
  };
}

/** The background as index.ts wires it: the router, and the mirror on storage.onChanged. */
function background() {
  const mirror = createSettingsMirror(local, createCredentialSource(deps()));
  fakeBrowser.storage.onChanged.addListener((changes, area) => mirror.onStorageChanged(changes, area));
  return { route: createRouter(createHandlers(deps()), EXT_ID), mirror };
}

const mirrorNow = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

beforeEach(() => {
  fakeBrowser.reset();
  secrets = createMemorySecretStore();
  managed = {};
  granted = new Set();
  fetchMock = vi.fn(async () => new Response(JSON.stringify({ templates: [{ key: 'a', name: 'A' }], has_more: false })));
});

describe('settings changed from the content script’s world are refused', () => {
  it('a forged mirror is put back from the credentials at once', async () => {
    const { route } = background();
    const saved = await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    expect(saved).toMatchObject({ ok: true });
    const before = await mirrorNow();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { appId: 'x.attacker.example/#', apiBaseUrl: null, hasToken: true } });
    expect(await mirrorNow()).toEqual(before);
    await fakeBrowser.storage.local.remove(SETTINGS_KEY);
    expect(await mirrorNow()).toEqual(before);
  });

  it('after Forget, a forged mirror is removed again', async () => {
    const { route } = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    await route({ type: 'settings/forget' }, popup);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { appId: APP_ID, apiBaseUrl: null, hasToken: true, savedAt: 1 } });
    expect(await mirrorNow()).toBeUndefined();
    expect(await route({ type: 'templates/list' }, tab)).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
  });

  it('a policy App ID other than the saved one: the popup is told the extension is not set up', async () => {
    const { route, mirror } = background();
    await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, popup);
    managed = { appId: '11111111-2222-4333-8444-555555555555' };
    await mirror.onStorageChanged({ appId: { newValue: managed.appId } }, 'managed');
    expect(await mirrorNow()).toBeUndefined();
  });
});

describe('an install from before the credentials record', () => {
  const legacy = (settings: unknown) => {
    secrets = createMemorySecretStore({ legacyToken: TOKEN });
    return fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
  };

  it('is migrated when its settings pass Save’s checks, and the old token key is gone', async () => {
    await legacy({ appId: APP_ID, apiBaseUrl: null, hasToken: true, savedAt: 5 });
    expect(await background().route({ type: 'templates/list' }, tab)).toMatchObject({ ok: true, templates: [{ key: 'a' }] });
    expect(await secrets.getCredentials()).toMatchObject({ appId: APP_ID, apiBaseUrl: null, token: TOKEN, savedAt: 5 });
    expect(await secrets.getLegacyToken()).toBeNull();
    expect(new URL(String(fetchMock.mock.calls[0]?.[0])).origin).toBe(`https://api-${APP_ID}.notifications.sendbird.com`);
  });

  it.each([
    ['an App ID that is not one', { appId: 'x.attacker.example/#', apiBaseUrl: null, hasToken: true, savedAt: 5 }],
    ['an upper-case App ID Save never writes', { appId: APP_ID.toUpperCase(), apiBaseUrl: null, hasToken: true, savedAt: 5 }],
    ['an http override', { appId: APP_ID, apiBaseUrl: 'http://proxy.example', hasToken: true, savedAt: 5 }],
    ['an override without its host permission', { appId: APP_ID, apiBaseUrl: 'https://proxy.example', hasToken: true, savedAt: 5 }],
    ['an override with a query', { appId: APP_ID, apiBaseUrl: 'https://proxy.example/?x=1', hasToken: true, savedAt: 5 }],
  ])('is not set up when its settings hold %s, and sends nothing', async (_name, settings) => {
    await legacy(settings);
    expect(await background().route({ type: 'templates/list', refresh: true }, tab)).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await secrets.getCredentials()).toBeNull();
    // The old token is dropped, so settings written later cannot be migrated with it.
    expect(await secrets.getLegacyToken()).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { appId: APP_ID, apiBaseUrl: null, hasToken: true, savedAt: 6 } });
    expect(await background().route({ type: 'templates/list', refresh: true }, tab)).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the credentials record is validated on every read', () => {
  it.each([
    ['a forged App ID', { appId: 'x.attacker.example/#' }],
    ['an http override', { apiBaseUrl: 'http://proxy.example' }],
    ['a token with spaces', { token: 'a b' }],
    ['no generation', { generation: '' }],
  ])('a record with %s counts as not set up', async (_name, change) => {
    secrets = createMemorySecretStore({ record: { appId: APP_ID, apiBaseUrl: null, token: TOKEN, savedAt: 1, generation: 'g', ...change } });
    expect(await background().route({ type: 'templates/list', refresh: true }, tab)).toMatchObject({ ok: false, failure: { kind: 'not-configured' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
