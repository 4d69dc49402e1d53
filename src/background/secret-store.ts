/**
 * Where the credentials live: IndexedDB of the extension's own origin. Content scripts run in the
 * page's origin and cannot open it; chrome.storage.local, by contrast, is readable and writable by
 * content scripts. The record is validated on every read (see credentials.ts).
 */
import { createStore, del, delMany, get, set } from 'idb-keyval';
import { STORAGE } from '../shared/storage-keys';
import { isCredentialRecord, type CredentialRecord } from './credentials';

export interface SecretStore {
  /** The saved credentials, or null when there are none or what is stored is not well-formed. */
  getCredentials(): Promise<CredentialRecord | null>;
  setCredentials(record: CredentialRecord): Promise<void>;
  /** A token saved by an earlier version (before the credentials were one record), to migrate. */
  getLegacyToken(): Promise<string | null>;
  removeLegacyToken(): Promise<void>;
  /** Removes the credentials and any legacy token. */
  clear(): Promise<void>;
}

const { database, store: storeName } = STORAGE.credentials;
const RECORD_KEY = STORAGE.credentials.key;
const LEGACY_TOKEN_KEY = STORAGE.token.key;

export function createIndexedDbSecretStore(): SecretStore {
  const store = createStore(database, storeName);
  return {
    async getCredentials() {
      const record = await get<unknown>(RECORD_KEY, store);
      return isCredentialRecord(record) ? record : null;
    },
    setCredentials: (record) => set(RECORD_KEY, record, store),
    async getLegacyToken() {
      const token = await get<unknown>(LEGACY_TOKEN_KEY, store);
      return typeof token === 'string' && token ? token : null;
    },
    removeLegacyToken: () => del(LEGACY_TOKEN_KEY, store),
    clear: () => delMany([RECORD_KEY, LEGACY_TOKEN_KEY], store),
  };
}

/** For unit tests and for re-creating the background against the same secrets. */
export function createMemorySecretStore(initial: { record?: unknown; legacyToken?: string | null } = {}): SecretStore & { raw(): unknown } {
  let record: unknown = initial.record ?? null;
  let legacyToken = initial.legacyToken ?? null;
  return {
    getCredentials: async () => (isCredentialRecord(record) ? { ...record } : null),
    setCredentials: async (value) => {
      record = { ...value };
    },
    getLegacyToken: async () => legacyToken,
    removeLegacyToken: async () => {
      legacyToken = null;
    },
    clear: async () => {
      record = null;
      legacyToken = null;
    },
    raw: () => record,
  };
}
