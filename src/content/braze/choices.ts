/**
 * The Request body's mode choice, JSON key-value pairs or Raw text, found by its visible words
 * whatever the control: a radio in a <label> (or labelled by aria), a segmented control's buttons,
 * a role="radio" or a tab. Words compare in the contract's compact form (texts.ts).
 */
import { compact, COMPACT } from './texts';

/**
 * A choice's name besides its text: aria-label, or a radio's <label>s. (Not the whole accessible
 * name: the bootstrap carries this file, and that is all Braze's choices are documented to show.)
 */
function nameOf(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  return element instanceof HTMLInputElement ? [...(element.labels ?? [])].map((l) => l.textContent).join(' ') : '';
}

/** The contract's button-like controls: a `<button>` or `role="button"` (the add control, a segmented choice). */
export const BUTTON_LIKE = 'button,[role="button"]';

/** Elements that may carry a choice's words themselves. */
const CHOICE_LIKE = `[role="radio"],[role="tab"],[role="option"],[aria-pressed],[aria-checked],${BUTTON_LIKE},input[type="radio"]`;

/** Every control under `root` whose words are `wanted` (compact form), innermost only. */
export function choiceControls(root: ParentNode, wanted: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const label of root.querySelectorAll<HTMLLabelElement>('label')) {
    if (label.control && compact(label.textContent) === wanted) found.push(label.control);
  }
  for (const element of root.querySelectorAll<HTMLElement>(CHOICE_LIKE)) {
    if (found.includes(element)) continue;
    if (compact(element.textContent) === wanted || compact(nameOf(element)) === wanted) found.push(element);
  }
  // A button wrapping a role="radio" with the same words is one control: keep the inner one.
  return found.filter((control) => !found.some((other) => other !== control && control.contains(other)));
}

/** The one JSON key-value pairs control of a composer, or null (none, or more than one: not one composer). */
export function pairsChoice(root: ParentNode): HTMLElement | null {
  const controls = choiceControls(root, COMPACT.pairsMode);
  return controls.length === 1 ? (controls[0] ?? null) : null;
}

/** A rendered radio that is a mode choice, by its name (for the render signal). */
export function isModeChoiceRadio(radio: HTMLInputElement): boolean {
  return radio.type === 'radio' && isModeChoiceWords(nameOf(radio));
}

/** Is this element, by its own words, one of the mode choices? (Cheap: for the render signal.) */
export function isModeChoiceWords(words: string): boolean {
  const compacted = compact(words);
  return compacted === COMPACT.pairsMode || compacted === COMPACT.rawMode;
}
