/**
 * Loading the panel's chunk: on demand when a window is recognised, or ahead, at idle time, once
 * the page shows that a window is likely next (a webhook campaign's *Go To Editor*). Loading and
 * starting the chunk (React and the panel, ~80 KB gzip) is most of a first opening's wait; done
 * ahead, the first opening is as quick as a reopening. A page that never shows such a hint loads
 * nothing: the bootstrap alone stays on every other dashboard page.
 */
import { whenIdle } from './dom/idle';

const loadPanel = () => Promise.all([import('./clevertap'), import('./panel/attach')]);
let loaded: ReturnType<typeof loadPanel> | null = null;

/**
 * The panel and what it needs of this dashboard's page, loaded together when first needed. Kept
 * once loaded: importing a loaded module again still cost a first opening ~5 ms here.
 */
export function panelFor(): ReturnType<typeof loadPanel> {
  loaded ??= loadPanel().catch((error: unknown) => {
    loaded = null; // the extension went away, or a chunk failed: the next call tries again
    throw error;
  });
  return loaded;
}

/**
 * The longest an idle preload waits for the page to be idle: a page busy for that long still gets
 * the panel before a person, who has just seen the campaign, reaches Go To Editor.
 */
const IDLE_TIMEOUT_MS = 1000;

let preloadAsked = false;

/** Loads and warms the panel at the page's next idle moment; once per page (again after a failure). */
export function preloadPanelWhenIdle(): void {
  if (preloadAsked) return;
  preloadAsked = true;
  whenIdle(() => {
    panelFor().then(
      ([{ clevertap }, { warmPanel }]) => warmPanel(clevertap),
      () => (preloadAsked = false), // the extension went away, or the chunk failed: a later hint tries again
    );
  }, IDLE_TIMEOUT_MS);
}
