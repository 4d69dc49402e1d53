/**
 * Which Braze stand-in variant this page renders, its query flags, and class names that look
 * generated (`sc-…`, `StyledInput-sc-…`: nothing may lean on them). The variants differ in
 * everything the host contract leaves open (README, "The Braze stand-ins"):
 *   a  tabs Compose / Settings / Test kept mounted and `hidden`; headers in Settings; radios;
 *      `<button>` "+ Add pair"; controlled `<input>`s; one Canvas step open at a time
 *   b  tabs Compose / Test, the inactive one unmounted; headers in Compose after the body; a
 *      segmented control; `role="button"` "Add Key/Value Pair"; values in `<textarea>`s; the
 *      composer mounted late; rows re-created on every add or remove; Canvas steps side by side
 *   c  tabs Compose / Test / Settings hidden by a class; headers in Compose before the body; tabs
 *      for the body mode; an icon button named "Add new pair"; inputs that commit on `change`;
 *      the composer created by a click, re-created when the body mode changes
 */
import type { BrazeVariant } from '../hosts';
import { BRAZE_WORKSPACE } from '../hosts';

const root = document.getElementById('root') as HTMLElement;
const KNOWN: readonly BrazeVariant[] = ['a', 'b', 'c'];

export const VARIANT: BrazeVariant = KNOWN.includes(root.dataset.variant as BrazeVariant) ? (root.dataset.variant as BrazeVariant) : 'a';
/** False on www.braze.com and the like: the same page, where the extension must do nothing. */
export const ON_DASHBOARD = root.dataset.dashboard === 'true';

const params = new URLSearchParams(location.search);
/** `?braze-change=add`: the body has no add control (the copy-by-hand fallback). */
export const NO_ADD_CONTROL = params.getAll('braze-change').includes('add');
/** `?braze-change=values`: the values are content-editable boxes, not inputs (the fallback too). */
export const RICH_VALUES = params.getAll('braze-change').includes('values');
/** `?braze-body=raw`: every composer starts in Raw text mode. */
export const START_RAW = params.get('braze-body') === 'raw';
/** `?braze-hold=rows`: body rows show only once a test calls `__brazeStandIn.releaseRows()`. */
export const HOLD_ROWS = params.get('braze-hold') === 'rows';

/** The workspace id in the path (`…/<24 hex>`), or the query's `app_group_id`, or the sandbox's. */
export function workspaceOf(path: string): string {
  return /\/([0-9a-f]{24})(?:\/|$)/.exec(path)?.[1] ?? new URLSearchParams(location.search).get('app_group_id') ?? BRAZE_WORKSPACE;
}

function hash(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36).slice(0, 6);
}

/** `cx('row')` → `sc-1k3j9x` (a and c) or `Row-sc-1k3j9x` (b, styled-components' long form). */
export function cx(name: string): string {
  const id = `sc-${hash(VARIANT + name)}`;
  return VARIANT === 'b' ? `${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}-${id}` : id;
}
