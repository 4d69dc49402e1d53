/**
 * The stand-in's own state, for tests (main world only; the extension never uses it):
 * `window.__brazeStandIn.composers[<slot id>]` is every composer of the open page as Braze holds
 * it, shown or not; `releaseRows()` exists under `?braze-hold=rows`.
 */
import { useSyncExternalStore } from 'react';
import type { ComposerState } from '../model';
import { HOLD_ROWS } from './variant';

export const inspect: { place: string | null; composers: Record<string, ComposerState>; saved: number; releaseRows?: () => void } = {
  place: null,
  composers: {},
  saved: 0,
};
(window as unknown as { __brazeStandIn: typeof inspect }).__brazeStandIn = inspect;

let released = !HOLD_ROWS;
const listeners = new Set<() => void>();
if (HOLD_ROWS) {
  inspect.releaseRows = () => {
    released = true;
    for (const listener of listeners) listener();
  };
}

/** Whether the body rows may show (always, unless `?braze-hold=rows` and not yet released). */
export function useRowsReleased(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => released,
  );
}
