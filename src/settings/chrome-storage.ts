/**
 * zustand over chrome.storage: a `persist` storage adapter, and a read-only mirror of one key that
 * follows storage.onChanged so that popup, options page and other windows agree.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { StateStorage } from 'zustand/middleware';

type AreaName = 'local' | 'session';

export function chromeStateStorage(area: AreaName): StateStorage {
  const storage = chrome.storage[area];
  return {
    getItem: async (name) => {
      const value = (await storage.get(name))[name];
      return typeof value === 'string' ? value : null;
    },
    setItem: (name, value) => storage.set({ [name]: value }),
    removeItem: (name) => storage.remove(name),
  };
}

export interface Mirror<T> {
  hydrated: boolean;
  value: T | null;
}

/** A store holding `key` of a storage area, valid once `hydrated`, refreshed on every change. */
export function mirrorStorageKey<T>(
  area: AreaName,
  key: string,
  accept: (value: unknown) => value is T,
): UseBoundStore<StoreApi<Mirror<T>>> {
  const store = create<Mirror<T>>(() => ({ hydrated: false, value: null }));
  const apply = (value: unknown) => store.setState({ hydrated: true, value: accept(value) ? value : null });
  chrome.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === area && key in changes) apply(changes[key]?.newValue);
  });
  void chrome.storage[area].get(key).then((items) => apply(items[key]));
  return store;
}
