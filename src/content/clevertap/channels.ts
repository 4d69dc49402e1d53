/** The Messaging Channels list shown after "+ Campaign", and its Webhooks tile. */
import { normalizeText as clean } from '../dom/text';
import { CLEVERTAP_TEXT } from './texts';

/** What a tile may be: any element a person can click or reach with the keyboard. */
const CLICKABLE = 'button,[role="button"],a,[tabindex],li';

export interface ChannelList {
  /** The element that holds the tiles (the Sendbird tile goes in here). */
  tiles: Element;
  /** The Webhooks tile: clicking it starts a webhook campaign. */
  webhooks: HTMLElement;
  /** The element a new tile is inserted after, a sibling of the other tiles. */
  webhooksSlot: Element;
}

/** Finds the list headed "Messaging Channels" and its Webhooks tile, under `root`. */
export function findChannelList(root: ParentNode = document): ChannelList | null {
  for (const clickable of root.querySelectorAll<HTMLElement>(CLICKABLE)) {
    if (clean(clickable.textContent) !== CLEVERTAP_TEXT.webhooksTile) continue;
    // The tile is the innermost clickable with that name (an <li> may wrap the element that acts).
    if (clickable.querySelector(CLICKABLE)) continue;
    // Climb until the parent holds other tiles too: that parent is the list, our element the slot.
    let slot: Element = clickable;
    let parent = clickable.parentElement;
    while (parent && parent.querySelectorAll(CLICKABLE).length < 3) {
      slot = parent;
      parent = parent.parentElement;
    }
    if (!parent) continue;
    // The list must be the one headed "Messaging Channels".
    let headed: Element | null = parent;
    while (headed && !clean(headed.textContent).includes(CLEVERTAP_TEXT.channelsHeading)) headed = headed.parentElement;
    if (!headed) continue;
    return { tiles: parent, webhooks: clickable, webhooksSlot: slot };
  }
  return null;
}
