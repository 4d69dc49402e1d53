/**
 * Reading and writing the key-value pairs of CleverTap's "Create Webhook Content" window, relying
 * only on clevertap-host-contract.md: inputs with placeholders Key and Value, a control whose text
 * contains "Key-Value Pair", a button-like control after a row's inputs to remove it, and the
 * format/body choices by their visible words. Rows may be re-rendered as new nodes after any change.
 */
import { planRows, type Pair } from '../../shared/payload-codec';
import { CLEVERTAP_TEXT } from './texts';
import { waitFor } from './wait';

export interface RowHandle {
  keyInput: HTMLInputElement;
  valueInput: HTMLInputElement;
  container: Element;
}

const BUTTON_LIKE = 'button,[role="button"]';

function byPlaceholder(root: ParentNode, placeholder: string): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input')].filter(
    (input) => input.placeholder.trim().toLowerCase() === placeholder.toLowerCase(),
  );
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

export function readPairs(editor: Element): Pair[] {
  return readRows(editor).map((row) => ({ key: row.keyInput.value, value: row.valueInput.value }));
}

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Anything in the window a click can act through: buttons, role="button", links, input buttons. */
const WINDOW_CONTROLS = 'button,[role="button"],a[href],input[type="submit"],input[type="button"]';

/** The control of CleverTap's window (Done, Save, ×, Preview and Test…) a click landed on, if any. */
export function controlAt(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>(WINDOW_CONTROLS);
}

export function findAddControl(editor: Element): HTMLElement | null {
  const controls = [...editor.querySelectorAll<HTMLElement>(BUTTON_LIKE)].filter((el) => text(el).includes(CLEVERTAP_TEXT.addPair));
  return controls.at(-1) ?? null;
}

/** The first button-like element inside the row that follows its inputs. */
function removeControlOf(row: RowHandle): HTMLElement | null {
  for (const candidate of row.container.querySelectorAll<HTMLElement>(BUTTON_LIKE)) {
    if (row.valueInput.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) return candidate;
  }
  return null;
}

/** Writes a value the way a user's typing would, so framework-controlled inputs keep it. */
export function typeInto(input: HTMLInputElement, value: string): void {
  if (input.value === value) return;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
}

// ---- Content format and body mode -----------------------------------------------------------

export interface EditorMode {
  /** null when the choice could not be found or read. */
  json: boolean | null;
  pairs: boolean | null;
}

/** The control for one choice (a radio, a pressed-button, a tab…) found by its visible words. */
function findChoice(editor: Element, words: string): HTMLElement | null {
  const wanted = words.toLowerCase();
  for (const label of editor.querySelectorAll<HTMLLabelElement>('label')) {
    if (text(label).toLowerCase() === wanted && label.control) return label.control;
  }
  for (const el of editor.querySelectorAll<HTMLElement>('[role="radio"],[role="tab"],[role="option"],[aria-pressed],button,[role="button"]')) {
    if (text(el).toLowerCase() === wanted || el.getAttribute('aria-label')?.toLowerCase() === wanted) return el;
  }
  return null;
}

function isChosen(control: HTMLElement | null): boolean | null {
  if (!control) return null;
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) return control.checked;
  for (const attribute of ['aria-checked', 'aria-pressed', 'aria-selected']) {
    const value = control.getAttribute(attribute);
    if (value !== null) return value === 'true';
  }
  return null;
}

export function readMode(editor: Element): EditorMode {
  const jsonChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.formatJson));
  const textChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.formatText));
  const pairsChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.bodyPairs));
  const customChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.bodyCustom));
  return {
    json: jsonChosen ?? (textChosen === null ? null : !textChosen),
    pairs: pairsChosen ?? (customChosen === null ? null : !customChosen),
  };
}

/** Chooses JSON and key-value pairs; only ever called when the marketer asks for it. */
export async function switchToPairs(editor: Element): Promise<boolean> {
  findChoice(editor, CLEVERTAP_TEXT.formatJson)?.click();
  await waitFor(editor, () => readMode(editor).json !== false, 1000);
  findChoice(editor, CLEVERTAP_TEXT.bodyPairs)?.click();
  return waitFor(editor, () => {
    const mode = readMode(editor);
    return mode.json !== false && mode.pairs !== false && findAddControl(editor) !== null;
  }, 2000);
}

// ---- Writing the extension's pairs ------------------------------------------------------------

export type WriteResult = { ok: true } | { ok: false; reason: 'no-add-control' | 'no-remove-control' | 'did-not-stick' | 'gone' };

const SETTLE_MS = 2000;

/** Sets one row's key and value, waiting for the page to take each (rows may be re-created). */
async function fillRow(editor: Element, index: number, pair: Pair): Promise<boolean> {
  const row = readRows(editor)[index];
  if (!row) return false;
  typeInto(row.keyInput, pair.key);
  if (!(await waitFor(editor, () => readRows(editor)[index]?.keyInput.value === pair.key, SETTLE_MS))) return false;
  const fresh = readRows(editor)[index];
  if (!fresh) return false;
  typeInto(fresh.valueInput, pair.value);
  return waitFor(editor, () => readRows(editor)[index]?.valueInput.value === pair.value, SETTLE_MS);
}

/** True when the editor's owned pairs are exactly `desired`. */
function holds(editor: Element, desired: readonly Pair[]): boolean {
  const plan = planRows(readPairs(editor), desired);
  return plan.add.length === 0 && plan.remove.length === 0 && plan.update.length === 0;
}

/**
 * Removes rows one at a time, last first so that earlier indexes stay valid, each time waiting for
 * the page to show it (a second click before that could act on the page's stale state).
 */
async function removeRows(editor: Element, indexes: readonly number[]): Promise<WriteResult> {
  for (const index of [...indexes].sort((a, b) => b - a)) {
    const row = readRows(editor)[index];
    const control = row && removeControlOf(row);
    if (!control) return { ok: false, reason: 'no-remove-control' };
    const before = readRows(editor).length;
    control.click();
    if (!(await waitFor(editor, () => readRows(editor).length < before, SETTLE_MS))) return { ok: false, reason: 'did-not-stick' };
  }
  return { ok: true };
}

/**
 * Fast path: every change made without waiting for the page, except that each row added or removed
 * waits for the page to show it (frameworks such as React apply a click's state change after the
 * event, so a second click before that would act on stale state); then one wait for the page to
 * show everything.
 */
async function writeAllAtOnce(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  const plan = planRows(readPairs(editor), desired);
  // Values first, while the indexes of the plan still hold.
  const rows = readRows(editor);
  for (const change of plan.update) {
    const row = rows[change.index];
    if (row) typeInto(row.valueInput, change.value);
  }
  const removed = await removeRows(editor, plan.remove);
  if (!removed.ok) return removed;
  if (plan.add.length > 0) {
    const isEmpty = (r: RowHandle) => r.keyInput.value === '' && r.valueInput.value === '';
    while (readRows(editor).filter(isEmpty).length < plan.add.length) {
      const add = findAddControl(editor);
      if (!add) return { ok: false, reason: 'no-add-control' };
      const before = readRows(editor).length;
      add.click();
      if (!(await waitFor(editor, () => readRows(editor).length > before, SETTLE_MS))) return { ok: false, reason: 'did-not-stick' };
    }
    const empty = readRows(editor).filter(isEmpty);
    plan.add.forEach((pair, i) => {
      const row = empty[i];
      if (!row) return;
      typeInto(row.keyInput, pair.key);
      typeInto(row.valueInput, pair.value);
    });
  }
  return (await waitFor(editor, () => holds(editor, desired), SETTLE_MS)) ? { ok: true } : { ok: false, reason: 'did-not-stick' };
}

/** Careful path: one change at a time, waiting for the page to take each before the next. */
async function writeOneByOne(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  const plan = planRows(readPairs(editor), desired);

  for (const change of plan.update) {
    const row = readRows(editor)[change.index];
    if (!row || row.keyInput.value !== change.key) return { ok: false, reason: 'did-not-stick' };
    typeInto(row.valueInput, change.value);
    const stuck = await waitFor(editor, () => readRows(editor)[change.index]?.valueInput.value === change.value, SETTLE_MS);
    if (!stuck) return { ok: false, reason: 'did-not-stick' };
  }

  const removed = await removeRows(editor, plan.remove);
  if (!removed.ok) return removed;

  for (const pair of plan.add) {
    if (!editor.isConnected) return { ok: false, reason: 'gone' };
    const rows = readRows(editor);
    let index = rows.findIndex((r) => r.keyInput.value === '' && r.valueInput.value === '');
    if (index === -1) {
      const add = findAddControl(editor);
      if (!add) return { ok: false, reason: 'no-add-control' };
      add.click();
      if (!(await waitFor(editor, () => readRows(editor).length > rows.length, SETTLE_MS))) return { ok: false, reason: 'did-not-stick' };
      index = readRows(editor).length - 1;
    }
    if (!(await fillRow(editor, index, pair))) return { ok: false, reason: 'did-not-stick' };
  }
  return (await waitFor(editor, () => holds(editor, desired), SETTLE_MS)) ? { ok: true } : { ok: false, reason: 'did-not-stick' };
}

/**
 * Makes the editor's `sendbird_*` rows equal `desired`, leaving every other row as it is, and reads
 * the page back to confirm. Reuses empty rows first, as CleverTap's editor starts with one.
 */
export async function writePairs(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  if (!(await whenRowsReady(editor))) return { ok: false, reason: 'no-add-control' };
  const fast = await writeAllAtOnce(editor, desired);
  if (fast.ok || fast.reason === 'no-add-control' || fast.reason === 'no-remove-control') return fast;
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  return writeOneByOne(editor, desired);
}

/** Resolves once the window shows its rows (some render a moment after the window), or false. */
export function whenRowsReady(editor: Element): Promise<boolean> {
  return waitFor(editor, () => canWritePairs(editor), SETTLE_MS);
}

/** True when the editor offers what the extension needs to write pairs itself. */
export function canWritePairs(editor: Element): boolean {
  return findAddControl(editor) !== null || readRows(editor).length > 0;
}
