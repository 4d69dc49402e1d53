/**
 * What the panel chunk does when it is loaded ahead (see ../panel-loader.ts), before any window
 * opens: what makes a first mount slower than a reopening, at idle time, without touching the page
 * (nothing of it is read, nothing is put into it) and without holding anything secret.
 *
 * - The template list is asked for once, so the first panel starts from it as a reopened one does.
 * - The page's one pruning of old drafts is done now rather than on the first mount: it is the
 *   content script's first use of chrome.storage, whose setup alone took ~10 ms of that mount.
 * - The panel is rendered once into an element that is never put into the page, then unmounted:
 *   React's first render of these components (their code compiled, the message catalogue looked
 *   up) is then behind us, and the first real mount costs what a reopening does.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Dashboard } from '../dashboard';
import { whenIdle } from '../dom/idle';
import type { PageFacts, PageFactsStore } from './page-facts';
import { Panel } from './Panel';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { pruneDrafts } from './draft';
import { createPanelStore, warmLastList } from './store';

/** How a shown window with a Sendbird webhook looks to the panel: the path a first mount takes. */
const SHOWN_WINDOW: PageFacts = { mode: { json: true, pairs: true }, canWrite: true, sendbirdWebhook: true, sendbirdWebhookShown: true, destination: { sendbird: 'yes', route: null } };
const RENDER_IDLE_TIMEOUT_MS = 1000;

/** Renders the panel once where nobody sees it; the dashboard is only handed over, never called. */
function renderOnceUnseen(dashboard: Dashboard): void {
  const container = document.createElement('div'); // never put into the page
  const facts: PageFactsStore = { get: () => SHOWN_WINDOW, subscribe: () => () => true };
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <PanelErrorBoundary>
        <Panel panel={createPanelStore(dashboard.receiver.default)} facts={facts} dashboard={dashboard} editor={container} attachedBy="recognition" onClose={null} />
      </PanelErrorBoundary>,
    ),
  );
  root.unmount();
}

export async function warmPanel(dashboard: Dashboard): Promise<void> {
  pruneDrafts().catch((error: unknown) => console.warn('Sendbird extension: old drafts not pruned', error instanceof Error ? error.name : 'error'));
  await warmLastList().catch(() => undefined); // a first panel that finds no list asks as it always did
  // After the list: the render then takes the path of a panel that has one.
  whenIdle(() => renderOnceUnseen(dashboard), RENDER_IDLE_TIMEOUT_MS);
}
