/**
 * A local draft of the marketer's choices, so that values survive CleverTap's × throwing away
 * unsaved rows. Never holds the token: only what the panel itself shows.
 *
 * A draft is written back on its own only into the editor it came from (see `mayRestoreOnItsOwn`);
 * anywhere else the panel offers it and the marketer chooses. Pages can hold several editors under
 * one URL (webhook steps of a journey), and a URL need not name one campaign, so the URL alone never
 * decides.
 */
import type { SendbirdPayload } from '../../shared/payload-codec';
import { STORAGE } from '../../shared/storage-keys';

interface StoredDraft {
  payload: SendbirdPayload;
  savedAt: number;
  /** The page load the draft was typed in (see PAGE_SESSION). */
  session: string;
}

export interface Draft {
  payload: SendbirdPayload;
  savedAt: number;
  /** Typed in this page load, in an editor under the same URL. */
  thisSession: boolean;
}

/** One id per page load: a draft from another load may belong to another editor under the same URL. */
const PAGE_SESSION = crypto.randomUUID();

function isStoredDraft(value: unknown): value is StoredDraft {
  const d = value as StoredDraft | null;
  return typeof d === 'object' && d !== null && typeof d.savedAt === 'number' && typeof d.payload?.template === 'string';
}

/** The storage key for drafts typed on a dashboard URL (host and path, never the query). */
export function draftKeyOf(location: Location): string {
  return STORAGE.draft.key(location.host + location.pathname);
}

export async function readDraft(key: string): Promise<Draft | null> {
  const value = (await chrome.storage.local.get(key))[key];
  if (!isStoredDraft(value)) return null;
  return { payload: value.payload, savedAt: value.savedAt, thisSession: value.session === PAGE_SESSION };
}

export async function writeDraft(key: string, payload: SendbirdPayload): Promise<void> {
  const draft: StoredDraft = { payload, savedAt: Date.now(), session: PAGE_SESSION };
  await chrome.storage.local.set({ [key]: draft });
}

export async function dropDraft(key: string): Promise<void> {
  await chrome.storage.local.remove(key);
}

/**
 * A draft restores itself only into the editor it came from, with a Sendbird webhook chosen, when
 * the pairs are gone (the × case it exists for): typed in this page load, under this URL, while this
 * is the only editor on the page, and the page shows a Sendbird webhook selected.
 */
export function mayRestoreOnItsOwn(draft: Draft, page: { editorsOnPage: number; sendbirdWebhookShown: boolean; editorHoldsPairs: boolean }): boolean {
  return draft.thisSession && page.editorsOnPage === 1 && page.sendbirdWebhookShown && !page.editorHoldsPairs;
}

/** The draft says nothing the editor's saved pairs do not say already. */
export function sameChoices(a: SendbirdPayload, b: SendbirdPayload): boolean {
  const comparable = (p: SendbirdPayload) => JSON.stringify([p.template, p.receiver, p.eventName, Object.entries(p.variables).sort(([x], [y]) => (x < y ? -1 : 1))]);
  return comparable(a) === comparable(b);
}

let pruned = false;

/** Drops drafts nobody came back to for a month; once per page load (it reads all local storage). */
export async function pruneDrafts(now = Date.now()): Promise<void> {
  if (pruned) return;
  pruned = true;
  const all = await chrome.storage.local.get(null);
  const old = Object.entries(all)
    .filter(([key, value]) => STORAGE.draft.owns(key) && (!isStoredDraft(value) || now - value.savedAt > STORAGE.draft.keepForMs || value.savedAt > now))
    .map(([key]) => key);
  if (old.length) await chrome.storage.local.remove(old);
}
