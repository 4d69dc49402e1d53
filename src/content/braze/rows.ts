/**
 * The Request body's JSON key-value rows (braze-host-contract.md): each row a key field and a
 * value field (`<input>` or `<textarea>`, placeholders undocumented) with a control that removes
 * it, and a `<button>` / `role="button"` whose words contain "pair" that adds one. Only rows inside
 * the Request body section count (sections.ts): the Request headers' rows look the same and are
 * never read, written, removed or counted, nor is the Webhook URL.
 */
import type { Pair } from '../../shared/payload-codec';
import { accessibleName } from '../dom/accessible-name';
import { pairOfRow, type KeyValueRow, type RowsOf } from '../dom/row-writer';
import { textOf } from '../dom/text';
import { BUTTON_LIKE, choiceControls } from './choices';
import { richEditorsIn, textFieldsIn } from './fields';
import { isAddPairWords } from './recognize';
import { bodySection } from './sections';
import { COMPACT } from './texts';

/**
 * A row is the smallest element around a text field that holds exactly two text fields (key, then
 * value) and a button-like control; anything holding more fields is a list of rows, not one.
 */
export function readRows(composer: Element): KeyValueRow[] {
  const section = bodySection(composer);
  if (!section) return [];
  const rows: KeyValueRow[] = [];
  for (const field of textFieldsIn(section)) {
    if (rows.some((row) => row.container.contains(field))) continue;
    for (let container = field.parentElement; container && section.contains(container); container = container.parentElement) {
      const fields = textFieldsIn(container);
      if (fields.length < 2) continue;
      const [keyInput, valueInput] = fields;
      if (fields.length === 2 && keyInput === field && valueInput && container.querySelector(BUTTON_LIKE)) rows.push({ keyInput, valueInput, container });
      break;
    }
  }
  return rows;
}

export function readPairs(composer: Element): Pair[] {
  return readRows(composer).map(pairOfRow);
}

/** The body's add control: button-like, its words (or accessible name) containing "pair", not a mode choice. */
export function findAddControl(composer: Element): HTMLElement | null {
  const section = bodySection(composer);
  if (!section) return null;
  const choices = [...choiceControls(section, COMPACT.pairsMode), ...choiceControls(section, COMPACT.rawMode)];
  const controls = [...section.querySelectorAll<HTMLElement>(BUTTON_LIKE)].filter(
    (control) => !choices.some((choice) => control.contains(choice) || choice.contains(control)) && isAddPairWords(accessibleName(control)),
  );
  return controls.at(-1) ?? null;
}

/** Words of a control that inserts into a field rather than removing the row (Braze's "+" personalization). */
const INSERTS = /personali|insert|liquid|^\+$|\badd\b/i;
const REMOVES = /remove|delete|trash|clear|^[×✕✖x−-]$/i;

/**
 * The row's remove control: one named as removing, else the only button-like control in the row
 * that does not insert personalization. Null when that cannot be told.
 */
export function removeControlOf(row: KeyValueRow): HTMLElement | null {
  const controls = [...row.container.querySelectorAll<HTMLElement>(BUTTON_LIKE)];
  const words = (control: HTMLElement) => accessibleName(control) || textOf(control);
  const named = controls.filter((control) => REMOVES.test(words(control)));
  if (named.length >= 1) return named.at(-1) ?? null;
  const others = controls.filter((control) => !INSERTS.test(words(control)));
  return others.length === 1 ? (others[0] ?? null) : null;
}

/** How many rows' key fields there are (cheap enough: the writer counts them to see a row arrive). */
export function countKeyInputs(composer: Element): number {
  return readRows(composer).length;
}

/** The composer offers what writing needs: rows or an add control, with input values (not a rich editor). */
export function canWritePairs(composer: Element): boolean {
  const section = bodySection(composer);
  if (!section) return false;
  if (richEditorsIn(section).length > 0 && readRows(composer).length === 0) return false;
  return findAddControl(composer) !== null || readRows(composer).length > 0;
}

/**
 * Controls that save the composer (the draft is then dropped: the pairs are Braze's). Not in the
 * contract: Braze's docs name "Save Template", "Save as Draft", "Launch Campaign" and a step's "Done".
 * A miss only keeps a draft longer; a wrong hit drops one that the pairs already hold.
 */
const BRAZE_SAVE_WORDS = /^(save\b.*|done|launch\b.*|update\b.*)$/i;

/** Anything in the composer a click acts through (its own Save, Done, Send Test, ×…). */
const COMPOSER_CONTROLS = 'button,[role="button"],a[href],input[type="submit"],input[type="button"]';

export function windowControlAt(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>(COMPOSER_CONTROLS);
}

export function isSaveControl(control: Element): boolean {
  return BRAZE_SAVE_WORDS.test(accessibleName(control));
}

export const BRAZE_ROWS: RowsOf = { readRows, countKeyInputs, findAddControl, removeControlOf, canWritePairs };

