/**
 * What the background does for each request. Everything that matters is read from storage on every
 * call, so a service worker that Chrome stopped and started again answers exactly as before.
 */
import type { Storage } from 'webextension-polyfill';
import { SendbirdFailure, type Failure } from '../shared/failures';
import type { RequestOf, RequestType, ResponseOf } from '../shared/messages';
import {
  checkCredentials,
  isStoredSettings,
  keepsSavedToken,
  managedAppIdOf,
  needsHostPermission,
  originPattern,
  type CheckedCredentials,
  type StoredSettings,
} from '../shared/settings';
import { STORAGE } from '../shared/storage-keys';
import { createSendbirdClient, type SendbirdClientOptions } from './sendbird-client';
import type { SecretStore } from './secret-store';
import { createTemplateCache } from './template-cache';

export interface BackgroundDeps {
  local: Storage.StorageArea;
  session: Storage.StorageArea;
  secrets: SecretStore;
  hasHostPermission: (originPattern: string) => Promise<boolean>;
  /** chrome.storage.managed: what Chrome policy sets for this extension (an App ID at most). */
  readManaged?: () => Promise<Record<string, unknown>>;
  openOptionsPage: () => Promise<void>;
  now?: () => number;
  /** Test knobs for the Sendbird client (fetch, sleep, timeouts). */
  client?: Partial<SendbirdClientOptions>;
}

export type Handlers = { [T in RequestType]: (request: RequestOf<T>) => Promise<ResponseOf<T>> };

function failureOf(error: unknown): Failure {
  if (error instanceof SendbirdFailure) return error.failure;
  throw error;
}

/** How long after Sendbird's server errors Chrome may still be throttling our requests. */
const THROTTLE_WINDOW_MS = 2 * 60 * 1000;
const TROUBLE_KEY = STORAGE.sendbirdTroubleAt.key;
const SETTINGS_KEY = STORAGE.settings.key;
const SETTINGS_DRAFT_KEY = STORAGE.settingsDraft.key;

export function createHandlers(deps: BackgroundDeps): Handlers {
  const now = deps.now ?? Date.now;
  const cache = createTemplateCache(deps.local, now);

  async function readSettings(): Promise<StoredSettings | null> {
    const value = (await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    return isStoredSettings(value) ? value : null;
  }

  /** Fails early, with a message an admin can act on, when an override host was never granted. */
  async function ensureHostPermission(apiBaseUrl: string | null): Promise<void> {
    if (!apiBaseUrl || !needsHostPermission(apiBaseUrl)) return;
    if (!(await deps.hasHostPermission(originPattern(apiBaseUrl)))) {
      throw new SendbirdFailure({ kind: 'host-permission-missing', host: new URL(apiBaseUrl).host });
    }
  }

  /**
   * After a streak of 5xx answers Chrome refuses an extension's requests for a while, and fetch
   * reports that as an ordinary network error. Say what is really going on instead of blaming the
   * App ID. The time of the last trouble is kept in session storage, so a restarted worker knows it.
   */
  async function explainThrottling<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof SendbirdFailure)) throw error;
      const { kind } = error.failure;
      if (kind === 'server-error' || kind === 'rate-limited') {
        await deps.session.set({ [TROUBLE_KEY]: now() });
      } else if (kind === 'unreachable') {
        const at = (await deps.session.get(TROUBLE_KEY))[TROUBLE_KEY];
        // A stamp from the future (a clock set back) says nothing about now.
        if (typeof at === 'number' && at <= now() && now() - at < THROTTLE_WINDOW_MS) throw new SendbirdFailure({ kind: 'throttled' });
      }
      throw error;
    }
  }

  async function listWith(credentials: { appId: string; token: string; apiBaseUrl: string | null }) {
    await ensureHostPermission(credentials.apiBaseUrl);
    return explainThrottling(() => createSendbirdClient({ ...deps.client, ...credentials }).listTemplates());
  }

  /** The saved credentials with the token, or null when the extension is not set up. */
  async function savedCredentials(): Promise<{ settings: StoredSettings; token: string } | null> {
    const settings = await readSettings();
    const token = settings?.hasToken ? await deps.secrets.getToken() : null;
    return settings && token ? { settings, token } : null;
  }

  /**
   * A token typed in the form, or the saved one when the form leaves it empty for the same app and
   * the same API origin (the saved token never goes to another origin).
   */
  async function tokenFor(request: { appId: string; apiBaseUrl: string }, checked: CheckedCredentials, saved: StoredSettings | null): Promise<string | null> {
    if (checked.token) return checked.token;
    return keepsSavedToken(saved, request) ? deps.secrets.getToken() : null;
  }

  return {
    async 'settings/save'(request) {
      // An App ID set by policy wins over whatever the form sent.
      const managedAppId = managedAppIdOf((await deps.readManaged?.()) ?? {});
      if (managedAppId) request = { ...request, appId: managedAppId };
      const saved = await readSettings();
      const checked = checkCredentials(request, keepsSavedToken(saved, request));
      if (!checked.ok) return { ok: false, fieldErrors: checked.errors };
      const { appId, token, apiBaseUrl } = checked.value;
      if (token) await deps.secrets.setToken(token);
      const settings: StoredSettings = { appId, apiBaseUrl, hasToken: true, savedAt: now() };
      const changed = !saved || saved.appId !== appId || saved.apiBaseUrl !== apiBaseUrl || Boolean(token);
      if (changed) await cache.clearAll();
      await deps.local.set({ [SETTINGS_KEY]: settings });
      await deps.session.remove(SETTINGS_DRAFT_KEY);
      return { ok: true, settings };
    },

    async 'settings/forget'() {
      await deps.secrets.clear();
      await cache.clearAll();
      await deps.local.remove(SETTINGS_KEY);
      await deps.session.remove(SETTINGS_DRAFT_KEY);
      return { ok: true };
    },

    async 'connection/test'(request) {
      const saved = await readSettings();
      const checked = checkCredentials(request, keepsSavedToken(saved, request));
      if (!checked.ok) return { ok: false, fieldErrors: checked.errors };
      const token = await tokenFor(request, checked.value, saved);
      if (!token) return { ok: false, fieldErrors: { token: 'tokenRequired' } };
      const credentials = { ...checked.value, token };
      try {
        const list = await listWith(credentials);
        // Testing the saved settings also warms the cache the CleverTap panel reads from.
        if (saved && saved.appId === credentials.appId && saved.apiBaseUrl === credentials.apiBaseUrl && !checked.value.token) {
          await cache.write(credentials, list);
        }
        return { ok: true, count: list.templates.length, truncated: list.truncated };
      } catch (error) {
        return { ok: false, failure: failureOf(error) };
      }
    },

    async 'templates/list'(request) {
      const saved = await savedCredentials();
      if (!saved) return { ok: false, failure: { kind: 'not-configured' }, cached: null };
      const identity = { appId: saved.settings.appId, apiBaseUrl: saved.settings.apiBaseUrl };
      const cached = await cache.read(identity);
      const fetchFresh = () => cache.refresh(identity, () => listWith({ ...identity, token: saved.token }));
      if (cached && !request.refresh) {
        // Answer at once; a stale list is refreshed behind the answer for the next caller.
        // The next caller sees this refresh's failure; here it is logged by kind only.
        if (cached.stale) fetchFresh().catch((error: unknown) => console.warn('Sendbird extension: background refresh failed', error instanceof SendbirdFailure ? error.failure.kind : 'internal'));
        return { ok: true, ...cached };
      }
      try {
        return { ok: true, ...(await fetchFresh()) };
      } catch (error) {
        return { ok: false, failure: failureOf(error), cached };
      }
    },

    async 'templates/get'(request) {
      const saved = await savedCredentials();
      if (!saved) return { ok: false, failure: { kind: 'not-configured' } };
      const { appId, apiBaseUrl } = saved.settings;
      try {
        await ensureHostPermission(apiBaseUrl);
        const client = createSendbirdClient({ ...deps.client, appId, apiBaseUrl, token: saved.token });
        const result = await explainThrottling(() => client.getTemplate(request.key));
        return result === 'archived'
          ? { ok: true, template: null, status: 'archived' }
          : { ok: true, template: result, status: 'ok' };
      } catch (error) {
        const failure = failureOf(error);
        if (failure.kind === 'template-not-found') return { ok: true, template: null, status: 'deleted' };
        return { ok: false, failure };
      }
    },

    async 'options/open'() {
      await deps.openOptionsPage();
      return { ok: true };
    },
  };
}
