/**
 * What kind of element something is, for a diagnostic report: "button", "div role=button",
 * "input type=radio". Never what it says or holds.
 */
export function kindOf(element: Element): string {
  const role = element.getAttribute('role');
  const type = element instanceof HTMLInputElement ? ` type=${element.type}` : '';
  return element.localName + type + (role ? ` role=${role}` : '');
}

export function structureOf(element: Element | null | undefined): { tag: string; role: string | null } | null {
  return element ? { tag: element.localName, role: element.getAttribute('role') } : null;
}
