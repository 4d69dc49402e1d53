/**
 * Recognising CleverTap's "Create Webhook Content" window and its Messaging Channels list by what
 * the marketer sees, whatever the markup: the window is the smallest element around one of its
 * documented controls (a Key/Value input, the "Key-Value Pair" control, a format or body choice)
 * that also shows the title. No roles, element kinds or class names are relied on. The bootstrap
 * calls this for each element the render signal reports, so every check is cheap and local.
 */
import { textOf } from '../dom/text';
import { CLEVERTAP_TEXT } from './texts';

const CHOICE_WORDS = new Set(
  [CLEVERTAP_TEXT.formatJson, CLEVERTAP_TEXT.formatText, CLEVERTAP_TEXT.bodyPairs, CLEVERTAP_TEXT.bodyCustom].map((w) => w.toLowerCase()),
);
const ROW_PLACEHOLDERS = new Set([CLEVERTAP_TEXT.keyPlaceholder, CLEVERTAP_TEXT.valuePlaceholder].map((w) => w.toLowerCase()));
/** The window's own closing and test controls: a window found by its title reaches out to hold them. */
const WINDOW_BUTTON_WORDS = new Set(CLEVERTAP_TEXT.windowButtons.map((w) => w.toLowerCase()));
const BUTTON_LIKE = 'button,[role="button"]';
/** How far above the title's block the window may still reach for its Done/Save controls. */
const MAX_REACH = 4;

/**
 * What a rendered element is to the extension: one of the editor's documented controls, the What
 * section's **Go To Editor** button (the editor is likely to open next), the Webhooks tile of a
 * Messaging Channels list (checked further by channels.ts), or nothing. Runs for every element the
 * render signal reports, so the element's words are read once, and only for small elements (a
 * control, not a container of controls).
 */
export function classifyRendered(element: Element): 'editor-control' | 'editor-opener' | 'webhooks-tile' | null {
  if (element instanceof HTMLInputElement) {
    if (ROW_PLACEHOLDERS.has(element.placeholder.trim().toLowerCase())) return 'editor-control';
    if (element.type !== 'radio' && element.type !== 'checkbox') return null;
    return [...(element.labels ?? [])].some((label) => CHOICE_WORDS.has(textOf(label).toLowerCase())) ? 'editor-control' : null;
  }
  if (element.childElementCount > 8) return null;
  const words = textOf(element);
  if (words.includes(CLEVERTAP_TEXT.addPair) || CHOICE_WORDS.has(words.toLowerCase())) return 'editor-control';
  if (words === CLEVERTAP_TEXT.goToEditor && element.matches(BUTTON_LIKE)) return 'editor-opener';
  return words === CLEVERTAP_TEXT.webhooksTile && element.childElementCount < 8 ? 'webhooks-tile' : null;
}

/** Is this element one of the editor's documented controls? */
export function isEditorControl(element: Element): boolean {
  return classifyRendered(element) === 'editor-control';
}

/** Does this element hold one of the window's own Done / Save / Preview and Test controls? */
export function holdsWindowButtons(element: Element): boolean {
  for (const control of element.querySelectorAll(BUTTON_LIKE)) {
    if (WINDOW_BUTTON_WORDS.has(textOf(control).toLowerCase())) return true;
  }
  return false;
}

/**
 * Windows already recognised. Pages that re-create rows on every change report each new input;
 * this spares reading the window's text again (only positives are kept: a title may render late).
 */
const knownEditors = new WeakSet<Element>();

/** The "Create Webhook Content" window a documented control belongs to, or null. */
export function editorOf(control: Element): HTMLElement | null {
  const top = control.ownerDocument.body;
  for (let node = control.parentElement; node && node !== top; node = node.parentElement) {
    if (knownEditors.has(node)) return node;
    if (!node.textContent?.includes(CLEVERTAP_TEXT.editorTitle)) continue;
    // The title's block may sit inside the window beside the rows: reach out to the Done/Save controls.
    let window: HTMLElement = node;
    for (let reach = 0, up = node.parentElement; reach < MAX_REACH && up && up !== top && !holdsWindowButtons(window); reach++, up = up.parentElement) {
      if (holdsWindowButtons(up)) window = up;
    }
    knownEditors.add(window);
    return window;
  }
  return null;
}

/** Every documented control of an editor under `root`. */
function editorControls(root: ParentNode): Element[] {
  return [...root.querySelectorAll('input,' + BUTTON_LIKE + ',[role="radio"],[aria-pressed]')].filter(isEditorControl);
}

/** Every "Create Webhook Content" window on the page, shown or hidden, outermost only. */
export function findWebhookEditors(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const control of editorControls(root)) {
    if (found.some((editor) => editor.contains(control))) continue;
    const editor = editorOf(control);
    if (editor && !found.some((f) => f.contains(editor))) found.push(editor);
  }
  return found.filter((editor) => !found.some((other) => other !== editor && other.contains(editor)));
}

/**
 * Does the page already show a **Go To Editor** button (a webhook campaign's What section)? For the
 * page as the content script finds it on arrival: what rendered before it was there was not reported.
 */
export function pageShowsEditorOpener(doc: Document = document): boolean {
  for (const control of doc.querySelectorAll(BUTTON_LIKE)) {
    if (textOf(control) === CLEVERTAP_TEXT.goToEditor && control.checkVisibility()) return true;
  }
  return false;
}

/** Does the page show the Messaging Channels list's heading (a cheap check before the real search)? */
export function pageMayHoldChannels(doc: Document = document): boolean {
  return Boolean(doc.body?.textContent?.includes(CLEVERTAP_TEXT.channelsHeading));
}

