/**
 * Runs on every CleverTap dashboard page, so it costs almost nothing until the webhook editor opens:
 * no React, no storage, and no observer of the page at all (observing a busy page's changes costs
 * it 15–40% of its main-thread time, even with an empty callback).
 *
 * The render signal (detect.css) reports each documented control as it starts rendering, however
 * it came: inserted, mounted late into a container of its own, or un-hidden with no new nodes (and
 * one scan in the task after each click finds a window the click opened, a frame sooner). A
 * reported control leads to its window only when that window shows the title *Create Webhook
 * Content*; a reported Webhooks tile leads to the Messaging Channels list. The panel and the tile
 * are separate chunks, loaded only when their place appears, or, for the panel, ahead at idle time
 * once a webhook campaign shows its **Go To Editor** button (the window is likely next).
 *
 * When recognition fails (a renamed title, a redesign) the marketer calls the panel by hand from
 * the toolbar popup or the keyboard shortcut: the background or the popup sends `panel/show` here.
 */
import { classifyRendered, editorOf, findWebhookEditors, pageMayHoldChannels, pageShowsEditorOpener } from './clevertap/recognize';
import { onElementRendered } from './dom/render-signal';
import { panelFor, preloadPanelWhenIdle } from './panel-loader';
import { extensionAlive } from '../shared/extension-alive';
import { isPageRequest, type PageAnswer } from '../shared/page-messages';

/** A control seen before its window's title rendered is looked at again after these delays. */
const RETRY_MS = [250, 1000, 3000];

/**
 * The control a person clicked last, and when: a window that appears soon after was opened by it,
 * and a window opened again by the same control is the same editor (its draft is its own).
 */
let lastClick: { control: Element; at: number } | null = null;
const OPENER_WITHIN_MS = 10_000;

function openerNow(): Element | null {
  return lastClick && performance.now() - lastClick.at < OPENER_WITHIN_MS ? lastClick.control : null;
}

function attachPanels(editors: readonly HTMLElement[]): void {
  if (editors.length === 0) return;
  const opener = openerNow();
  void panelFor().then(([{ clevertap }, { attachPanel }]) => editors.forEach((editor) => attachPanel(clevertap, editor, 'recognition', opener)));
}

let channelsQueued = false;
function placeTileSoon(): void {
  if (channelsQueued) return;
  channelsQueued = true;
  requestAnimationFrame(() => {
    channelsQueued = false;
    if (pageMayHoldChannels()) void import('./channels/sendbird-tile').then(({ placeSendbirdTile }) => placeSendbirdTile());
  });
}

const retried = new WeakSet<Element>();
function lookForEditor(control: Element, attempt = 0): void {
  const editor = editorOf(control);
  if (editor) return attachPanels([editor]);
  if (attempt === 0) {
    if (retried.has(control)) return;
    retried.add(control);
  }
  const delay = RETRY_MS[attempt];
  if (delay !== undefined) setTimeout(() => control.isConnected && lookForEditor(control, attempt + 1), delay);
}

/**
 * A click is when the window opens most often: one scan in the task after it finds a window the
 * click rendered at once, a frame before its animations start. One scan per click, never a watch.
 */
let scanQueued = false;
function scanAfterClick(event: MouseEvent): void {
  const control = event.isTrusted && event.target instanceof Element ? event.target.closest('button,[role="button"],a') : null;
  if (control) lastClick = { control, at: performance.now() };
  if (scanQueued) return;
  scanQueued = true;
  setTimeout(() => {
    scanQueued = false;
    attachPanels(findWebhookEditors());
  });
}

function stop(): void {
  stopSignal();
  removeEventListener('click', scanAfterClick, true);
}

const stopSignal = onElementRendered((element) => {
  if (!extensionAlive()) return stop(); // an open panel tells the marketer to reload
  const kind = classifyRendered(element);
  if (kind === 'editor-control') lookForEditor(element);
  else if (kind === 'editor-opener') preloadPanelWhenIdle();
  else if (kind === 'webhooks-tile') placeTileSoon();
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
  void Promise.all([import('./clevertap'), import('./panel/by-hand')]).then(([{ clevertap }, { showPanelByHand }]) =>
    sendResponse({ ok: true, shown: showPanelByHand(clevertap) }),
  );
  return true;
});

// What the page already shows when the script arrives (it runs at document_idle).
attachPanels(findWebhookEditors());
if (pageShowsEditorOpener()) preloadPanelWhenIdle();
if (pageMayHoldChannels()) placeTileSoon();
