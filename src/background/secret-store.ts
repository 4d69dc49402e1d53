/**
 * Where the API token lives: IndexedDB of the extension's own origin. Content scripts run in the
 * page's origin and cannot open it; chrome.storage.local, by contrast, is readable by content scripts.
 */
import { createStore, del, get, set } from 'idb-keyval';
import { STORAGE } from '../shared/storage-keys';

export interface SecretStore {
  getToken(): Promise<string | null>;
  setToken(token: string): Promise<void>;
  clear(): Promise<void>;
}

const { database, store: storeName, key: TOKEN_KEY } = STORAGE.token;

export function createIndexedDbSecretStore(): SecretStore {
  const store = createStore(database, storeName);
  return {
    async getToken() {
      const token = await get<unknown>(TOKEN_KEY, store);
      return typeof token === 'string' && token ? token : null;
    },
    setToken: (token) => set(TOKEN_KEY, token, store),
    clear: () => del(TOKEN_KEY, store),
  };
}

/** For unit tests and for re-creating the background against the same secrets. */
export function createMemorySecretStore(initial: string | null = null): SecretStore {
  let token = initial;
  return {
    getToken: async () => token,
    setToken: async (value) => {
      token = value;
    },
    clear: async () => {
      token = null;
    },
  };
}
