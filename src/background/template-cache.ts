/**
 * Templates per App ID in chrome.storage.local: answered from at once, refreshed in the background
 * when older than FRESH_FOR_MS or on demand, with one fetch in flight per app at a time.
 * Templates are not secret; the token never enters the cache.
 */
import type { Storage } from 'webextension-polyfill';
import { SendbirdFailure } from '../shared/failures';
import { STORAGE } from '../shared/storage-keys';
import type { TemplateListAnswer } from '../shared/messages';
import type { TemplateList } from './sendbird-client';
import type { Template } from '../shared/template-model';

export const FRESH_FOR_MS = 5 * 60 * 1000;

interface CacheEntry {
  appId: string;
  apiBaseUrl: string | null;
  fetchedAt: number;
  truncated: boolean;
  templates: Template[];
}

function isEntry(value: unknown): value is CacheEntry {
  const entry = value as CacheEntry | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.appId === 'string' &&
    typeof entry.fetchedAt === 'number' &&
    Array.isArray(entry.templates)
  );
}

export interface CacheIdentity {
  appId: string;
  apiBaseUrl: string | null;
}

export function createTemplateCache(storage: Storage.StorageArea, now: () => number) {
  const inFlight = new Map<string, Promise<TemplateListAnswer>>();
  /**
   * Bumped by clearAll (new credentials, Forget credentials): a fetch that started before it must not
   * write its list afterwards, or templates of forgotten credentials would come back.
   */
  let generation = 0;
  const keyOf = (id: CacheIdentity) => STORAGE.templates.key(id.appId);

  async function read(id: CacheIdentity): Promise<TemplateListAnswer | null> {
    const key = keyOf(id);
    const entry = (await storage.get(key))[key];
    if (!isEntry(entry) || entry.appId !== id.appId || (entry.apiBaseUrl ?? null) !== id.apiBaseUrl) return null;
    return {
      templates: entry.templates,
      fetchedAt: entry.fetchedAt,
      truncated: entry.truncated === true,
      // A stamp from the future (a clock set back) counts as stale, never as fresh for ever.
      stale: entry.fetchedAt > now() || now() - entry.fetchedAt > FRESH_FOR_MS,
    };
  }

  /**
   * Stores the list and answers with it. A list that does not fit chrome.storage.local's quota is
   * still answered, marked `notCached` (the panel says so): the marketer is served either way.
   * `stillCurrent` says whether the credentials the list was fetched with are still saved: checked
   * before the write, and again after it (Forget may have cleared the cache in between), when what
   * was written is taken back.
   */
  async function write(id: CacheIdentity, list: TemplateList, stillCurrent: () => Promise<boolean>, startedIn = generation): Promise<TemplateListAnswer> {
    // Copy the identity field by field: callers may hold credentials, and the token must never be stored here.
    const entry: CacheEntry = {
      appId: id.appId,
      apiBaseUrl: id.apiBaseUrl,
      fetchedAt: now(),
      truncated: list.truncated,
      templates: list.templates,
    };
    const answer: TemplateListAnswer = { templates: entry.templates, fetchedAt: entry.fetchedAt, truncated: entry.truncated, stale: false };
    const obsolete = async () => startedIn !== generation || !(await stillCurrent());
    if (await obsolete()) throw new SendbirdFailure({ kind: 'credentials-changed' });
    try {
      await storage.set({ [keyOf(id)]: entry });
    } catch {
      // Over the quota (or storage failing): drop any older copy so that no stale list is served.
      await storage.remove(keyOf(id)).catch(() => undefined);
      return { ...answer, notCached: true };
    }
    if (await obsolete()) {
      await storage.remove(keyOf(id));
      throw new SendbirdFailure({ kind: 'credentials-changed' });
    }
    return answer;
  }

  /** Fetches and stores, sharing one fetch between callers that ask at the same time. */
  function refresh(id: CacheIdentity, fetchList: () => Promise<TemplateList>, stillCurrent: () => Promise<boolean>): Promise<TemplateListAnswer> {
    const key = keyOf(id);
    const running = inFlight.get(key);
    if (running) return running;
    const startedIn = generation;
    const job = fetchList()
      .then((list) => write(id, list, stillCurrent, startedIn))
      .finally(() => inFlight.delete(key));
    inFlight.set(key, job);
    return job;
  }

  /** The fetch under way for this identity, if any (a throttled refresh waits for it). */
  function running(id: CacheIdentity): Promise<TemplateListAnswer> | undefined {
    return inFlight.get(keyOf(id));
  }

  async function clearAll(): Promise<void> {
    generation++;
    inFlight.clear();
    const everything = await storage.get(null);
    const keys = Object.keys(everything).filter(STORAGE.templates.owns);
    if (keys.length) await storage.remove(keys);
  }

  return { read, write, refresh, running, clearAll };
}

