import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { createHandlers, type BackgroundDeps } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createMemorySecretStore, type SecretStore } from './secret-store';
import { STORAGE } from '../shared/storage-keys';

const SETTINGS_KEY = STORAGE.settings.key;
const SETTINGS_DRAFT_KEY = STORAGE.settingsDraft.key;

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const APP_ID = '6a3b0c2e-5f7d-4e1a-9b8c-0d1e2f3a4b5c';
const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

const popup: SenderInfo = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html`, origin: `chrome-extension://${EXT_ID}` };
const clevertapTab: SenderInfo = { id: EXT_ID, url: 'https://eu1.dashboard.clevertap.com/ACC/campaigns', origin: 'https://eu1.dashboard.clevertap.com', tab: { id: 7 } };

function templatesResponse(keys: string[]) {
  return new Response(JSON.stringify({ templates: keys.map((key) => ({ key, name: key })), has_more: false }), { status: 200 });
}

let secrets: SecretStore;
let fetchMock: ReturnType<typeof vi.fn>;
let clock: number;

function deps(): BackgroundDeps {
  return {
    local: fakeBrowser.storage.local as unknown as Storage.StorageArea,
    session: fakeBrowser.storage.session as unknown as Storage.StorageArea,
    secrets,
    hasHostPermission: async () => false,
    openOptionsPage: async () => undefined,
    now: () => clock,
    client: { fetch: fetchMock as unknown as typeof fetch, sleep: async () => undefined, isOnline: () => true },
  };
}

/** A fresh background over the same storage, as after Chrome stops and restarts the worker. */
function background() {
  return createRouter(createHandlers(deps()), EXT_ID);
}

beforeEach(() => {
  fakeBrowser.reset();
  secrets = createMemorySecretStore();
  fetchMock = vi.fn(async () => templatesResponse(['a', 'b', 'c']));
  clock = 1_000_000;
});

async function saveSettings(route = background()) {
  return route({ type: 'settings/save', appId: `  ${APP_ID.toUpperCase()} `, token: ` ${TOKEN} ` }, popup);
}

describe('the saved token is bound to the API origin it was saved for', () => {
  it('Test connection with a new API base URL and an empty token field sends nothing and asks for the token', async () => {
    const route = background();
    await saveSettings(route);
    fetchMock.mockClear();
    expect(await route({ type: 'connection/test', appId: APP_ID, apiBaseUrl: 'https://collector.example' }, popup)).toEqual({
      ok: false,
      fieldErrors: { token: 'tokenRequired' },
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('Save with a new API base URL needs the token typed again', async () => {
    const route = background();
    await saveSettings(route);
    expect(await route({ type: 'settings/save', appId: APP_ID, apiBaseUrl: 'https://proxy.example.com' }, popup)).toEqual({
      ok: false,
      fieldErrors: { token: 'tokenRequired' },
    });
  });
});

describe('settings', () => {
  it('stores the App ID in local storage and the token only in the secret store', async () => {
    const answer = await saveSettings();
    expect(answer).toMatchObject({ ok: true, settings: { appId: APP_ID, hasToken: true, apiBaseUrl: null } });
    expect((await secrets.getCredentials())?.token).toBe(TOKEN);
    const local = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(local)).not.toContain(TOKEN);
    expect(local[SETTINGS_KEY]).toMatchObject({ appId: APP_ID });
  });

  it('rejects a malformed App ID or a token with spaces without storing anything', async () => {
    const answer = await background()({ type: 'settings/save', appId: 'my-app', token: 'has space' }, popup);
    expect(answer).toEqual({ ok: false, fieldErrors: { appId: 'appIdFormat', token: 'tokenSpaces' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await secrets.getCredentials()).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the saved token when the form leaves it empty, but asks again for a new App ID', async () => {
    await saveSettings();
    const route = background();
    expect(await route({ type: 'settings/save', appId: APP_ID }, popup)).toMatchObject({ ok: true });
    expect((await secrets.getCredentials())?.token).toBe(TOKEN);
    const otherApp = '11111111-2222-4333-8444-555555555555';
    expect(await route({ type: 'settings/save', appId: otherApp }, popup)).toEqual({ ok: false, fieldErrors: { token: 'tokenRequired' } });
  });

  it('forget removes the token, the settings, the cache and the draft', async () => {
    await saveSettings();
    const route = background();
    await route({ type: 'templates/list' }, clevertapTab);
    await fakeBrowser.storage.session.set({ [SETTINGS_DRAFT_KEY]: { token: 'x' } });
    expect(await route({ type: 'settings/forget' }, popup)).toEqual({ ok: true });
    expect(await secrets.getCredentials()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('connection test', () => {
  it('counts the templates a marketer can pick', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ templates: [{ key: 'a' }, { key: 'b', is_archived: true }, { key: 'c' }], has_more: false })),
    );
    const answer = await background()({ type: 'connection/test', appId: APP_ID, token: TOKEN }, popup);
    expect(answer).toEqual({ ok: true, count: 2, truncated: false });
  });

  it('says what Sendbird said when the token is rejected', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ error: true, code: 400401, message: 'Invalid' }), { status: 400 }));
    const answer = await background()({ type: 'connection/test', appId: APP_ID, token: 'wrong' }, popup);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'invalid-token', code: 400401 } });
  });

  it('asks for the host permission of an API base override before calling it', async () => {
    const answer = await background()({ type: 'connection/test', appId: APP_ID, token: TOKEN, apiBaseUrl: 'https://proxy.example.com' }, popup);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'host-permission-missing', host: 'proxy.example.com' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('template cache', () => {
  it('answers from cache at once and fetches again only when asked or stale', async () => {
    await saveSettings();
    const first = await background()({ type: 'templates/list' }, clevertapTab);
    expect(first).toMatchObject({ ok: true, stale: false, templates: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    // A restarted worker answers from storage without fetching.
    expect(await background()({ type: 'templates/list' }, clevertapTab)).toMatchObject({ ok: true, stale: false });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await background()({ type: 'templates/list', refresh: true }, clevertapTab);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    clock += 6 * 60 * 1000;
    expect(await background()({ type: 'templates/list' }, clevertapTab)).toMatchObject({ ok: true, stale: true });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
  });

  it('shares one fetch between requests that arrive together', async () => {
    await saveSettings();
    const route = background();
    await Promise.all([1, 2, 3].map(() => route({ type: 'templates/list', refresh: true }, clevertapTab)));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps the cached list usable when a refresh fails', async () => {
    await saveSettings();
    await background()({ type: 'templates/list' }, clevertapTab);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const answer = await background()({ type: 'templates/list', refresh: true }, clevertapTab);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'unreachable' }, cached: { templates: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] } });
  });

  it("explains Chrome's throttling after Sendbird's server errors instead of blaming the App ID", async () => {
    await saveSettings();
    fetchMock.mockImplementation(async () => new Response('{}', { status: 503 }));
    expect(await background()({ type: 'templates/list', refresh: true }, clevertapTab)).toMatchObject({ failure: { kind: 'server-error' } });
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    clock += 30_000;
    expect(await background()({ type: 'templates/list', refresh: true }, clevertapTab)).toMatchObject({ failure: { kind: 'throttled' } });
    clock += 3 * 60_000;
    expect(await background()({ type: 'templates/list', refresh: true }, clevertapTab)).toMatchObject({ failure: { kind: 'unreachable' } });
  });

  it('a cache or throttling stamp from the future (a clock set back) counts as stale', async () => {
    await saveSettings();
    await background()({ type: 'templates/list' }, clevertapTab);
    clock -= 60 * 60 * 1000;
    expect(await background()({ type: 'templates/list' }, clevertapTab)).toMatchObject({ ok: true, stale: true });

    fetchMock.mockImplementation(async () => new Response('{}', { status: 503 }));
    expect(await background()({ type: 'templates/list', refresh: true }, clevertapTab)).toMatchObject({ failure: { kind: 'server-error' } });
    clock -= 60 * 60 * 1000;
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await background()({ type: 'templates/list', refresh: true }, clevertapTab)).toMatchObject({ failure: { kind: 'unreachable' } });
  });

  it('new credentials invalidate the cache', async () => {
    await saveSettings();
    await background()({ type: 'templates/list' }, clevertapTab);
    await background()({ type: 'settings/save', appId: APP_ID, token: 'tok_new' }, popup);
    fetchMock.mockResolvedValueOnce(templatesResponse(['z']));
    expect(await background()({ type: 'templates/list' }, clevertapTab)).toMatchObject({ ok: true, templates: [{ key: 'z' }] });
  });

  it('says the extension is not set up yet', async () => {
    expect(await background()({ type: 'templates/list' }, clevertapTab)).toEqual({ ok: false, failure: { kind: 'not-configured' }, cached: null });
  });

  it('tells an archived or deleted template apart', async () => {
    await saveSettings();
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ key: 'old', is_archived: true })));
    expect(await background()({ type: 'templates/get', key: 'old' }, clevertapTab)).toEqual({ ok: true, template: null, status: 'archived' });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ error: true, code: 400201 }), { status: 404 }));
    expect(await background()({ type: 'templates/get', key: 'gone' }, clevertapTab)).toEqual({ ok: true, template: null, status: 'deleted' });
  });
});

describe('router', () => {
  it.each<[string, SenderInfo]>([
    ['another extension', { ...popup, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a page outside CleverTap', { id: EXT_ID, url: 'https://evil.example/clevertap', tab: { id: 3 } }],
    ['a look-alike host', { id: EXT_ID, url: 'https://eu1.dashboard.clevertap.com.evil.example/', tab: { id: 3 } }],
    ['plain http CleverTap', { id: EXT_ID, url: 'http://eu1.dashboard.clevertap.com/', tab: { id: 3 } }],
    ['a forged extension origin', { id: EXT_ID, url: `chrome-extension://${EXT_ID}/x.html`, origin: 'https://evil.example' }],
    ['no sender id', { url: `chrome-extension://${EXT_ID}/x.html` }],
  ])('refuses %s without side effects', async (_name, sender) => {
    const route = background();
    expect(await route({ type: 'settings/save', appId: APP_ID, token: TOKEN }, sender)).toEqual({ ok: false, refused: 'sender' });
    expect(await route({ type: 'templates/list', refresh: true }, sender)).toEqual({ ok: false, refused: 'sender' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses settings changes from CleverTap tabs', async () => {
    expect(await background()({ type: 'settings/save', appId: APP_ID, token: TOKEN }, clevertapTab)).toEqual({ ok: false, refused: 'audience' });
    expect(await background()({ type: 'connection/test', appId: APP_ID, token: TOKEN }, clevertapTab)).toEqual({ ok: false, refused: 'audience' });
    expect(await background()({ type: 'settings/forget' }, clevertapTab)).toEqual({ ok: false, refused: 'audience' });
  });

  it.each([null, 'x', { type: 'nope' }, { type: 'templates/list', refresh: 'yes' }, { type: 'templates/list', extra: 1 }, { type: 'templates/get', key: '' }, { type: 'settings/save', appId: 5 }])(
    'refuses a payload that fails its schema: %j',
    async (message) => {
      expect(await background()(message, popup)).toEqual({ ok: false, refused: 'schema' });
    },
  );

  it('never answers with the token, whatever is asked', async () => {
    const route = background();
    const answers: unknown[] = [];
    /** Each step's answer, and local storage (which content scripts can read) after it. */
    async function step(answer: Promise<unknown>) {
      answers.push(await answer);
      expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(TOKEN);
    }
    await step(saveSettings(route));
    // Settings are read from storage, never asked for: the message no longer exists.
    await step(route({ type: 'settings/get' }, popup));
    await step(route({ type: 'settings/get' }, clevertapTab));
    await step(route({ type: 'connection/test', appId: APP_ID }, popup));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(`templates:${APP_ID}`);
    await step(route({ type: 'templates/list' }, clevertapTab));
    await step(route({ type: 'templates/list', refresh: true }, popup));
    await step(route({ type: 'templates/get', key: 'a' }, clevertapTab));
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ error: true, code: 400401, message: `bad ${TOKEN}` }), { status: 400 }));
    await step(route({ type: 'templates/list', refresh: true }, clevertapTab));
    expect(answers).toHaveLength(8);
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(TOKEN);
    // The token did reach Sendbird: the absence above is not because nothing ran.
    expect(fetchMock.mock.calls.some(([, init]) => new Headers(init?.headers).get('Api-Token') === TOKEN)).toBe(true);
  });
});
