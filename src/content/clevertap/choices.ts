/**
 * The window's choices (content format, body mode), found by their visible words whatever the
 * control is: a radio in a label, a pressed-button, a role="radio" or role="tab" span…
 */
import { textOf } from '../dom/text';
import { CLEVERTAP_TEXT } from './texts';

/** The control for one choice, found by its visible words. */
export function findChoice(editor: Element, words: string): HTMLElement | null {
  const wanted = words.toLowerCase();
  for (const label of editor.querySelectorAll<HTMLLabelElement>('label')) {
    if (textOf(label).toLowerCase() === wanted && label.control) return label.control;
  }
  for (const el of editor.querySelectorAll<HTMLElement>('[role="radio"],[role="tab"],[role="option"],[aria-pressed],button,[role="button"]')) {
    if (textOf(el).toLowerCase() === wanted || el.getAttribute('aria-label')?.toLowerCase() === wanted) return el;
  }
  return null;
}

/**
 * Where the body's key-value rows begin: the body choice. The host contract puts a window's
 * *URL key-value pairs* section (rows that look the same) before it, so only what follows it is the
 * body. Null when the window shows no body choice.
 */
export function bodyStart(editor: Element): HTMLElement | null {
  return findChoice(editor, CLEVERTAP_TEXT.bodyPairs) ?? findChoice(editor, CLEVERTAP_TEXT.bodyCustom);
}

/** Does `node` come after `start` in the page (inside it counts: a label may wrap its radio)? */
export function follows(start: Node, node: Node): boolean {
  return Boolean(start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
}
