/**
 * Finding the editor loosely, for the panel called by hand when recognition failed (a renamed
 * title, a redesign). Apart from recognize.ts, so the bootstrap that runs on every page does not
 * carry it: only the hand-called panel's chunk does.
 */
import { textOf } from '../dom/text';
import { bodyStart, follows } from './choices';
import { holdsWindowButtons } from './recognize';
import { BUTTON_LIKE } from './rows';
import { CLEVERTAP_TEXT } from './texts';

/** What holds everything on the page: never taken for a window (writing there reaches every section). */
function isPageLevel(element: Element, doc: Document): boolean {
  return element === doc.documentElement || element === doc.body || element.parentElement === doc.body;
}

/** Does this element hold the body's rows as the contract describes them: a body choice, then an add control? */
function holdsBodyRows(element: Element): boolean {
  const start = bodyStart(element);
  if (!start) return false;
  for (const control of element.querySelectorAll(BUTTON_LIKE)) {
    if (follows(start, control) && textOf(control).includes(CLEVERTAP_TEXT.addPair)) return true;
  }
  return false;
}

/**
 * For a panel called by hand when recognition failed (a renamed title, a redesign): the smallest
 * element around the first visible Key input of a body (else the first visible one) that holds either the window's Done/Save controls or
 * the body's rows (its body choice and add control). Never the page itself or the app's top
 * container: when that is all there is, null, and the panel comes as a floating card instead.
 */
export function findEditorLoosely(doc: Document = document): HTMLElement | null {
  const shown = [...doc.querySelectorAll<HTMLInputElement>('input')].filter(
    (el) => el.placeholder.trim().toLowerCase() === CLEVERTAP_TEXT.keyPlaceholder.toLowerCase() && el.checkVisibility({ visibilityProperty: true }),
  );
  // A Key input after a body choice is a body row; others may be another section's (or a URL row).
  const start = doc.body ? bodyStart(doc.body) : null;
  const input = shown.find((el) => start !== null && follows(start, el)) ?? shown[0];
  if (!input) return null;
  for (let node = input.parentElement; node && !isPageLevel(node, doc); node = node.parentElement) {
    if (holdsWindowButtons(node) || holdsBodyRows(node)) return node;
  }
  return null;
}
