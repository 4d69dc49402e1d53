/**
 * Puts the Sendbird panel into one "Create Webhook Content" window: an open shadow root (assistive
 * technology and tests reach in; nothing secret is ever in it) placed right after the window's title
 * block, put back if the page re-renders it away, and torn down when the window goes.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { rememberMessages } from '../../shared/i18n';
import { decodePairs } from '../../shared/payload-codec';
import { readPairs, whenRowsReady } from '../clevertap/editor';
import { placePanelHost } from '../clevertap/placement';
import { campaignKeyOf, pruneDrafts, readDraft } from './draft';
import { createPageFacts } from './page-facts';
import { PANEL_HOST_TAG } from './host-tag';
import { Panel } from './Panel';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { createPanelStore, type PanelStore } from './store';
import { startSync } from './sync';
import css from './panel.css?inline';

const attached = new WeakMap<Element, { host: HTMLElement }>();

/**
 * Restores the panel from the window's pairs alone, once its rows have rendered; when they are gone
 * (CleverTap's × threw them away), from the local draft, which the panel then writes back.
 */
async function restore(editor: Element, panel: PanelStore, draftKey: string, signal: AbortSignal): Promise<void> {
  await whenRowsReady(editor);
  if (signal.aborted || panel.store.getState().dirty) return;
  const fromPairs = decodePairs(readPairs(editor));
  if (fromPairs.ok) return panel.restore(fromPairs.payload, true);
  const draft = await readDraft(draftKey);
  if (draft && !signal.aborted && !panel.store.getState().dirty) panel.restore(draft, false);
}

export function attachPanel(editor: HTMLElement): void {
  const existing = attached.get(editor);
  if (existing) {
    if (!existing.host.isConnected && editor.isConnected) placePanelHost(editor, existing.host);
    return;
  }

  const host = document.createElement(PANEL_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);
  placePanelHost(editor, host);

  const lifetime = new AbortController();
  const panel = createPanelStore();
  const facts = createPageFacts(editor, lifetime.signal);
  const draftKey = campaignKeyOf(location);

  startSync(panel, editor, draftKey, lifetime.signal);
  void restore(editor, panel, draftKey, lifetime.signal);
  void panel.loadTemplates(false);
  void pruneDrafts().catch(() => undefined);

  // What an orphaned panel must still be able to say, looked up while the extension is there.
  rememberMessages(['panel_region', 'panel_disconnected', 'panel_action_reload', 'panel_crashed']);
  const root = createRoot(mountPoint);
  // Render now, not in a later task: the marketer is looking at the window that just opened.
  flushSync(() =>
    root.render(
      <PanelErrorBoundary>
        <Panel panel={panel} facts={facts} editor={editor} />
      </PanelErrorBoundary>,
    ),
  );
  attached.set(editor, { host });

  // While the window is open: put the panel back if the page re-rendered it away; once the window
  // closed (unmounted), stop everything this panel started.
  const watcher = new MutationObserver(() => {
    if (editor.isConnected) {
      if (!host.isConnected) placePanelHost(editor, host);
      return;
    }
    watcher.disconnect();
    lifetime.abort();
    root.unmount();
    host.remove();
    attached.delete(editor);
  });
  watcher.observe(document.body, { childList: true, subtree: true });
}
