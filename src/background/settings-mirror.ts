/**
 * The `settings` key in chrome.storage.local: what the popup and options page show, written only
 * from the background's credentials record. Content scripts share chrome.storage.local and can
 * write it; whenever anyone changes it, it is written again from the record, so a change made from
 * the content script's world does not stand (and the background never acted on it anyway).
 */
import type { Storage } from 'webextension-polyfill';
import type { StoredSettings } from '../shared/settings';
import { STORAGE } from '../shared/storage-keys';
import { settingsMirrorOf } from './credentials';
import type { CredentialSource } from './credential-source';

const SETTINGS_KEY = STORAGE.settings.key;

function sameMirror(a: unknown, b: StoredSettings | null): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b);
}

export function createSettingsMirror(local: Storage.StorageArea, source: CredentialSource) {
  /** What the mirror must say now: nothing when not set up (policy App ID changed included). */
  async function expected(): Promise<StoredSettings | null> {
    const record = await source.current();
    return record ? settingsMirrorOf(record) : null;
  }

  /** Writes the mirror from the record when it says anything else. */
  async function restore(): Promise<void> {
    const want = await expected();
    const have = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (sameMirror(have, want)) return;
    if (want) await local.set({ [SETTINGS_KEY]: want });
    else await local.remove(SETTINGS_KEY);
  }

  /** storage.onChanged: the mirror was changed (by anyone), or the policy changed. */
  function onStorageChanged(changes: Record<string, unknown>, areaName: string): Promise<void> {
    if ((areaName === 'local' && SETTINGS_KEY in changes) || areaName === 'managed') return restore();
    return Promise.resolve();
  }

  return { restore, onStorageChanged };
}
