/**
 * Loading the panel's chunk with the dashboard's implementation: on demand when a window is
 * recognised, or ahead, at idle time, once the page shows that a window is likely next (CleverTap:
 * a webhook campaign's *Go To Editor*). Loading and starting the chunk (React and the panel, ~80 KB
 * gzip) is most of a first opening's wait; done ahead, the first opening is as quick as a reopening.
 * A page that never shows such a hint loads nothing: the bootstrap alone stays on every other page.
 */
import type { Dashboard } from './dashboard';
import { whenIdle } from './dom/idle';

/**
 * The longest an idle preload waits for the page to be idle: a page busy for that long still gets
 * the panel before a person, who has just seen the campaign, reaches the editor.
 */
const IDLE_TIMEOUT_MS = 1000;

type LoadDashboard = () => Promise<Dashboard>;
const loadPanel = (loadDashboard: LoadDashboard) => Promise.all([loadDashboard(), import('./panel/attach')]);
let loaded: ReturnType<typeof loadPanel> | null = null;

/**
 * The panel and what it needs of this dashboard's page (`loadDashboard`: one dashboard per page),
 * loaded together when first needed. Kept once loaded: importing a loaded module again still cost
 * a first opening ~5 ms here.
 */
export function panelFor(loadDashboard: LoadDashboard): ReturnType<typeof loadPanel> {
  loaded ??= loadPanel(loadDashboard).catch((error: unknown) => {
    loaded = null; // the extension went away, or a chunk failed: the next call tries again
    throw error;
  });
  return loaded;
}

let preloadAsked = false;

/** Loads and warms the panel at the page's next idle moment; once per page (again after a failure). */
export function preloadPanelWhenIdle(loadDashboard: LoadDashboard): void {
  if (preloadAsked) return;
  preloadAsked = true;
  whenIdle(() => {
    panelFor(loadDashboard).then(
      ([dashboard, { warmPanel }]) => warmPanel(dashboard),
      () => (preloadAsked = false), // the extension went away, or the chunk failed: a later hint tries again
    );
  }, IDLE_TIMEOUT_MS);
}
