/**
 * Cheap checks the bootstrap runs on every dashboard page: is the webhook editor or the Messaging
 * Channels list on screen? Only native selector queries and text checks of small subtrees.
 */
import { CLEVERTAP_TEXT } from './texts';

const DIALOGS = '[role="dialog"],dialog,[aria-modal="true"]';

/** The animation detect.css starts on form controls inside dialogs. */
export const CONTROL_SEEN_ANIMATION = 'sendbird-clevertap-control-seen';

/**
 * Dialogs already seen to be the editor. Pages that re-create rows on every change report each new
 * input; this spares re-reading the window's text each time (only positives are kept: a title may
 * render after its dialog).
 */
const knownEditors = new WeakSet<Element>();

/** The "Create Webhook Content" window a control belongs to, or null. */
export function editorOf(control: Element): HTMLElement | null {
  for (let dialog = control.closest<HTMLElement>(DIALOGS); dialog; dialog = dialog.parentElement?.closest<HTMLElement>(DIALOGS) ?? null) {
    if (knownEditors.has(dialog)) return dialog;
    if (dialog.textContent?.includes(CLEVERTAP_TEXT.editorTitle)) {
      knownEditors.add(dialog);
      return dialog;
    }
  }
  return null;
}

/** Every open "Create Webhook Content" window on the page. */
export function findWebhookEditors(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(DIALOGS)) {
    if (found.some((f) => f.contains(element))) continue;
    if (element.textContent?.includes(CLEVERTAP_TEXT.editorTitle)) found.push(element);
  }
  return found;
}

/** Does the page show the Messaging Channels list's heading (a cheap check before the real search)? */
export function pageMayHoldChannels(doc: Document = document): boolean {
  return Boolean(doc.body?.textContent?.includes(CLEVERTAP_TEXT.channelsHeading));
}
