/**
 * The Request body's mode choice, JSON key-value pairs or Raw text, found by its visible words
 * whatever the control: a radio in a <label> (or labelled by aria), a segmented control's buttons,
 * a role="radio" or a tab. Words compare in the contract's compact form (texts.ts).
 */
import { accessibleName } from '../dom/accessible-name';
import { compact, COMPACT } from './texts';

/** Elements that may carry a choice's words themselves. */
const CHOICE_LIKE = '[role="radio"],[role="tab"],[role="option"],[aria-pressed],[aria-checked],button,[role="button"],input[type="radio"]';

/** Every control under `root` whose words are `wanted` (compact form), innermost only. */
export function choiceControls(root: ParentNode, wanted: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const label of root.querySelectorAll<HTMLLabelElement>('label')) {
    if (label.control && compact(label.textContent) === wanted) found.push(label.control);
  }
  for (const element of root.querySelectorAll<HTMLElement>(CHOICE_LIKE)) {
    if (found.includes(element)) continue;
    if (compact(element.textContent) === wanted || compact(accessibleName(element)) === wanted) found.push(element);
  }
  // A button wrapping a role="radio" with the same words is one control: keep the inner one.
  return found.filter((control) => !found.some((other) => other !== control && control.contains(other)));
}

/** The one JSON key-value pairs control of a composer, or null (none, or more than one: not one composer). */
export function pairsChoice(root: ParentNode): HTMLElement | null {
  const controls = choiceControls(root, COMPACT.pairsMode);
  return controls.length === 1 ? (controls[0] ?? null) : null;
}

export function rawChoice(root: ParentNode): HTMLElement | null {
  const controls = choiceControls(root, COMPACT.rawMode);
  return controls.length === 1 ? (controls[0] ?? null) : null;
}

/** Is this element, by its own words, one of the mode choices? (Cheap: for the render signal.) */
export function isModeChoiceWords(words: string): boolean {
  const compacted = compact(words);
  return compacted === COMPACT.pairsMode || compacted === COMPACT.rawMode;
}
