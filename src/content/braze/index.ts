/**
 * Braze's webhook composer, as the Sendbird panel sees it (../dashboard.ts), and the Braze pieces
 * the interface is about to gain, as named exports for the wiring: personalization, the Receiver,
 * delivery notes, the draft place, the words, the hosts and the manifest entry.
 */
import type { Dashboard } from '../dashboard';
import { isShown } from '../dom/presence';
import { destinationOf } from './destination';
import { diagnose } from './diagnose';
import { findComposerLoosely } from './loose-finder';
import { readMode, switchToPairs } from './mode';
import { placePanelHost } from './placement';
import { findComposers } from './recognize';
import { canWritePairs, isSaveControl, readPairs, windowControlAt } from './rows';
import { whenRowsReady, writePairs } from './write-pairs';

export interface BrazeOptions {
  /**
   * The bases other than Sendbird's own host that the popup shows Braze's Destination URLs on: the
   * relay's base URL when the relay is chosen, an API base override. Read on every check.
   */
  knownBases?: () => readonly string[];
}

/**
 * The composer a destination is read for when the caller names none (today's interface has no
 * editor argument): the one composer shown, else unknown.
 */
function shownComposer(): HTMLElement | null {
  const shown = findComposers().filter(isShown);
  return shown.length === 1 ? (shown[0] ?? null) : null;
}

export function createBraze(options: BrazeOptions = {}): Dashboard & { readDestination(editor?: Element | null): ReturnType<Dashboard['readDestination']> } {
  const knownBases = options.knownBases ?? (() => []);
  return {
    name: 'Braze',
    findEditors: () => findComposers(),
    findEditorLoosely: () => findComposerLoosely(),
    placePanel: placePanelHost,
    readPairs,
    writePairs: (editor, desired) => writePairs(editor, desired),
    whenRowsReady: (editor) => whenRowsReady(editor),
    canWritePairs,
    readMode,
    switchToPairs,
    windowControlAt,
    isSaveControl,
    // Braze's destination is per composer (its own Webhook URL): pass the editor when the interface allows.
    readDestination: (editor?: Element | null) => destinationOf(editor === undefined ? shownComposer() : editor, knownBases()),
    diagnose: (editor) => diagnose(editor, knownBases()),
  };
}

export const braze = createBraze();

export { BRAZE_SOURCES, NAME_PROBLEM_WORDS, attributeNameProblem, brazeLiquid, fallbackLiteral, type BrazeSource } from './personalization';
export { BRAZE_DEFAULT_RECEIVER, RECEIVER_WORDS, SUGGESTED_RECEIVER_ATTRIBUTE, receiverChoiceOf, receiverLiquid, receiverProblem, type ReceiverChoice, type ReceiverProblem } from './receiver';
export { COPY_BY_HAND_WORDS, RAW_BODY_HEADER, deliveryNotes, rawBodyOf, type DeliveryNote } from './delivery-notes';
export { BRAZE_WORDS, brazeDraftPlace } from './words';
export { isBrazeDashboardHost, isBrazeDashboardUrl } from './hosts';
export { BRAZE_CONTENT_SCRIPT_MATCHES } from './manifest-entry';
export { isSendbirdBrazeUrl } from './destination';
