/**
 * The key-value rows of CleverTap's "Create Webhook Content" window, found as the host contract
 * documents them: inputs with the placeholders Key and Value, a control whose text contains
 * "Key-Value Pair" to add a row, and a button-like control after a row's inputs to remove it.
 * Rows may be <div>s or table rows, and may be re-rendered as new nodes after any change.
 */
import type { Pair } from '../../shared/payload-codec';
import { textOf } from '../dom/text';
import { CLEVERTAP_TEXT } from './texts';

export interface RowHandle {
  keyInput: HTMLInputElement;
  valueInput: HTMLInputElement;
  container: Element;
}

export const BUTTON_LIKE = 'button,[role="button"]';

export function byPlaceholder(root: ParentNode, placeholder: string): HTMLInputElement[] {
  const wanted = placeholder.toLowerCase();
  return [...root.querySelectorAll<HTMLInputElement>('input')].filter((input) => input.placeholder.trim().toLowerCase() === wanted);
}

/** The editor's key-value rows, in order. A row is the smallest element holding one Key and one Value input. */
export function readRows(editor: Element): RowHandle[] {
  const rows: RowHandle[] = [];
  for (const keyInput of byPlaceholder(editor, CLEVERTAP_TEXT.keyPlaceholder)) {
    let container: Element | null = keyInput.parentElement;
    while (container && container !== editor) {
      const values = byPlaceholder(container, CLEVERTAP_TEXT.valuePlaceholder);
      if (values.length > 0) {
        const keys = byPlaceholder(container, CLEVERTAP_TEXT.keyPlaceholder);
        if (keys.length === 1 && values.length === 1 && values[0]) rows.push({ keyInput, valueInput: values[0], container });
        break;
      }
      container = container.parentElement;
    }
  }
  return rows;
}

export function pairOf(row: RowHandle): Pair {
  return { key: row.keyInput.value, value: row.valueInput.value };
}

export function readPairs(editor: Element): Pair[] {
  return readRows(editor).map(pairOf);
}

export function isEmptyRow(row: RowHandle): boolean {
  return row.keyInput.value === '' && row.valueInput.value === '';
}

/** The control that adds a row: a button or role="button" whose text contains "Key-Value Pair". */
export function findAddControl(editor: Element): HTMLElement | null {
  const controls = [...editor.querySelectorAll<HTMLElement>(BUTTON_LIKE)].filter((el) => textOf(el).includes(CLEVERTAP_TEXT.addPair));
  return controls.at(-1) ?? null;
}

/** The first button-like element inside the row that follows its inputs. */
export function removeControlOf(row: RowHandle): HTMLElement | null {
  for (const candidate of row.container.querySelectorAll<HTMLElement>(BUTTON_LIKE)) {
    if (row.valueInput.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) return candidate;
  }
  return null;
}

/** Anything in the window a click can act through: buttons, role="button", links, input buttons. */
const WINDOW_CONTROLS = 'button,[role="button"],a[href],input[type="submit"],input[type="button"]';

/** The control of CleverTap's window (Done, Save, ×, Preview and Test…) a click landed on, if any. */
export function windowControlAt(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>(WINDOW_CONTROLS);
}

/** True when the editor offers what the extension needs to write pairs itself. */
export function canWritePairs(editor: Element): boolean {
  return findAddControl(editor) !== null || readRows(editor).length > 0;
}
