/**
 * What every dashboard's bootstrap does (each dashboard's own entry, `src/content/<id>/bootstrap.ts`,
 * hands it that dashboard's recogniser). It runs on every page of the dashboard, so it costs almost
 * nothing until the webhook editor opens: no React, no storage, and no observer of the page at all
 * (observing a busy page's changes costs it 15–40% of its main-thread time, even with an empty
 * callback).
 *
 * The render signal (the dashboard's detect.css) reports each documented control as it starts
 * rendering, however it came: inserted, mounted late into a container of its own, or un-hidden with
 * no new nodes (and one scan in the task after each click finds a window the click opened, a frame
 * sooner). A reported control leads to its editor only when the dashboard's recogniser says so;
 * what else the dashboard watches for (CleverTap's Webhooks tile) its entry handles itself. The
 * panel is a separate chunk, loaded only when its place appears, or ahead at idle time once the
 * page shows that an editor is likely next.
 *
 * When recognition fails (a renamed title, a redesign) the marketer calls the panel by hand from
 * the toolbar popup or the keyboard shortcut: the background or the popup sends `panel/show` here.
 */
import type { Dashboard } from './dashboard';
import { onElementRendered } from './dom/render-signal';
import { panelFor, preloadPanelWhenIdle } from './panel-loader';
import { extensionAlive } from '../shared/extension-alive';
import { isPageRequest, type PageAnswer } from '../shared/page-messages';

/** What the core needs of one dashboard's page: cheap, local checks only (they run for every reported element). */
export interface DashboardEntry<Own extends string = never> {
  /**
   * What a rendered element is: one of the editor's documented controls, a sign that an editor is
   * likely next (the panel is then loaded ahead), something of the dashboard's own, or nothing.
   */
  classifyRendered(element: Element): 'editor-control' | 'editor-opener' | Own | null;
  /** The editor a documented control belongs to, or null (yet). */
  editorOf(control: Element): HTMLElement | null;
  /** Every editor on the page now. */
  findEditors(): HTMLElement[];
  /** Does the page already show a sign that an editor is likely next? */
  pageShowsEditorOpener(): boolean;
  /** The dashboard's implementation of the interface, loaded with the panel when first needed. */
  loadDashboard(): Promise<Dashboard>;
  /** Something of the dashboard's own was reported (`kind`), or at start (null): the entry acts on it. */
  onOwn?(kind: Own | null): void;
}

/** A control seen before its window's title rendered is looked at again after these delays. */
const RETRY_MS = [250, 1000, 3000];
const OPENER_WITHIN_MS = 10_000;

/**
 * Starts the bootstrap for one dashboard. The manifest runs it only on the row's `matches`; a
 * dashboard whose patterns are wider than its hosts checks `isHost` in its entry before calling
 * this (with a copy of the test: a module the background also imports becomes a chunk of its own).
 */
export function startBootstrap<Own extends string>(entry: DashboardEntry<Own>): void {
  const { loadDashboard } = entry;

  /**
   * The control a person clicked last, and when: a window that appears soon after was opened by it,
   * and a window opened again by the same control is the same editor (its draft is its own).
   */
  let lastClick: { control: Element; at: number } | null = null;
  const openerNow = (): Element | null => (lastClick && performance.now() - lastClick.at < OPENER_WITHIN_MS ? lastClick.control : null);

  function attachPanels(editors: readonly HTMLElement[], opener = openerNow()): void {
    if (editors.length === 0) return;
    void panelFor(loadDashboard).then(([dashboard, { attachPanel }]) => editors.forEach((editor) => attachPanel(dashboard, editor, 'recognition', opener)));
  }

  // A control seen before its window's title keeps the opener of the moment it was seen: a click
  // made while its window is still being drawn did not open it.
  const retried = new WeakSet<Element>();
  function lookForEditor(control: Element, attempt = 0, opener = openerNow()): void {
    const editor = entry.editorOf(control);
    if (editor) return attachPanels([editor], opener);
    if (attempt === 0) {
      if (retried.has(control)) return;
      retried.add(control);
    }
    const delay = RETRY_MS[attempt];
    if (delay !== undefined) setTimeout(() => control.isConnected && lookForEditor(control, attempt + 1, opener), delay);
  }

  /**
   * A click is when the window opens most often: one scan in the task after it finds a window the
   * click rendered at once, a frame before its animations start. One scan per click, never a watch.
   * A person's click that comes before the last click's scan has run (two clicks a few ms apart,
   * the page busy: input goes before timers) runs that scan first, here: the windows shown by now
   * were opened by the click before, and keep it as their opener (the same editor when it opens
   * again). Clicks made by code (the panel's own, adding rows) share one scan, as they always did.
   */
  let queuedScan: ReturnType<typeof setTimeout> | null = null;
  function scanNow(): void {
    if (queuedScan !== null) clearTimeout(queuedScan);
    queuedScan = null;
    attachPanels(entry.findEditors());
  }
  function scanAfterClick(event: MouseEvent): void {
    const control = event.isTrusted && event.target instanceof Element ? event.target.closest('button,[role="button"],a') : null;
    if (control) {
      if (queuedScan !== null) scanNow();
      lastClick = { control, at: performance.now() };
    }
    queuedScan ??= setTimeout(scanNow);
  }

  function stop(): void {
    stopSignal();
    removeEventListener('click', scanAfterClick, true);
  }

  const stopSignal = onElementRendered((element) => {
    if (!extensionAlive()) return stop(); // an open panel tells the marketer to reload
    const kind = entry.classifyRendered(element);
    if (kind === 'editor-control') lookForEditor(element);
    else if (kind === 'editor-opener') preloadPanelWhenIdle(loadDashboard);
    else if (kind !== null) entry.onOwn?.(kind);
  });
  addEventListener('click', scanAfterClick, { capture: true, passive: true });

  // The toolbar popup and the keyboard shortcut (through the background) ask for the panel by hand.
  // Only the extension's own pages and worker may ask: they carry no tab.
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: PageAnswer) => void) => {
    if (sender.id !== chrome.runtime.id || sender.tab || !isPageRequest(message)) return false;
    if (message.type === 'page/ping') {
      sendResponse({ ok: true });
      return false;
    }
    void Promise.all([loadDashboard(), import('./panel/by-hand')]).then(([dashboard, { showPanelByHand }]) =>
      sendResponse({ ok: true, shown: showPanelByHand(dashboard) }),
    );
    return true;
  });

  // What the page already shows when the script arrives (it runs at document_idle).
  attachPanels(entry.findEditors());
  if (entry.pageShowsEditorOpener()) preloadPanelWhenIdle(loadDashboard);
  entry.onOwn?.(null);
}
