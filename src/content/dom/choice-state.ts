/**
 * Whether a choice control is chosen, whatever kind of control it is: a native radio or checkbox,
 * or an element that says so through ARIA (a segmented button's aria-pressed, a role="radio"'s
 * aria-checked, a tab's aria-selected). Null when the control does not say.
 */
export function isChosen(control: Element | null): boolean | null {
  if (!control) return null;
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) return control.checked;
  for (const attribute of ['aria-checked', 'aria-pressed', 'aria-selected']) {
    const value = control.getAttribute(attribute);
    if (value !== null) return value === 'true';
  }
  return null;
}
