/**
 * Puts the Sendbird panel into one "Create Webhook Content" window: an open shadow root (assistive
 * technology and tests reach in; nothing secret is ever in it) placed right after the window's title
 * block, put back if the page re-renders it away, and torn down when the window goes.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { rememberMessages } from '../../shared/i18n';
import { decodePairs } from '../../shared/payload-codec';
import { readPairs } from '../clevertap/editor';
import { placePanelHost } from '../clevertap/placement';
import { campaignKeyOf, pruneDrafts, readDraft } from './draft';
import { createPageFacts } from './page-facts';
import { Panel } from './Panel';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { createPanelStore } from './store';
import { startSync } from './sync';
import css from './panel.css?inline';

const HOST_TAG = 'sendbird-template-panel';
const attached = new WeakMap<Element, { host: HTMLElement }>();

export function attachPanel(editor: HTMLElement): void {
  const existing = attached.get(editor);
  if (existing) {
    if (!existing.host.isConnected && editor.isConnected) placePanelHost(editor, existing.host);
    return;
  }

  const host = document.createElement(HOST_TAG);
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

  // Restore from the pairs alone; when they are gone (× threw them away), from the local draft.
  const restored = decodePairs(readPairs(editor));
  const hadPairs = restored.ok;
  if (restored.ok) panel.restore(restored.payload);
  startSync(panel, editor, draftKey, lifetime.signal);
  if (!restored.ok) {
    void readDraft(draftKey).then((draft) => {
      if (!draft || lifetime.signal.aborted || panel.store.getState().dirty) return;
      panel.restore(draft);
      panel.markDirty();
    });
  }
  void panel.loadTemplates(false);
  void pruneDrafts().catch(() => undefined);

  // What an orphaned panel must still be able to say, looked up while the extension is there.
  rememberMessages(['panel_region', 'panel_disconnected', 'panel_action_reload', 'panel_crashed']);
  const root = createRoot(mountPoint);
  // Render now, not in a later task: the marketer is looking at the window that just opened.
  flushSync(() =>
    root.render(
      <PanelErrorBoundary>
        <Panel panel={panel} facts={facts} editor={editor} hadPairs={hadPairs} />
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
