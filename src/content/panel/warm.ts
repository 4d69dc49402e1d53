/**
 * What the panel chunk does when it is loaded ahead (see ../panel-loader.ts), before any window
 * opens: only what makes a first mount slower than a reopening, without touching the page (nothing
 * is rendered into it, nothing of it is read) and without holding anything secret. Loading the
 * chunk has already started React; here the template list is asked for, so the first panel starts
 * from it as a reopened one does.
 */
import { warmLastList } from './store';

export function warmPanel(): Promise<void> {
  return warmLastList().catch(() => undefined); // a first panel that finds no list asks as it always did
}
