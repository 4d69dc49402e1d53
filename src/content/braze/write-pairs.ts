/**
 * Writing the extension's pairs into the Request body's rows with the generic row writer
 * (dom/row-writer.ts): only `sendbird_*` rows are ever changed or removed, the marketer's own pairs
 * and the Request headers are left as they are, and the page is read back (a value the
 * framework-controlled input does not keep is a `did-not-stick` failure).
 */
import { createRowWriter } from '../dom/row-writer';
import { BRAZE_ROWS } from './rows';

export const { writePairs, whenRowsReady, holds } = createRowWriter(BRAZE_ROWS);
