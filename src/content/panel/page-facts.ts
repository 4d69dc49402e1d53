/** What the panel needs to know about the dashboard's page right now, re-read whenever the editor changes. */
import { useSyncExternalStore } from 'react';
import type { Dashboard, Destination, EditorMode } from '../dashboard';

export interface PageFacts {
  mode: EditorMode;
  canWrite: boolean;
  /** The webhook may be a Sendbird one: the page says so, or cannot say (a journey shows no selector). */
  sendbirdWebhook: boolean;
  /** The page shows that a Sendbird webhook is chosen. */
  sendbirdWebhookShown: boolean;
  /** Where the webhook sends, as the dashboard reads it (its delivery notes depend on it). */
  destination: Destination;
}

function read(dashboard: Dashboard, editor: Element | null): PageFacts {
  const destination = dashboard.readDestination(editor);
  return {
    mode: editor ? dashboard.readMode(editor) : { json: null, pairs: null },
    canWrite: editor ? dashboard.canWritePairs(editor) : false,
    // Unknown (no selector, or one that cannot be read): the panel is offered, a draft never restores itself.
    sendbirdWebhook: destination.sendbird !== 'no',
    sendbirdWebhookShown: destination.sendbird === 'yes',
    destination,
  };
}

/** A store of page facts for one editor (or none: the floating card), refreshed once per frame while the editor changes. */
export function createPageFacts(dashboard: Dashboard, editor: Element | null, signal: AbortSignal) {
  let facts = read(dashboard, editor);
  let key = JSON.stringify(facts);
  const listeners = new Set<() => void>();
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const next = read(dashboard, editor);
      const nextKey = JSON.stringify(next);
      if (nextKey === key) return;
      facts = next;
      key = nextKey;
      listeners.forEach((l) => l());
    });
  });
  if (editor) {
    observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked', 'aria-pressed', 'aria-selected', 'checked'] });
  }
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
