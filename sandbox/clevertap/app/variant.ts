/** Which stand-in variant this page renders, and class names that look generated (nothing may lean on them). */
const root = document.getElementById('app') as HTMLElement;

export const VARIANT = (root.dataset.variant === 'b' ? 'b' : 'a') as 'a' | 'b';
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
