/**
 * What the background does for each request. Everything that matters is read from storage on every
 * call, so a service worker that Chrome stopped and started again answers exactly as before.
 *
 * Credentials come from one record in the extension's IndexedDB, read once at the start of a
 * request (one generation) and checked again before every fetch and every cache write: a Save or
 * Forget in between stops the request instead of letting it use, or cache, what is gone.
 */
import type { Storage } from 'webextension-polyfill';
import { SendbirdFailure, type Failure } from '../shared/failures';
import type { RequestOf, RequestType, ResponseOf } from '../shared/messages';
import { checkCredentials, keepsSavedToken, needsHostPermission, originPattern } from '../shared/settings';
import { STORAGE } from '../shared/storage-keys';
import { createCredentialSource } from './credential-source';
import { newGeneration, sameCredentials, settingsMirrorOf, type CredentialRecord } from './credentials';
import { createRefreshThrottle } from './refresh-throttle';
import { createSendbirdClient, type SendbirdClientOptions } from './sendbird-client';
import type { SecretStore } from './secret-store';
import { createTemplateCache } from './template-cache';

export interface BackgroundDeps {
  local: Storage.StorageArea;
  session: Storage.StorageArea;
  secrets: SecretStore;
  hasHostPermission: (originPattern: string) => Promise<boolean>;
  /** chrome.permissions.remove for one optional origin, once no saved override needs it. */
  removeHostPermission?: (originPattern: string) => Promise<unknown>;
  /** chrome.storage.managed: what Chrome policy sets for this extension (an App ID at most). */
  readManaged?: () => Promise<Record<string, unknown>>;
  openOptionsPage: () => Promise<void>;
  now?: () => number;
  /** Test knobs for the Sendbird client (fetch, sleep, timeouts). */
  client?: Partial<SendbirdClientOptions>;
}

/** Who asked, as far as a handler needs to know: the tab of a content script, none for extension pages. */
export interface RequestContext {
  tabId?: number;
}

export type Handlers = { [T in RequestType]: (request: RequestOf<T>, context?: RequestContext) => Promise<ResponseOf<T>> };

function failureOf(error: unknown): Failure {
  if (error instanceof SendbirdFailure) return error.failure;
  throw error;
}

/** How long after Sendbird's server errors Chrome may still be throttling our requests. */
const THROTTLE_WINDOW_MS = 2 * 60 * 1000;
const TROUBLE_KEY = STORAGE.sendbirdTroubleAt.key;
const SETTINGS_KEY = STORAGE.settings.key;
const SETTINGS_DRAFT_KEY = STORAGE.settingsDraft.key;

/** The optional host permission an override needed, or null (none, or one of Sendbird's own hosts). */
function optionalOriginOf(apiBaseUrl: string | null): string | null {
  return apiBaseUrl && needsHostPermission(apiBaseUrl) ? originPattern(apiBaseUrl) : null;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const now = deps.now ?? Date.now;
  const cache = createTemplateCache(deps.local, now);
  const source = createCredentialSource(deps);
  const refreshes = createRefreshThrottle(now);

  /** Fails early, with a message an admin can act on, when an override host was never granted. */
  async function ensureHostPermission(apiBaseUrl: string | null): Promise<void> {
    const pattern = optionalOriginOf(apiBaseUrl);
    if (pattern && !(await deps.hasHostPermission(pattern))) {
      throw new SendbirdFailure({ kind: 'host-permission-missing', host: new URL(pattern.slice(0, -2)).host });
    }
  }

  /** Gives up an override's host permission once no saved credentials use that origin. */
  async function releaseHostPermission(before: string | null, after: string | null): Promise<void> {
    const pattern = optionalOriginOf(before);
    if (!pattern || pattern === optionalOriginOf(after) || !deps.removeHostPermission) return;
    await deps.removeHostPermission(pattern).catch(() => undefined);
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

  /** A client for these credentials; `stillCurrent` guards every fetch when they are the saved ones. */
  async function clientFor({ appId, token, apiBaseUrl }: { appId: string; token: string; apiBaseUrl: string | null }, stillCurrent?: () => Promise<boolean>) {
    await ensureHostPermission(apiBaseUrl);
    return createSendbirdClient({ ...deps.client, appId, token, apiBaseUrl, ...(stillCurrent ? { stillCurrent } : {}) });
  }

  async function listWith(credentials: { appId: string; token: string; apiBaseUrl: string | null }, stillCurrent?: () => Promise<boolean>) {
    const client = await clientFor(credentials, stillCurrent);
    return explainThrottling(() => client.listTemplates());
  }

  /** The identity templates are cached under (never the token). */
  const identityOf = (record: CredentialRecord) => ({ appId: record.appId, apiBaseUrl: record.apiBaseUrl });

  return {
    async 'settings/save'(request) {
      // An App ID set by policy wins over whatever the form sent.
      const managedAppId = await source.managedAppId();
      if (managedAppId) request = { ...request, appId: managedAppId };
      const saved = await source.saved();
      const savedView = saved ? settingsMirrorOf(saved) : null;
      const checked = checkCredentials(request, keepsSavedToken(savedView, request));
      if (!checked.ok) return { ok: false, fieldErrors: checked.errors };
      const { appId, apiBaseUrl } = checked.value;
      // keepsSavedToken guaranteed the saved token is for this App ID and API origin.
      const token = checked.value.token || saved?.token;
      if (!token) return { ok: false, fieldErrors: { token: 'tokenRequired' } };
      const changed = !saved || !sameCredentials(saved, { appId, apiBaseUrl, token });
      // One write: token and settings never disagree, and a new generation makes requests under way obsolete.
      const record: CredentialRecord = { appId, apiBaseUrl, token, savedAt: now(), generation: saved && !changed ? saved.generation : newGeneration() };
      await deps.secrets.setCredentials(record);
      if (changed) await cache.clearAll();
      await deps.local.set({ [SETTINGS_KEY]: settingsMirrorOf(record) });
      await deps.session.remove(SETTINGS_DRAFT_KEY);
      await releaseHostPermission(saved?.apiBaseUrl ?? null, apiBaseUrl);
      return { ok: true, settings: settingsMirrorOf(record) };
    },

    async 'settings/forget'() {
      const saved = await deps.secrets.getCredentials();
      await deps.secrets.clear();
      await cache.clearAll();
      await deps.local.remove(SETTINGS_KEY);
      await deps.session.remove(SETTINGS_DRAFT_KEY);
      await releaseHostPermission(saved?.apiBaseUrl ?? null, null);
      return { ok: true };
    },

    async 'connection/test'(request) {
      const saved = await source.current();
      const savedView = saved ? settingsMirrorOf(saved) : null;
      const checked = checkCredentials(request, keepsSavedToken(savedView, request));
      if (!checked.ok) return { ok: false, fieldErrors: checked.errors };
      // An empty token field tests the saved credentials (same App ID and origin, see keepsSavedToken).
      const usesSaved = !checked.value.token && saved !== null && keepsSavedToken(savedView, request);
      const token = checked.value.token || (usesSaved ? saved.token : null);
      if (!token) return { ok: false, fieldErrors: { token: 'tokenRequired' } };
      const credentials = { ...checked.value, token };
      const stillCurrent = usesSaved ? source.stillCurrent(saved.generation) : undefined;
      try {
        const list = await listWith(credentials, stillCurrent);
        // Testing the saved settings also warms the cache the dashboards' panel reads from.
        if (usesSaved && stillCurrent && saved.apiBaseUrl === credentials.apiBaseUrl) {
          await cache.write(identityOf(saved), list, stillCurrent);
        }
        return { ok: true, count: list.templates.length, truncated: list.truncated };
      } catch (error) {
        return { ok: false, failure: failureOf(error) };
      }
    },

    async 'templates/list'(request, context) {
      const saved = await source.current();
      if (!saved) return { ok: false, failure: { kind: 'not-configured' }, cached: null };
      const identity = identityOf(saved);
      const stillCurrent = source.stillCurrent(saved.generation);
      const cached = await cache.read(identity);
      const fetchFresh = () => cache.refresh(identity, () => listWith({ ...identity, token: saved.token }, stillCurrent), stillCurrent);
      // Refresh templates clicked in a loop (by a page script, say): one real fetch per tab and window.
      const refresh = request.refresh && refreshes.allow(context?.tabId, saved.generation);
      const running = request.refresh && !refresh ? cache.running(identity) : undefined;
      if (cached && !refresh && !running) {
        // Answer at once; a stale list is refreshed behind the answer for the next caller.
        // The next caller sees this refresh's failure; here it is logged by kind only.
        if (cached.stale) fetchFresh().catch((error: unknown) => console.warn('Sendbird extension: background refresh failed', error instanceof SendbirdFailure ? error.failure.kind : 'internal'));
        return { ok: true, ...cached };
      }
      try {
        return { ok: true, ...(await (running ?? fetchFresh())) };
      } catch (error) {
        const failure = failureOf(error);
        // The list read at the start belongs to credentials that are gone: do not offer it.
        return { ok: false, failure, cached: failure.kind === 'credentials-changed' ? null : cached };
      }
    },

    async 'templates/get'(request) {
      const saved = await source.current();
      if (!saved) return { ok: false, failure: { kind: 'not-configured' } };
      try {
        const client = await clientFor(saved, source.stillCurrent(saved.generation));
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
