/**
 * The **Sendbird** tile in CleverTap's Messaging Channels list, as the official extension shows it
 * (a chunk of its own, loaded only when the list shows).
 * It starts a webhook campaign and selects the Sendbird webhook when exactly one exists.
 */
import { t } from '../../shared/i18n';
import { findChannelList } from './channels';
import { isSendbirdWebhookName, selectOnlyWebhook } from './webhook';
import { createShadowHost } from '../dom/shadow-host';

const TILE_TAG = 'sendbird-channel-tile';

const TILE_CSS = `
:host { all: initial; display: inline-block; }
button { box-sizing: border-box; min-width: 120px; height: 100%; min-height: 64px; padding: 8px 14px; border: 1px solid #6210cc;
  border-radius: 6px; background: #faf8ff; color: #6210cc; font: 600 14px system-ui, sans-serif; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button { background: #1f1b2b; color: #cbb2ff; border-color: #b794ff; } }
`;

/**
 * Starts a webhook campaign through the Webhooks tile as the page shows it now: a list re-rendered
 * since the Sendbird tile was placed holds a new Webhooks tile, and the old one no longer acts.
 */
async function startSendbirdCampaign(placedWith: HTMLElement): Promise<void> {
  const webhooksTile = placedWith.isConnected ? placedWith : findChannelList()?.webhooks;
  if (!webhooksTile) return;
  webhooksTile.click();
  await selectOnlyWebhook(isSendbirdWebhookName);
}

/** Adds the tile next to Webhooks; true when the list is on the page and has the tile now. */
export function placeSendbirdTile(): boolean {
  const list = findChannelList();
  if (!list) return false;
  if (list.tiles.querySelector(TILE_TAG)) return true;
  const { host, shadow } = createShadowHost(TILE_TAG, TILE_CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('tile_sendbird');
  button.title = t('tile_sendbirdHint');
  button.addEventListener('click', () => void startSendbirdCampaign(list.webhooks));
  shadow.append(button);
  // Match the other tiles' wrapper (e.g. an <li>) so the list stays well-formed.
  if (list.webhooksSlot !== list.webhooks) {
    const slot = document.createElement(list.webhooksSlot.tagName);
    slot.append(host);
    list.webhooksSlot.after(slot);
  } else {
    list.webhooksSlot.after(host);
  }
  return true;
}
