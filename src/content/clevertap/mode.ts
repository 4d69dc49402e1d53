/**
 * The window's content format (JSON or plain text) and body mode (key-value pairs or Custom Body),
 * found by their visible words, whatever the control: a radio, a pressed-button, a tab…
 */
import type { EditorMode } from '../dashboard';
import { textOf } from '../dom/text';
import { waitFor } from '../dom/wait';
import { findAddControl } from './rows';
import { CLEVERTAP_TEXT } from './texts';

/** The control for one choice, found by its visible words. */
export function findChoice(editor: Element, words: string): HTMLElement | null {
  const wanted = words.toLowerCase();
  for (const label of editor.querySelectorAll<HTMLLabelElement>('label')) {
    if (textOf(label).toLowerCase() === wanted && label.control) return label.control;
  }
  for (const el of editor.querySelectorAll<HTMLElement>('[role="radio"],[role="tab"],[role="option"],[aria-pressed],button,[role="button"]')) {
    if (textOf(el).toLowerCase() === wanted || el.getAttribute('aria-label')?.toLowerCase() === wanted) return el;
  }
  return null;
}

function isChosen(control: HTMLElement | null): boolean | null {
  if (!control) return null;
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) return control.checked;
  for (const attribute of ['aria-checked', 'aria-pressed', 'aria-selected']) {
    const value = control.getAttribute(attribute);
    if (value !== null) return value === 'true';
  }
  return null;
}

export function readMode(editor: Element): EditorMode {
  const jsonChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.formatJson));
  const textChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.formatText));
  const pairsChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.bodyPairs));
  const customChosen = isChosen(findChoice(editor, CLEVERTAP_TEXT.bodyCustom));
  return {
    json: jsonChosen ?? (textChosen === null ? null : !textChosen),
    pairs: pairsChosen ?? (customChosen === null ? null : !customChosen),
  };
}

/** Chooses JSON and key-value pairs; only ever called when the marketer asks for it. */
export async function switchToPairs(editor: Element): Promise<boolean> {
  findChoice(editor, CLEVERTAP_TEXT.formatJson)?.click();
  await waitFor(editor, () => readMode(editor).json !== false, 1000);
  findChoice(editor, CLEVERTAP_TEXT.bodyPairs)?.click();
  return waitFor(editor, () => {
    const mode = readMode(editor);
    return mode.json !== false && mode.pairs !== false && findAddControl(editor) !== null;
  }, 2000);
}
