/**
 * Writes a value the way a person's typing would, so that inputs controlled by a UI framework
 * (React's value tracker, change-only listeners) keep it: the native setter, then the events typing
 * fires. Works for <input> and <textarea>. Callers read the page back to check that it stuck.
 */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (input.value === value) return;
  // A <textarea>'s own setter: React tracks the value per element kind.
  const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
}

/** Chooses an option of a native <select> the same way. */
export function chooseOption(select: HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(select, value);
  else select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
