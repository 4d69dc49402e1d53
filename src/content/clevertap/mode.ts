/**
 * The window's content format (JSON or plain text) and body mode (key-value pairs or Custom Body),
 * found by their visible words, whatever the control: a radio, a pressed-button, a tab…
 */
import type { EditorMode } from '../dashboard';
import { isChosen } from '../dom/choice-state';
import { waitFor } from '../dom/wait';
import { findChoice } from './choices';
import { findAddControl } from './rows';
import { CLEVERTAP_TEXT } from './texts';

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
