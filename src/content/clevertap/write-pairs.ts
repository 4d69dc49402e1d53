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
import { bodyKeyInputs, canWritePairs, findAddControl, isEmptyRow, pairOf, readPairs, readRows, removeControlOf, type RowHandle } from './rows';

/** Whole read-plan-act passes before giving up (each re-plans whatever the page did meanwhile). */
const MAX_PASSES = 4;

export interface WriteTiming {
  /** How long the page may take to show one change (a slow machine, a slow framework). */
  settleMs: number;
  /**
   * After a pass, how long the page may stay still without holding the pairs before the next pass
   * re-plans (a keystroke the page dropped, a row a re-render threw away): sooner than settleMs.
   */
  quietMs: number;
}

/** For real pages. Tests of a fake page that answers within a millisecond may pass shorter ones. */
export const WRITE_TIMING: WriteTiming = { settleMs: 2000, quietMs: 300 };

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
 * Types into one row's input. Some pages apply a keystroke only when the next event reaches them,
 * re-rendering their rows (new nodes) right then, so a value typed into a row that was re-rendered
 * meanwhile may be lost: then the page is given a task to settle, and the row is read again by its key.
 * Pages that keep their nodes cost no wait at all.
 */
async function typeValue(editor: Element, row: RowHandle, key: string, value: string): Promise<void> {
  typeInto(row.valueInput, value);
  if (row.valueInput.isConnected) return;
  await nextTask();
  const fresh = readRows(editor).find((r) => r.keyInput.value === key);
  if (fresh && fresh.valueInput.value !== value) typeInto(fresh.valueInput, value);
  await nextTask();
}

/** New values for owned rows that already hold a wanted key, each row read afresh; how many were typed. */
async function updateValues(editor: Element, desired: readonly Pair[]): Promise<number> {
  let typed = 0;
  for (let guard = readRows(editor).length + 5; guard > 0; guard--, typed++) {
    const { rows, plan } = planNow(editor, desired);
    const change = plan.update[0];
    const row = change && rows[change.index];
    if (!change || !row || row.keyInput.value !== change.key) break;
    await typeValue(editor, row, change.key, change.value);
  }
  return typed;
}

/**
 * Removes unwanted owned rows one at a time. Before each click the rows are read again and the row
 * is chosen by its key; after it, the page is given time to apply it (a second click before that
 * could act on a framework's stale state).
 */
async function removeUnwanted(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult> {
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
    const applied = await whenApplied(editor, () => !row.keyInput.isConnected || row.keyInput.value !== key || readRows(editor).length < before, timing);
    if (!applied) return { ok: false, reason: 'did-not-stick' };
  }
  return { ok: false, reason: 'did-not-stick' };
}

/** Resolves once `applied` holds: at once when the page applied the change in the same task. */
function whenApplied(editor: Element, applied: () => boolean, timing: WriteTiming): Promise<boolean> {
  return applied() ? Promise.resolve(true) : waitFor(editor, applied, timing.settleMs);
}

/** Adds rows until there are enough empty ones, then types the missing pairs into them. */
async function addMissing(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult> {
  const missing = planNow(editor, desired).plan.add.length;
  // Counting Key inputs is enough to see a row arrive; the rows are read in full once, after.
  const keyCount = () => bodyKeyInputs(editor).length;
  const empty = readRows(editor).filter(isEmptyRow).length;
  let add: HTMLElement | null = null;
  for (let added = 0; empty + added < missing; added++) {
    if (!add?.isConnected) add = findAddControl(editor);
    if (!add) return { ok: false, reason: 'no-add-control' };
    const before = keyCount();
    add.click();
    if (!(await whenApplied(editor, () => keyCount() > before, timing))) return { ok: false, reason: 'did-not-stick' };
  }
  // Each pair goes into a row read as empty at that moment; its value into that row as it is once
  // its key was typed (see typeValue). The rows are read again only when the page re-rendered them.
  let empties = readRows(editor).filter(isEmptyRow);
  for (const pair of planNow(editor, desired).plan.add) {
    if (!empties[0]?.keyInput.isConnected || !isEmptyRow(empties[0])) empties = readRows(editor).filter(isEmptyRow);
    const row = empties.shift();
    if (!row) break;
    typeInto(row.keyInput, pair.key);
    if (!row.keyInput.isConnected) await nextTask();
    const now = row.keyInput.isConnected ? row : readRows(editor).find((r) => r.keyInput.value === pair.key && r.valueInput.value === '');
    if (now) await typeValue(editor, now, pair.key, pair.value);
  }
  return { ok: true };
}

/** One read-plan-act pass; true when the page then holds the pairs. */
async function onePass(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult | 'again'> {
  // The page takes what was typed before any click: a click handler that reads the page's state
  // would otherwise act on the state from before the typing, and undo it.
  if ((await updateValues(editor, desired)) > 0) await nextTask();
  const removed = await removeUnwanted(editor, desired, timing);
  if (!removed.ok) return removed.reason === 'did-not-stick' ? 'again' : removed;
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  const added = await addMissing(editor, desired, timing);
  if (!added.ok) return added.reason === 'did-not-stick' ? 'again' : added;
  const settled = holds(editor, desired) || (await waitFor(editor, () => holds(editor, desired), timing.settleMs, timing.quietMs));
  return settled ? { ok: true } : 'again';
}

/**
 * Makes the editor's `sendbird_*` rows equal `desired`, leaving every other row as it is, and reads
 * the page back to confirm. Reuses empty rows first, as CleverTap's editor starts with one.
 */
export async function writePairs(editor: Element, desired: readonly Pair[], timing: WriteTiming = WRITE_TIMING): Promise<WriteResult> {
  if (!editor.isConnected) return { ok: false, reason: 'gone' };
  if (!(await whenRowsReady(editor, timing))) return { ok: false, reason: 'no-add-control' };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (!editor.isConnected) return { ok: false, reason: 'gone' };
    const result = await onePass(editor, desired, timing);
    if (result !== 'again') return result;
  }
  return { ok: false, reason: 'did-not-stick' };
}

/** Resolves once the window shows its rows (some render a moment after the window), or false. */
export function whenRowsReady(editor: Element, timing: WriteTiming = WRITE_TIMING): Promise<boolean> {
  return whenApplied(editor, () => canWritePairs(editor), timing);
}
