/**
 * The Request body's mode: JSON key-value pairs (the rows the extension writes) or Raw text. Braze's
 * key-value mode is JSON by itself, so both of the panel's mode facts follow the one choice.
 */
import type { EditorMode } from '../dashboard';
import { isChosen } from '../dom/choice-state';
import { waitFor } from '../dom/wait';
import { choiceControls, pairsChoice } from './choices';
import { findAddControl, readRows } from './rows';
import { COMPACT } from './texts';

/** The one Raw text control of a composer, or null (here, not in choices.ts: the bootstrap needs only the pairs choice). */
export function rawChoice(root: ParentNode): HTMLElement | null {
  const controls = choiceControls(root, COMPACT.rawMode);
  return controls.length === 1 ? (controls[0] ?? null) : null;
}

export function readPairsMode(composer: Element): boolean | null {
  const pairs = isChosen(pairsChoice(composer));
  if (pairs !== null) return pairs;
  const raw = isChosen(rawChoice(composer));
  return raw === null ? null : !raw;
}

export function readMode(composer: Element): EditorMode {
  const pairs = readPairsMode(composer);
  return { json: pairs, pairs };
}

/** Chooses JSON key-value pairs; only ever called when the marketer asks (never on its own). */
export async function switchToPairs(composer: Element): Promise<boolean> {
  pairsChoice(composer)?.click();
  return waitFor(composer, () => readPairsMode(composer) !== false && (findAddControl(composer) !== null || readRows(composer).length > 0), 2000);
}
