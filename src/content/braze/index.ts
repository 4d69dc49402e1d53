/** Braze's webhook composer, as the Sendbird panel sees it (see ../dashboard.ts): its page here, its meanings from its row. */
import { BRAZE } from '../../dashboards/braze/row';
import { brazeBodyToPaste } from '../../dashboards/braze/raw-body';
import type { Dashboard } from '../dashboard';
import { destinationOf } from './destination';
import { diagnose } from './diagnose';
import { followKnownBases } from './known-bases';
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

export function createBraze(options: BrazeOptions = {}): Dashboard {
  const knownBases = options.knownBases ?? (() => []);
  return {
    name: BRAZE.name,
    receiver: BRAZE.receiver,
    personalization: BRAZE.personalization,
    words: BRAZE.words,
    // Braze sends one request per user whatever the route: nothing to warn about (Raw text is the status's).
    deliveryNotes: () => [],
    // Braze's routes identify nothing the extension relies on: the path only narrows which drafts are
    // offered, and a draft restores itself only into the composer instance it was typed in.
    draftPlace: () => location.host + location.pathname,
    bodyToPaste: brazeBodyToPaste,
    findEditors: () => findComposers(),
    findEditorLoosely: () => findComposerLoosely(),
    placePanel: placePanelHost,
    readPairs,
    writePairs,
    whenRowsReady,
    canWritePairs,
    readMode,
    switchToPairs,
    windowControlAt,
    isSaveControl,
    // Each composer has its own Webhook URL; the floating card (no composer) cannot tell.
    readDestination: (editor) => destinationOf(editor, knownBases()),
    diagnose: (editor) => diagnose(editor, knownBases()),
  };
}

/** Braze's implementation as the bootstrap loads it: the known bases read before the first check. */
export async function loadBraze(): Promise<Dashboard> {
  return createBraze({ knownBases: await followKnownBases() });
}
