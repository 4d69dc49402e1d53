/** The settings UI's state: the saved settings (mirrored) and the unsaved form (kept per session). */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isStoredSettings } from '../shared/settings';
import { isDestination } from '../shared/destination';
import { STORAGE } from '../shared/storage-keys';
import { chromeStateStorage, mirrorStorageKey } from './chrome-storage';

export const useSavedSettings = mirrorStorageKey('local', STORAGE.settings.key, isStoredSettings);

export interface Draft {
  /** null: untouched, show the saved value. */
  appId: string | null;
  token: string;
  apiBaseUrl: string | null;
}

interface DraftState extends Draft {
  edit: (field: keyof Draft, value: string) => void;
  reset: () => void;
}

const EMPTY: Draft = { appId: null, token: '', apiBaseUrl: null };

/**
 * What the admin typed and has not saved. chrome.storage.session survives closing the popup, is
 * cleared when the browser closes, and is readable by extension pages only (the background sets
 * its access level to trusted contexts), so the half-typed token never reaches a content script.
 */
export const useDraft = create<DraftState>()(
  persist(
    (set) => ({
      ...EMPTY,
      edit: (field, value) => set({ [field]: value }),
      reset: () => set(EMPTY),
    }),
    {
      name: STORAGE.settingsDraft.key,
      storage: createJSONStorage(() => chromeStateStorage('session')),
      partialize: ({ appId, token, apiBaseUrl }) => ({ appId, token, apiBaseUrl }),
    },
  ),
);

/** Where CleverTap's webhook goes (display-only, its own key: see src/shared/destination.ts). */
export const useDestination = mirrorStorageKey('local', STORAGE.destination.key, isDestination);
