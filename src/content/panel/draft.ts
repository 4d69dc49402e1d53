/**
 * A local draft of the marketer's choices per campaign, so that values survive CleverTap's ×
 * throwing away unsaved rows. Never holds the token: only what the panel itself shows.
 */
import type { SendbirdPayload } from '../../shared/payload-codec';

const PREFIX = 'draft:';
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

interface StoredDraft {
  payload: SendbirdPayload;
  savedAt: number;
}

function isDraft(value: unknown): value is StoredDraft {
  const d = value as StoredDraft | null;
  return typeof d === 'object' && d !== null && typeof d.savedAt === 'number' && typeof d.payload?.template === 'string';
}

/** The campaign a dashboard URL is about; the account and campaign id are in its path. */
export function campaignKeyOf(location: Location): string {
  return PREFIX + location.host + location.pathname;
}

export async function readDraft(key: string): Promise<SendbirdPayload | null> {
  const value = (await chrome.storage.local.get(key))[key];
  return isDraft(value) ? value.payload : null;
}

export async function writeDraft(key: string, payload: SendbirdPayload): Promise<void> {
  const draft: StoredDraft = { payload, savedAt: Date.now() };
  await chrome.storage.local.set({ [key]: draft });
}

let pruned = false;

/** Drops drafts nobody came back to for a month; once per page load (it reads all local storage). */
export async function pruneDrafts(now = Date.now()): Promise<void> {
  if (pruned) return;
  pruned = true;
  const all = await chrome.storage.local.get(null);
  const old = Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && (!isDraft(value) || now - value.savedAt > KEEP_MS))
    .map(([key]) => key);
  if (old.length) await chrome.storage.local.remove(old);
}
