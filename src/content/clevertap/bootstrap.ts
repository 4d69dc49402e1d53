/**
 * CleverTap's content-script entry (its row's `bootstrap`, under 3 KB gzip with the core): the
 * generic bootstrap (../bootstrap-core.ts) with CleverTap's recogniser. The manifest's match is
 * exactly CleverTap's hosts, so there is no host to check here. A control leads to its
 * window only when that window shows the title *Create Webhook Content*; a webhook campaign's
 * **Go To Editor** loads the panel ahead; a reported Webhooks tile leads to the Messaging Channels
 * list, where the **Sendbird** tile goes (a chunk of its own).
 */
import { startBootstrap } from '../bootstrap-core';
import { classifyRendered, editorOf, findWebhookEditors, pageMayHoldChannels, pageShowsEditorOpener } from './recognize';

let channelsQueued = false;
function placeTileSoon(): void {
  if (channelsQueued) return;
  channelsQueued = true;
  requestAnimationFrame(() => {
    channelsQueued = false;
    if (pageMayHoldChannels()) void import('./sendbird-tile').then((tile) => tile.placeSendbirdTile());
  });
}

startBootstrap<'webhooks-tile'>({
  classifyRendered,
  editorOf,
  findEditors: findWebhookEditors,
  pageShowsEditorOpener,
  loadDashboard: () => import('./index').then((module) => module.clevertap),
  // A Webhooks tile reported, or at start: the channel list may be there.
  onOwn(kind) {
    if (kind === 'webhooks-tile' || pageMayHoldChannels()) placeTileSoon();
  },
});
