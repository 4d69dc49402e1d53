/**
 * Runs on every CleverTap dashboard page, so it costs almost nothing until the webhook editor opens:
 * no React, no storage, and no observer of the whole page all day (observing every change costs a
 * busy dashboard about 15% of its main-thread time, even with an empty callback).
 *
 * - After a person acts (click, Enter/Space, history change), the editor or the Messaging Channels
 *   list may appear: for a few seconds a page observer checks for them. Its callback reads no
 *   mutation records (that would wrap every added node for this isolated world): it runs one native
 *   dialog query at once, and the heavier channel-list check once per frame.
 * - Anything else that renders a form control inside a dialog is caught by detect.css: an empty
 *   animation the browser reports through animationstart, at no cost to the page.
 *
 * The panel and the Sendbird tile are separate chunks, loaded only when their place appears.
 */
import { CONTROL_SEEN_ANIMATION, editorOf, findWebhookEditors, pageMayHoldChannels } from './clevertap/detect';

/** How long after a person's action the editor or the channel list may still appear. */
const WATCH_MS = 5000;
const USER_EVENTS = ['click', 'keyup', 'popstate'] as const;

let watchUntil = 0;
let channelsPending = true;
let channelsQueued = false;

/** False once the extension was updated or reloaded under this page (this script is then orphaned). */
function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

function stop(): void {
  observer.disconnect();
  removeEventListener('animationstart', onAnimationStart, true);
  for (const type of USER_EVENTS) removeEventListener(type, onUserAction, true);
}

function attachPanels(editors: readonly HTMLElement[]): void {
  if (editors.length > 0) void import('./panel/attach').then(({ attachPanel }) => editors.forEach(attachPanel));
}

function scanForChannels(): void {
  channelsQueued = false;
  if (!channelsPending || !pageMayHoldChannels()) return;
  void import('./channels/sendbird-tile').then(({ placeSendbirdTile }) => {
    if (placeSendbirdTile()) channelsPending = false;
  });
}

/** The page changed while we watch: editors now, the channel list at the next frame. */
function onMutations(): void {
  if (!extensionAlive()) return stop(); // an open panel tells the marketer to reload
  if (performance.now() > watchUntil) return observer.disconnect();
  attachPanels(findWebhookEditors());
  if (channelsPending && !channelsQueued) {
    channelsQueued = true;
    requestAnimationFrame(scanForChannels);
  }
}

const observer = new MutationObserver(onMutations);

function onUserAction(event: Event): void {
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  if (performance.now() > watchUntil) observer.observe(document.documentElement, { childList: true, subtree: true });
  watchUntil = performance.now() + WATCH_MS;
  // A page that removed the tile (re-rendered its list) gets it back after the next action.
  channelsPending = true;
  onMutations();
}

/** A form control rendered inside a dialog, whenever it happens: attach to the editor it is in. */
function onAnimationStart(event: AnimationEvent): void {
  if (event.animationName !== CONTROL_SEEN_ANIMATION || !(event.target instanceof Element)) return;
  if (!extensionAlive()) return stop();
  const editor = editorOf(event.target);
  if (editor) attachPanels([editor]);
}

addEventListener('animationstart', onAnimationStart, true);
for (const type of USER_EVENTS) addEventListener(type, onUserAction, true);
// What the page already shows when the script arrives (it runs at document_idle).
attachPanels(findWebhookEditors());
scanForChannels();
