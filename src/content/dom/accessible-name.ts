/**
 * An element's name as assistive technology would read it, simplified: aria-labelledby, aria-label,
 * a form control's <label>s, its own text, then title. Enough to find a control by the words a
 * person sees or hears, without relying on ids or class names.
 */
import { normalizeText, textOf } from './text';

export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = element.ownerDocument;
    const words = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((label): label is HTMLElement => label !== null)
      .map(textOf)
      .join(' ');
    if (words) return normalizeText(words);
  }
  const label = normalizeText(element.getAttribute('aria-label'));
  if (label) return label;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
    const labels = [...(element.labels ?? [])].map(textOf).join(' ');
    if (labels) return normalizeText(labels);
  } else {
    const own = textOf(element);
    if (own) return own;
  }
  return normalizeText(element.getAttribute('title'));
}
