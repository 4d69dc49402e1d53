/**
 * A local draft of the marketer's choices, so that values survive the dashboard's × throwing away
 * unsaved rows. Never holds the token: only what the panel itself shows.
 *
 * A draft belongs to the editor it was typed in, in the tab and page load it was typed in: its key
 * names the dashboard place (the dashboard's `draftPlace`, e.g. host and path), this page load, and
 * the editor instance (see `editorInstance`). Only there does it restore itself; a place names
 * neither a campaign nor an editor (several webhook steps share one), so anywhere else (another
 * step, another tab, a reload)
 * it is at most an offer the marketer accepts. Each tab and editor writes its own key, so one never
 * replaces another's. Saving the window (Done, Save) drops it: its pairs are then the dashboard's.
 */
import type { SendbirdPayload } from '../../shared/payload-codec';
import { STORAGE } from '../../shared/storage-keys';

interface StoredDraft {
  payload: SendbirdPayload;
  savedAt: number;
}

export interface Draft {
  payload: SendbirdPayload;
  savedAt: number;
  /** Typed in this very editor, in this tab and page load. */
  own: boolean;
}

/** Where a panel keeps its draft: the dashboard place, and which editor in which page load. */
export interface DraftScope {
  /** The dashboard's place (never the query): where drafts are offered. */
  place: string;
  /** This page load and the editor instance: whose draft it is. */
  owner: string;
}

/** One id per page load (and so per tab): a draft from another load belongs to another editor. */
const PAGE_LOAD = crypto.randomUUID();

const instances = new WeakMap<Element, string>();

/**
 * The editor instance a window is: the same element shown again, or a window opened again by the
 * same control (the step's own Go To Editor), is the same editor; anything else is another.
 */
export function editorInstance(editor: Element, opener: Element | null): string {
  const id = instances.get(editor) ?? (opener ? instances.get(opener) : undefined) ?? crypto.randomUUID();
  instances.set(editor, id);
  if (opener) instances.set(opener, id);
  return id;
}

/** The scope of a draft typed at `place` (the dashboard's `draftPlace`) in this editor instance. */
export function draftScopeOf(place: string, instance: string): DraftScope {
  return { place, owner: `${PAGE_LOAD}.${instance}` };
}

const keyOf = (scope: DraftScope) => STORAGE.draft.key(scope.place, scope.owner);

function isStoredDraft(value: unknown): value is StoredDraft {
  const d = value as StoredDraft | null;
  return typeof d === 'object' && d !== null && typeof d.savedAt === 'number' && typeof d.payload?.template === 'string';
}

/** Every key in chrome.storage.local, without reading the values (the template lists are large). */
async function allKeys(): Promise<string[]> {
  const area = chrome.storage.local as chrome.storage.StorageArea & { getKeys?: () => Promise<string[]> };
  return area.getKeys ? area.getKeys() : Object.keys(await area.get(null));
}

/**
 * The draft for this editor: its own when there is one, else the newest typed under the same place
 * (another step, tab or page load), which the panel only ever offers.
 */
export async function readDraft(scope: DraftScope): Promise<Draft | null> {
  const ownKey = keyOf(scope);
  const prefix = STORAGE.draft.key(scope.place, '');
  const keys = (await allKeys()).filter((key) => key.startsWith(prefix));
  if (keys.length === 0) return null;
  const stored = await chrome.storage.local.get(keys);
  const own = stored[ownKey];
  if (isStoredDraft(own)) return { payload: own.payload, savedAt: own.savedAt, own: true };
  const newest = Object.values(stored)
    .filter(isStoredDraft)
    .sort((a, b) => b.savedAt - a.savedAt)[0];
  return newest ? { payload: newest.payload, savedAt: newest.savedAt, own: false } : null;
}

export async function writeDraft(scope: DraftScope, payload: SendbirdPayload): Promise<void> {
  const draft: StoredDraft = { payload, savedAt: Date.now() };
  await chrome.storage.local.set({ [keyOf(scope)]: draft });
}

export async function dropDraft(scope: DraftScope): Promise<void> {
  await chrome.storage.local.remove(keyOf(scope));
}

/**
 * A draft restores itself only into the editor it was typed in, when the pairs are gone (the × case
 * it exists for), and only while the page shows a Sendbird webhook chosen (never into another
 * webhook, nor where the page cannot tell).
 */
export function mayRestoreOnItsOwn(draft: Draft, page: { sendbirdWebhookShown: boolean; editorHoldsPairs: boolean }): boolean {
  return draft.own && page.sendbirdWebhookShown && !page.editorHoldsPairs;
}

/** The draft says nothing the editor's saved pairs do not say already. */
export function sameChoices(a: SendbirdPayload, b: SendbirdPayload): boolean {
  const comparable = (p: SendbirdPayload) => JSON.stringify([p.template, p.receiver, p.eventName, Object.entries(p.variables).sort(([x], [y]) => (x < y ? -1 : 1))]);
  return comparable(a) === comparable(b);
}

let pruned = false;

/** Drops drafts nobody came back to for a month; once per page load. */
export async function pruneDrafts(now = Date.now()): Promise<void> {
  if (pruned) return;
  pruned = true;
  const keys = (await allKeys()).filter(STORAGE.draft.owns);
  if (keys.length === 0) return;
  const drafts = await chrome.storage.local.get(keys);
  const old = Object.entries(drafts)
    .filter(([, value]) => !isStoredDraft(value) || now - value.savedAt > STORAGE.draft.keepForMs || value.savedAt > now)
    .map(([key]) => key);
  if (old.length) await chrome.storage.local.remove(old);
}
