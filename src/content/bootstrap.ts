/**
 * Runs on every CleverTap dashboard page, so it costs almost nothing: no React, no storage, one
 * MutationObserver whose work is batched to one cheap check per animation frame. The panel and the
 * Sendbird tile are separate chunks, loaded only when their place appears on the page.
 */
import { findWebhookEditors, mayHoldChannels, pageMayHoldChannels } from './clevertap/detect';

let frameQueued = false;
let channelsMayShow = true;

/** False once the extension was updated or reloaded under this page (this script is then orphaned). */
function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

function scan(): void {
  frameQueued = false;
  if (!extensionAlive()) {
    // Leave the page as it is; an open panel tells the marketer to reload.
    observer.disconnect();
    return;
  }
  const editors = findWebhookEditors();
  if (editors.length > 0) {
    void import('./panel/attach').then(({ attachPanel }) => editors.forEach(attachPanel));
  }
  if (channelsMayShow) {
    channelsMayShow = false;
    void import('./channels/sendbird-tile').then(({ placeSendbirdTile }) => placeSendbirdTile());
  }
}

const observer = new MutationObserver((records) => {
  if (!channelsMayShow) {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (mayHoldChannels(node)) {
          channelsMayShow = true;
          break;
        }
      }
      if (channelsMayShow) break;
    }
  }
  if (!frameQueued) {
    frameQueued = true;
    requestAnimationFrame(scan);
  }
});

observer.observe(document.documentElement, { childList: true, subtree: true });
// The page may already show what we look for (the script runs at document_idle).
channelsMayShow = pageMayHoldChannels();
frameQueued = true;
requestAnimationFrame(scan);
