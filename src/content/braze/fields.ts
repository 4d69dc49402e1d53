/**
 * The kinds of element the contract names in Braze's composer: text fields (`<input>` or
 * `<textarea>`, never a content-editable editor). Nothing here knows what they say. (Button-like
 * controls are in choices.ts, which the bootstrap carries; this file it does not.)
 */
import type { TextField } from '../dom/row-writer';

/** Inputs a person types a line of text into (not radios, checkboxes, buttons or hidden ones). */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url']);

export function isTextField(element: Element): element is TextField {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.getAttribute('type')?.toLowerCase() ?? '');
}

export function textFieldsIn(root: ParentNode): TextField[] {
  return [...root.querySelectorAll('input,textarea')].filter(isTextField);
}

/** A value editor that is not an input: a content-editable element (Braze's rich editor, if it has one). */
export function richEditorsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[contenteditable]:not([contenteditable="false"])')];
}

/** Does `node` come after `start` in the page? */
export function follows(start: Node, node: Node): boolean {
  return Boolean(start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
}
