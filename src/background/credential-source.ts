/**
 * The one way the background learns its credentials: the record in the secret store, read and
 * validated on every request, held against the App ID Chrome policy sets now, and migrated once
 * from what earlier versions kept. chrome.storage.local is read only by the migration, and only
 * settings that pass Save's own checks are migrated.
 */
import type { Storage } from 'webextension-polyfill';
import { isStoredSettings, managedAppIdOf, needsHostPermission, originPattern } from '../shared/settings';
import { STORAGE } from '../shared/storage-keys';
import { newGeneration, type CredentialRecord } from './credentials';
import type { SecretStore } from './secret-store';

export interface CredentialSourceDeps {
  local: Storage.StorageArea;
  secrets: SecretStore;
  hasHostPermission: (originPattern: string) => Promise<boolean>;
  readManaged?: () => Promise<Record<string, unknown>>;
}

export function createCredentialSource(deps: CredentialSourceDeps) {
  /**
   * An install from before the record: its token alone in IndexedDB, its settings in local storage.
   * Those settings may have been written from the content script's world, so they are migrated only
   * when Save would have accepted them and an override's host permission is granted; otherwise
   * the old token is dropped, the extension is not set up and the admin saves again.
   */
  async function migrateLegacy(): Promise<CredentialRecord | null> {
    const token = await deps.secrets.getLegacyToken();
    if (!token) return null;
    const settings = (await deps.local.get(STORAGE.settings.key))[STORAGE.settings.key];
    const usable =
      isStoredSettings(settings) &&
      settings.hasToken &&
      !/\s/.test(token) &&
      (!needsHostPermission(settings.apiBaseUrl) || (settings.apiBaseUrl !== null && (await deps.hasHostPermission(originPattern(settings.apiBaseUrl)))));
    if (!usable) {
      // Not set up: the admin saves again. Keeping the token would let settings written later from
      // the content script's world (another App ID, say) be migrated with it.
      await deps.secrets.removeLegacyToken();
      return null;
    }
    const record: CredentialRecord = { appId: settings.appId, apiBaseUrl: settings.apiBaseUrl, token, savedAt: settings.savedAt, generation: newGeneration() };
    await deps.secrets.setCredentials(record);
    await deps.secrets.removeLegacyToken();
    return record;
  }

  /** The saved record, whatever policy says (Save and Forget need it to know what was there). */
  async function saved(): Promise<CredentialRecord | null> {
    return (await deps.secrets.getCredentials()) ?? (await migrateLegacy());
  }

  /** The App ID Chrome policy sets right now; it may change at any time. */
  async function managedAppId(): Promise<string | null> {
    return managedAppIdOf((await deps.readManaged?.().catch(() => ({}))) ?? {});
  }

  /**
   * The credentials a request may use, or null. A policy App ID other than the saved one means the
   * saved token was given for another app: the extension is not set up for the policy's App ID.
   */
  async function current(): Promise<CredentialRecord | null> {
    const record = await saved();
    if (!record) return null;
    const managed = await managedAppId();
    return managed && managed !== record.appId ? null : record;
  }

  /** A guard for one request: true while the credentials it began with are still the current ones. */
  function stillCurrent(generation: string): () => Promise<boolean> {
    return async () => (await current())?.generation === generation;
  }

  return { saved, current, managedAppId, stillCurrent };
}

export type CredentialSource = ReturnType<typeof createCredentialSource>;
