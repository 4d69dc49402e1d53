/**
 * Writes the extension's `sendbird_*` pairs into CleverTap's rows and reads them back. Every other
 * row is the marketer's and is never changed, moved or removed: each change is planned from a fresh
 * read of the rows, in the same task as the click or keystroke that carries it out, so a row that
 * moved, was re-created or was edited by the marketer in between is re-planned, never acted on by
 * its old position. Rows may render late and re-render as new nodes after any change.
 */
import { planRows, type Pair } from '../../shared/payload-codec';
import type { WriteResult } from '../dashboard';
import { typeInto } from '../dom/type-into';
import { nextTask, waitFor } from '../dom/wait';
import { canWritePairs, findAddControl, isEmptyRow, pairOf, readPairs, readRows, removeControlOf } from './rows';

/** How long the page may take to show one change (a slow machine, a slow framework). */
const SETTLE_MS = 2000;
/** Whole read-plan-act passes before giving up (each re-plans whatever the page did meanwhile). */
const MAX_PASSES = 4;

/** The rows as they are now, and what to do to them: always read fresh, never remembered. */
function planNow(editor: Element, desired: readonly Pair[]) {
  const rows = readRows(editor);
  return { rows, plan: planRows(rows.map(pairOf), desired) };
}

/** True when the editor's owned pairs are exactly `desired`. */
export function holds(editor: Element, desired: readonly Pair[]): boolean {
  const plan = planRows(readPairs(editor), desired);
  return plan.add.length === 0 && plan.remove.length === 0 && plan.update.length === 0;
}

/**
 * New values for owned rows that already hold a wanted key, one row per task: some pages apply a
 * keystroke only when the next event reaches them, re-rendering their rows (new nodes) right then,
 * so each value goes into the rows as they are after the previous one was taken.
 */
async function updateValues(editor: Element, desired: readonly Pair[]): Promise<void> {
  for (let guard = readRows(editor).length + 5; guard > 0; guard--) {
    const { rows, plan } = planNow(editor, desired);
    const change = plan.update[0];
    const row = change && rows[change.index];
    if (!change || !row || row.keyInput.value !== change.key) return;
    typeInto(row.valueInput, change.value);
    await nextTask();
  }
}

/**
 * Removes unwanted owned rows one at a time. Before each click the rows are read again and the row
 * is chosen by its key; after it, the page is given time to apply it (a second click before that
 * could act on a framework's stale state).
 */
async function removeUnwanted(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  for (let guard = readRows(editor).length + 5; guard > 0; guard--) {
    const { rows, plan } = planNow(editor, desired);
    const index = plan.remove.at(-1);
    if (index === undefined) return { ok: true };
    const row = rows[index];
    const key = row?.keyInput.value ?? '';
    const control = row && removeControlOf(row);
    if (!row || !control) return { ok: false, reason: 'no-remove-control' };
    const before = rows.length;
    control.click();
    const applied = await waitFor(editor, () => !row.keyInput.isConnected || row.keyInput.value !== key || readRows(editor).length < before, SETTLE_MS);
    if (!applied) return { ok: false, reason: 'did-not-stick' };
  }
  return { ok: false, reason: 'did-not-stick' };
}

/** Adds rows until there are enough empty ones, then types the missing pairs into them. */
async function addMissing(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  const missing = () => planNow(editor, desired).plan.add.length;
  const empty = () => readRows(editor).filter(isEmptyRow).length;
  for (let guard = missing() + 5; empty() < missing(); guard--) {
    const add = findAddControl(editor);
    if (!add) return { ok: false, reason: 'no-add-control' };
    if (guard <= 0) return { ok: false, reason: 'did-not-stick' };
    const before = readRows(editor).length;
    add.click();
    if (!(await waitFor(editor, () => readRows(editor).length > before, SETTLE_MS))) return { ok: false, reason: 'did-not-stick' };
  }
  // Each pair goes into a row read as empty at that moment, its key and then its value each in a
  // task of its own (see updateValues), the value into the row as it is once the key was taken.
  for (const pair of planNow(editor, desired).plan.add) {
    const row = readRows(editor).find(isEmptyRow);
    if (!row) break;
    typeInto(row.keyInput, pair.key);
    await nextTask();
    const now = readRows(editor).find((r) => r.keyInput.value === pair.key && r.valueInput.value === '');
    if (now && pair.value !== '') {
      typeInto(now.valueInput, pair.value);
      await nextTask();
    }
  }
  return { ok: true };
}

/** One read-plan-act pass; true when the page then holds the pairs. */
async function onePass(editor: Element, desired: readonly Pair[]): Promise<WriteResult | 'again'> {
  // Each keystroke is taken by the page before any click: a click handler that reads the page's
  // state would otherwise act on the state from before the typing, and undo it.
  await updateValues(editor, desired);
  const removed = await removeUnwanted(editor, desired);
  if (!removed.ok) return removed.reason === 'did-not-stick' ? 'again' : removed;
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  const added = await addMissing(editor, desired);
  if (!added.ok) return added.reason === 'did-not-stick' ? 'again' : added;
  return (await waitFor(editor, () => holds(editor, desired), SETTLE_MS)) ? { ok: true } : 'again';
}

/**
 * Makes the editor's `sendbird_*` rows equal `desired`, leaving every other row as it is, and reads
 * the page back to confirm. Reuses empty rows first, as CleverTap's editor starts with one.
 */
export async function writePairs(editor: Element, desired: readonly Pair[]): Promise<WriteResult> {
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  if (!(await whenRowsReady(editor))) return { ok: false, reason: 'no-add-control' };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (!editor.isConnected) return { ok: false, reason: 'gone' };
    const result = await onePass(editor, desired);
    if (result !== 'again') return result;
  }
  return { ok: false, reason: 'did-not-stick' };
}

/** Resolves once the window shows its rows (some render a moment after the window), or false. */
export function whenRowsReady(editor: Element): Promise<boolean> {
  return waitFor(editor, () => canWritePairs(editor), SETTLE_MS);
}
