/** What the panel needs to know about the dashboard's page right now, re-read whenever the editor changes. */
import { useSyncExternalStore } from 'react';
import type { Dashboard, EditorMode, SelectedWebhook } from '../dashboard';

export interface PageFacts {
  mode: EditorMode;
  canWrite: boolean;
  webhook: SelectedWebhook | null;
  /** The webhook is a Sendbird one, by its name or its Destination URL (assumed when no selector shows). */
  sendbirdWebhook: boolean;
  /** The page shows a webhook selector and a Sendbird webhook is chosen in it. */
  sendbirdWebhookShown: boolean;
  /** The webhook is the multi (broadcast) endpoint. */
  multiWebhook: boolean;
}

function read(dashboard: Dashboard, editor: Element | null): PageFacts {
  const webhook = dashboard.readSelectedWebhook();
  const shown = Boolean(webhook && dashboard.isSendbirdWebhook(webhook));
  return {
    mode: editor ? dashboard.readMode(editor) : { json: null, pairs: null },
    canWrite: editor ? dashboard.canWritePairs(editor) : false,
    webhook,
    // No selector on the page (a journey, or a changed page): assume the editor is for Sendbird.
    sendbirdWebhook: !webhook || shown,
    sendbirdWebhookShown: shown,
    multiWebhook: Boolean(webhook && dashboard.isMultiWebhook(webhook)),
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
