/**
 * Which stand-in variant this page renders, and class names that look generated (nothing may lean
 * on them). The variants differ in everything the host contract leaves open (see the README):
 *   a  div role=dialog mounted on open, radios, div rows, native select
 *   b  native <dialog> shown late, pressed-buttons, table rows re-created on every change, custom listbox
 *   c  plain div created once then hidden/shown by a class, role=radio choices, channel list un-hidden
 *   d  plain <section> mounted seconds late into a container appended to <body>, no rows on a new
 *      campaign, role=tab choices, channel list re-rendered after it appears
 *   e  variant a with the window's title renamed (only the hand-called panel can serve it)
 */
const root = document.getElementById('app') as HTMLElement;

export type Variant = 'a' | 'b' | 'c' | 'd' | 'e';
const KNOWN: readonly Variant[] = ['a', 'b', 'c', 'd', 'e'];

export const VARIANT: Variant = KNOWN.includes(root.dataset.variant as Variant) ? (root.dataset.variant as Variant) : 'a';
/** Variant e is variant a but for its title. */
export const LIKE_A = VARIANT === 'a' || VARIANT === 'e';
export const ACCOUNT = root.dataset.account ?? 'SBX-ACC-1';

function hash(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36);
}

/** `cx('row')` → e.g. `css-1k3j9x`, different per variant. */
export function cx(name: string): string {
  return `css-${hash(VARIANT + name)}`;
}
