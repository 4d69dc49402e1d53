/**
 * Puts the Sendbird panel into one webhook editor window: an open shadow root (assistive technology
 * and tests reach in; nothing secret is ever in it) placed where the dashboard says, put back if the
 * page re-renders it away. The panel follows the window: it mounts while the window is shown and
 * unmounts (after writing what is due) when it is hidden or removed, so a window created once and
 * then hidden and shown again gets a fresh panel on every opening, like one mounted anew.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { rememberMessages } from '../../shared/i18n';
import { decodePairs } from '../../shared/payload-codec';
import type { Dashboard } from '../dashboard';
import { isShown, watchPresence } from '../dom/presence';
import { createShadowHost } from '../dom/shadow-host';
import { whenQuiet } from '../dom/wait';
import type { ShownAs } from '../../shared/page-messages';
import { draftScopeOf, dropDraft, editorInstance, mayRestoreOnItsOwn, pruneDrafts, readDraft, sameChoices, type DraftScope } from './draft';
import { createPageFacts, type PageFactsStore } from './page-facts';
import { PANEL_HOST_TAG } from './host-tag';
import { Panel } from './Panel';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { createPanelStore, type PanelStore } from './store';
import { startSync, type Sync } from './sync';
import css from './panel.css?inline';

// What the bootstrap's preload calls once the chunk is loaded ahead of the first window.
export { warmPanel } from './warm';

interface Attached {
  /** Unmounts the panel now; resolves once what was due is written. */
  unmount: (() => Promise<void>) | null;
  attachedBy: ShownAs;
  stopWatching: () => void;
}

const attached = new Map<Element, Attached>();

/** How long a window must be still before the panel reads it, and the longest it waits for that. */
const SETTLE_QUIET_MS = 120;
const SETTLE_MAX_MS = 1500;

/**
 * Restores the panel from the window's pairs alone, once its rows have rendered. When they are gone
 * (the dashboard's × threw them away) the draft restores itself only into the editor it was typed
 * in; anywhere else the panel offers it. Whatever happens, the panel then settles: choices the
 * marketer made meanwhile are applied on top of what was read, and only then written.
 */
async function restore(dashboard: Dashboard, editor: Element, panel: PanelStore, facts: PageFactsStore, scope: DraftScope, signal: AbortSignal): Promise<void> {
  try {
    // However late the rows come: settling before them would let a choice made meanwhile overwrite
    // what they hold. A window whose rows never come has nothing to write into anyway.
    while (!(await dashboard.whenRowsReady(editor))) if (signal.aborted || !editor.isConnected) return;
    // A window shown again may still be filled in by its page a moment later (its rows reset to what
    // the campaign saved): read it once it is still.
    await whenQuiet(editor, SETTLE_QUIET_MS, SETTLE_MAX_MS);
    if (signal.aborted) return;
    const fromPairs = decodePairs(dashboard.readPairs(editor), dashboard.receiver.default);
    const draft = await readDraft(scope).catch(() => null);
    if (signal.aborted) return;
    if (fromPairs.ok) {
      panel.restore(fromPairs.payload, true);
      // The editor holds what the draft says: the draft has done its job.
      if (draft?.own && sameChoices(draft.payload, fromPairs.payload)) await dropDraft(scope);
      return;
    }
    if (!draft) return;
    const page = { sendbirdWebhookShown: facts.get().sendbirdWebhookShown, editorHoldsPairs: fromPairs.reason !== 'absent' };
    if (mayRestoreOnItsOwn(draft, page) && !panel.store.getState().dirty) panel.restore(draft.payload, false);
    else panel.offerDraft(draft);
  } finally {
    if (!signal.aborted) panel.settle();
  }
}

/**
 * Mounts a panel into `editor` (or, with null, as a floating card); returns how to unmount it.
 * `opener` is the control whose click opened the window, if known: a window opened again by it is
 * the same editor (see `editorInstance`).
 */
export function mountPanel(dashboard: Dashboard, editor: Element | null, attachedBy: ShownAs, place: (host: HTMLElement) => void, opener: Element | null = null): () => Promise<void> {
  const { host, shadow } = createShadowHost(PANEL_HOST_TAG, css);
  if (!editor) host.dataset.floating = '';
  const mountPoint = document.createElement('div');
  shadow.append(mountPoint);
  place(host);

  const lifetime = new AbortController();
  const panel = createPanelStore(dashboard.receiver.default);
  const facts = createPageFacts(dashboard, editor, lifetime.signal);
  let sync: Sync | null = null;
  if (editor) {
    const scope = draftScopeOf(dashboard.draftPlace(editor), editorInstance(editor, opener));
    sync = startSync(dashboard, panel, editor, scope, lifetime.signal);
    void restore(dashboard, editor, panel, facts, scope, lifetime.signal);
  } else {
    panel.settle();
  }
  void panel.loadTemplates(false);
  pruneDrafts().catch((error: unknown) => console.warn('Sendbird extension: old drafts not pruned', error instanceof Error ? error.name : 'error'));

  // What an orphaned panel must still be able to say, looked up while the extension is there.
  rememberMessages(['panel_region', 'panel_disconnected', 'panel_action_reload', 'panel_crashed']);
  const root = createRoot(mountPoint);
  const close = () => void unmount();
  // Render now, not in a later task: the marketer is looking at the window that just opened.
  flushSync(() =>
    root.render(
      <PanelErrorBoundary>
        <Panel panel={panel} facts={facts} dashboard={dashboard} editor={editor} attachedBy={attachedBy} onClose={editor ? null : close} />
      </PanelErrorBoundary>,
    ),
  );

  // Put the panel back if the page re-renders it away (watching only this window).
  const replacer = new MutationObserver(() => {
    if (editor?.isConnected && !host.isConnected) place(host);
  });
  if (editor) replacer.observe(editor, { childList: true, subtree: true });

  let unmounted: Promise<void> | null = null;
  async function unmount(): Promise<void> {
    unmounted ??= (async () => {
      replacer.disconnect();
      await sync?.flush();
      lifetime.abort();
      root.unmount();
      host.remove();
    })();
    return unmounted;
  }
  return unmount;
}

/**
 * Attaches the panel to a webhook editor window of `dashboard` (the one the bootstrap serves; the
 * panel knows dashboards only through that interface) and keeps it there while the window is shown.
 * Calling it again for the same window is cheap (pages re-render their controls often).
 */
export function attachPanel(dashboard: Dashboard, editor: HTMLElement, attachedBy: ShownAs, opener: Element | null = null): void {
  if (attached.has(editor)) return;
  const entry: Attached = { unmount: null, attachedBy, stopWatching: () => undefined };
  attached.set(editor, entry);
  const show = () => {
    entry.unmount ??= mountPanel(dashboard, editor, entry.attachedBy, (host) => dashboard.placePanel(editor, host), opener);
  };
  const hide = () => {
    const unmount = entry.unmount;
    entry.unmount = null;
    return unmount?.();
  };
  entry.stopWatching = watchPresence(editor, (shown) => {
    if (!editor.isConnected) {
      entry.stopWatching();
      attached.delete(editor);
      void hide();
    } else if (shown) show();
    else void hide();
  });
  if (isShown(editor)) show();
}

/** The windows that have a panel now (for the hand-called panel and the diagnostic report). */
export function attachedEditors(): Element[] {
  return [...attached.keys()];
}

