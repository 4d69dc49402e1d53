/** Visible text as a person reads it: runs of white space folded to one space, ends trimmed. */
export function normalizeText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's visible words, normalized. */
export function textOf(element: Element): string {
  return normalizeText(element.textContent);
}
