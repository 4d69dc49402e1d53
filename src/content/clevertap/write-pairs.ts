/**
 * Writes the extension's `sendbird_*` pairs into CleverTap's rows and reads them back, with the
 * generic row writer (dom/row-writer.ts): every other row is the marketer's and is never changed,
 * moved or removed; only the body's rows count (rows.ts), never the URL key-value section's.
 * Empty rows are reused first, as CleverTap's editor starts with one.
 */
import { createRowWriter, type RowsOf } from '../dom/row-writer';
import { bodyKeyInputs, canWritePairs, findAddControl, readRows, removeControlOf } from './rows';

export { WRITE_TIMING, type WriteTiming } from '../dom/row-writer';

const CLEVERTAP_ROWS: RowsOf = {
  readRows,
  countKeyInputs: (editor) => bodyKeyInputs(editor).length,
  findAddControl,
  removeControlOf,
  canWritePairs,
};

export const { writePairs, whenRowsReady, holds } = createRowWriter(CLEVERTAP_ROWS);
