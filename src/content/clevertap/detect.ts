/**
 * Cheap checks the bootstrap runs on every dashboard page: is the webhook editor or the Messaging
 * Channels list on screen? Only native selector queries and text checks of small subtrees.
 */
import { CLEVERTAP_TEXT } from './texts';

const DIALOGS = '[role="dialog"],dialog,[aria-modal="true"]';

/** Every open "Create Webhook Content" window on the page. */
export function findWebhookEditors(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(DIALOGS)) {
    if (found.some((f) => f.contains(element))) continue;
    if (element.textContent?.includes(CLEVERTAP_TEXT.editorTitle)) found.push(element);
  }
  return found;
}

/** True when a subtree added to the page may hold the Messaging Channels list. */
export function mayHoldChannels(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && Boolean(node.textContent?.includes(CLEVERTAP_TEXT.channelsHeading));
}

/** At start-up: does the page already show the Messaging Channels list? */
export function pageMayHoldChannels(doc: Document = document): boolean {
  return Boolean(doc.body?.textContent?.includes(CLEVERTAP_TEXT.channelsHeading));
}
