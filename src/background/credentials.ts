/**
 * The background's authoritative credentials: App ID, API base URL and token as one record, written
 * in one step so that a token can never be paired with settings it was not saved for. The record
 * lives in the extension origin's IndexedDB (see secret-store.ts); chrome.storage.local only holds
 * a mirror of its non-secret part for the popup, which the background never reads back.
 */
import { checkToken, isCanonicalApiBaseUrl, isCanonicalAppId, type StoredSettings } from '../shared/settings';

export interface CredentialRecord {
  appId: string;
  apiBaseUrl: string | null;
  token: string;
  savedAt: number;
  /**
   * A random id made whenever Save changes App ID, API origin or token. A request started under
   * one generation checks it is still current before every fetch and every cache write.
   */
  generation: string;
}

/** The same rules as Save, applied again on every read: storage is never trusted as written. */
export function isCredentialRecord(value: unknown): value is CredentialRecord {
  const r = value as CredentialRecord | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    isCanonicalAppId(r.appId) &&
    isCanonicalApiBaseUrl(r.apiBaseUrl) &&
    typeof r.token === 'string' &&
    r.token !== '' &&
    r.token === r.token.trim() &&
    checkToken(r.token, false) === null &&
    typeof r.savedAt === 'number' &&
    typeof r.generation === 'string' &&
    r.generation !== ''
  );
}

export function newGeneration(): string {
  return crypto.randomUUID();
}

/** What the popup and options page are shown (and may show anyone): never the token. */
export function settingsMirrorOf(record: CredentialRecord): StoredSettings {
  return { appId: record.appId, apiBaseUrl: record.apiBaseUrl, hasToken: true, savedAt: record.savedAt };
}

/** Whether two records would send the same token to the same place. */
export function sameCredentials(a: CredentialRecord, b: { appId: string; apiBaseUrl: string | null; token: string }): boolean {
  return a.appId === b.appId && a.apiBaseUrl === b.apiBaseUrl && a.token === b.token;
}
