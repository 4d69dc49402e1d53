/** What the panel needs to know about CleverTap's page right now, re-read whenever the editor changes. */
import { useSyncExternalStore } from 'react';
import { canWritePairs, readMode, type EditorMode } from '../clevertap/editor';
import { isMultiWebhookName, isSendbirdWebhookName, readSelectedWebhook, type SelectedWebhook } from '../clevertap/webhook';
import { isSendbirdDestinationUrl } from '../../shared/sendbird-routes';

export interface PageFacts {
  mode: EditorMode;
  canWrite: boolean;
  webhook: SelectedWebhook | null;
  /** The webhook is a Sendbird one: by its name or by its Destination URL. */
  sendbirdWebhook: boolean;
  /** The webhook is the multi (broadcast) endpoint. */
  multiWebhook: boolean;
}

function read(editor: Element): PageFacts {
  const webhook = readSelectedWebhook();
  const byUrl = webhook?.url ? isSendbirdDestinationUrl(webhook.url) : false;
  // No selector on the page (a journey, or a changed page): assume the editor is for Sendbird.
  const sendbirdWebhook = !webhook || isSendbirdWebhookName(webhook.name) || byUrl;
  return {
    mode: readMode(editor),
    canWrite: canWritePairs(editor),
    webhook,
    sendbirdWebhook,
    multiWebhook: Boolean(webhook && (isMultiWebhookName(webhook.name) || webhook.url?.endsWith('/multi'))),
  };
}

/** A store of page facts for one editor, refreshed once per frame while the editor changes. */
export function createPageFacts(editor: Element, signal: AbortSignal) {
  let facts = read(editor);
  let key = JSON.stringify(facts);
  const listeners = new Set<() => void>();
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const next = read(editor);
      const nextKey = JSON.stringify(next);
      if (nextKey === key) return;
      facts = next;
      key = nextKey;
      listeners.forEach((l) => l());
    });
  });
  observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked', 'aria-pressed', 'aria-selected', 'checked'] });
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    get: () => facts,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type PageFactsStore = ReturnType<typeof createPageFacts>;

export function usePageFacts(store: PageFactsStore): PageFacts {
  return useSyncExternalStore(store.subscribe, store.get);
}
