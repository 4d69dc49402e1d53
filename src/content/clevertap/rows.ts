/**
 * The key-value rows of CleverTap's "Create Webhook Content" window, found as the host contract
 * documents them: inputs with the placeholders Key and Value, a control whose text contains
 * "Key-Value Pair" to add a row, and a button-like control after a row's inputs to remove it.
 * Rows may be <div>s or table rows, and may be re-rendered as new nodes after any change.
 *
 * Only the body's rows count: a window may also hold a *URL key-value pairs* section, before the
 * body choice, whose rows look the same. Those are never read, written, removed or counted here.
 */
import type { Pair } from '../../shared/payload-codec';
import { textOf } from '../dom/text';
import { bodyStart, follows } from './choices';
import { CLEVERTAP_SAVE_WORDS, CLEVERTAP_TEXT } from './texts';

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

/**
 * The body choice of each window, looked up once and reused while it stays in the window: the
 * writer reads the rows before every keystroke and click, and looking the choice up by its words
 * each time would cost a page of many rows.
 */
const bodyStarts = new WeakMap<Element, HTMLElement>();

function bodyStartOf(editor: Element): HTMLElement | null {
  const known = bodyStarts.get(editor);
  if (known?.isConnected && editor.contains(known)) return known;
  const found = bodyStart(editor);
  if (found) bodyStarts.set(editor, found);
  else bodyStarts.delete(editor);
  return found;
}

/**
 * The candidates that belong to the body, in order: those after the body choice. A window
 * showing no body choice cannot tell its body from a URL section, so nothing in it counts.
 */
function inBody<T extends Element>(editor: Element, candidates: T[]): T[] {
  const start = bodyStartOf(editor);
  return start ? candidates.filter((candidate) => follows(start, candidate)) : [];
}

/** The body's Key inputs (cheap: counting them is how the writer sees a new row arrive). */
export function bodyKeyInputs(editor: Element): HTMLInputElement[] {
  return inBody(editor, byPlaceholder(editor, CLEVERTAP_TEXT.keyPlaceholder));
}

/** The body's key-value rows, in order. A row is the smallest element holding one Key and one Value input. */
export function readRows(editor: Element): RowHandle[] {
  const rows: RowHandle[] = [];
  for (const keyInput of bodyKeyInputs(editor)) {
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

/**
 * The control that adds a body row: a button or role="button" whose text contains "Key-Value Pair",
 * after the body choice (a URL section before it may have an add control of its own).
 */
export function findAddControl(editor: Element): HTMLElement | null {
  const controls = [...editor.querySelectorAll<HTMLElement>(BUTTON_LIKE)].filter((el) => textOf(el).includes(CLEVERTAP_TEXT.addPair));
  return inBody(editor, controls).at(-1) ?? null;
}

/** The first button-like element inside the row that follows its inputs. */
export function removeControlOf(row: { container: Element; valueInput: Element }): HTMLElement | null {
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

const SAVE_WORDS = new Set<string>(CLEVERTAP_SAVE_WORDS.map((w) => w.toLowerCase()));

/** Done or Save: the window keeps what it holds. */
export function isSaveControl(control: Element): boolean {
  return SAVE_WORDS.has(textOf(control).toLowerCase());
}

/** True when the editor offers what the extension needs to write pairs itself. */
export function canWritePairs(editor: Element): boolean {
  return findAddControl(editor) !== null || readRows(editor).length > 0;
}
