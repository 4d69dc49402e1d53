/**
 * Writing the extension's pairs into a dashboard's key-value rows, whatever the dashboard: it says
 * where its rows are (a `RowsOf` adapter), this makes them hold the wanted pairs and reads them
 * back. Which pairs are the extension's is the payload contract's rule (`planRows`); every other row
 * is the marketer's and is never changed, moved or removed. Each change is planned from a fresh
 * read of the rows, in the same task as the click or keystroke that carries it out, so a row that
 * moved, was re-created or was edited meanwhile is re-planned, never acted on by its old position.
 * Rows may render late and re-render as new nodes after any change.
 *
 * (The same algorithm as clevertap/write-pairs.ts, with the rows made a parameter so that a second
 * dashboard does not copy it; CleverTap's can move onto it.)
 */
import { planRows, type Pair } from '../../shared/payload-codec';
import type { WriteResult } from '../dashboard';
import { typeInto } from './type-into';
import { nextTask, waitFor } from './wait';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

export interface KeyValueRow {
  keyInput: TextField;
  valueInput: TextField;
  container: Element;
}

/** Where one dashboard's editor keeps its rows (only the rows the extension may write). */
export interface RowsOf {
  readRows(editor: Element): KeyValueRow[];
  /** How many key inputs there are: cheap, it is how the writer sees a new row arrive. */
  countKeyInputs(editor: Element): number;
  findAddControl(editor: Element): HTMLElement | null;
  removeControlOf(row: KeyValueRow): HTMLElement | null;
  /** The editor offers what the writer needs (rows, or a control that adds them). */
  canWritePairs(editor: Element): boolean;
}

export interface WriteTiming {
  /** How long the page may take to show one change (a slow machine, a slow framework). */
  settleMs: number;
  /** After a pass, how long the page may stay still without holding the pairs before re-planning. */
  quietMs: number;
}

/** For real pages. Tests of a fake page that answers within a millisecond may pass shorter ones. */
export const WRITE_TIMING: WriteTiming = { settleMs: 2000, quietMs: 300 };

/** Whole read-plan-act passes before giving up (each re-plans whatever the page did meanwhile). */
const MAX_PASSES = 4;

export const pairOfRow = (row: KeyValueRow): Pair => ({ key: row.keyInput.value, value: row.valueInput.value });
const isEmptyRow = (row: KeyValueRow) => row.keyInput.value === '' && row.valueInput.value === '';

export interface RowWriter {
  writePairs(editor: Element, desired: readonly Pair[], timing?: WriteTiming): Promise<WriteResult>;
  whenRowsReady(editor: Element, timing?: WriteTiming): Promise<boolean>;
  /** True when the editor's owned pairs are exactly `desired`. */
  holds(editor: Element, desired: readonly Pair[]): boolean;
}

export function createRowWriter(rowsOf: RowsOf): RowWriter {
  const readPairs = (editor: Element) => rowsOf.readRows(editor).map(pairOfRow);

  function planNow(editor: Element, desired: readonly Pair[]) {
    const rows = rowsOf.readRows(editor);
    return { rows, plan: planRows(rows.map(pairOfRow), desired) };
  }

  function holds(editor: Element, desired: readonly Pair[]): boolean {
    const plan = planRows(readPairs(editor), desired);
    return plan.add.length === 0 && plan.remove.length === 0 && plan.update.length === 0;
  }

  function whenApplied(editor: Element, applied: () => boolean, timing: WriteTiming): Promise<boolean> {
    return applied() ? Promise.resolve(true) : waitFor(editor, applied, timing.settleMs);
  }

  /** Types a value; a row re-rendered by that very keystroke is found again by its key and typed into once more. */
  async function typeValue(editor: Element, row: KeyValueRow, key: string, value: string): Promise<void> {
    typeInto(row.valueInput, value);
    if (row.valueInput.isConnected) return;
    await nextTask();
    const fresh = rowsOf.readRows(editor).find((r) => r.keyInput.value === key);
    if (fresh && fresh.valueInput.value !== value) typeInto(fresh.valueInput, value);
    await nextTask();
  }

  async function updateValues(editor: Element, desired: readonly Pair[]): Promise<number> {
    let typed = 0;
    for (let guard = rowsOf.readRows(editor).length + 5; guard > 0; guard--, typed++) {
      const { rows, plan } = planNow(editor, desired);
      const change = plan.update[0];
      const row = change && rows[change.index];
      if (!change || !row || row.keyInput.value !== change.key) break;
      await typeValue(editor, row, change.key, change.value);
    }
    return typed;
  }

  /** One row at a time, each chosen by its key right before the click, the page given time to apply it. */
  async function removeUnwanted(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult> {
    for (let guard = rowsOf.readRows(editor).length + 5; guard > 0; guard--) {
      const { rows, plan } = planNow(editor, desired);
      const index = plan.remove.at(-1);
      if (index === undefined) return { ok: true };
      const row = rows[index];
      const key = row?.keyInput.value ?? '';
      const control = row && rowsOf.removeControlOf(row);
      if (!row || !control) return { ok: false, reason: 'no-remove-control' };
      const before = rows.length;
      control.click();
      const applied = await whenApplied(editor, () => !row.keyInput.isConnected || row.keyInput.value !== key || rowsOf.readRows(editor).length < before, timing);
      if (!applied) return { ok: false, reason: 'did-not-stick' };
    }
    return { ok: false, reason: 'did-not-stick' };
  }

  /** Adds rows until there are enough empty ones, then types the missing pairs into them. */
  async function addMissing(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult> {
    const missing = planNow(editor, desired).plan.add.length;
    const empty = rowsOf.readRows(editor).filter(isEmptyRow).length;
    let add: HTMLElement | null = null;
    for (let added = 0; empty + added < missing; added++) {
      if (!add?.isConnected) add = rowsOf.findAddControl(editor);
      if (!add) return { ok: false, reason: 'no-add-control' };
      const before = rowsOf.countKeyInputs(editor);
      add.click();
      if (!(await whenApplied(editor, () => rowsOf.countKeyInputs(editor) > before, timing))) return { ok: false, reason: 'did-not-stick' };
    }
    let empties = rowsOf.readRows(editor).filter(isEmptyRow);
    for (const pair of planNow(editor, desired).plan.add) {
      if (!empties[0]?.keyInput.isConnected || !isEmptyRow(empties[0])) empties = rowsOf.readRows(editor).filter(isEmptyRow);
      const row = empties.shift();
      if (!row) break;
      typeInto(row.keyInput, pair.key);
      if (!row.keyInput.isConnected) await nextTask();
      const now = row.keyInput.isConnected ? row : rowsOf.readRows(editor).find((r) => r.keyInput.value === pair.key && r.valueInput.value === '');
      if (now) await typeValue(editor, now, pair.key, pair.value);
    }
    return { ok: true };
  }

  async function onePass(editor: Element, desired: readonly Pair[], timing: WriteTiming): Promise<WriteResult | 'again'> {
    // The page takes what was typed before any click: a click handler reading the page's state
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

  function whenRowsReady(editor: Element, timing: WriteTiming = WRITE_TIMING): Promise<boolean> {
    return whenApplied(editor, () => rowsOf.canWritePairs(editor), timing);
  }

  async function writePairs(editor: Element, desired: readonly Pair[], timing: WriteTiming = WRITE_TIMING): Promise<WriteResult> {
    if (!editor.isConnected) return { ok: false, reason: 'gone' };
    if (!(await whenRowsReady(editor, timing))) return { ok: false, reason: 'no-add-control' };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (!editor.isConnected) return { ok: false, reason: 'gone' };
      const result = await onePass(editor, desired, timing);
      if (result !== 'again') return result;
    }
    return { ok: false, reason: 'did-not-stick' };
  }

  return { writePairs, whenRowsReady, holds };
}
