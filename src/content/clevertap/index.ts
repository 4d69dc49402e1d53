/** CleverTap's dashboard, as the Sendbird panel sees it (see ../dashboard.ts). */
import type { Dashboard } from '../dashboard';
import { diagnose } from './diagnose';
import { readMode, switchToPairs } from './mode';
import { placePanelHost } from './placement';
import { findEditorLoosely } from './loose-finder';
import { findWebhookEditors } from './recognize';
import { canWritePairs, isSaveControl, readPairs, windowControlAt } from './rows';
import { destinationOf, readSelectedWebhook } from './webhook';
import { whenRowsReady, writePairs } from './write-pairs';

export const clevertap: Dashboard = {
  name: 'CleverTap',
  findEditors: () => findWebhookEditors(),
  findEditorLoosely: () => findEditorLoosely(),
  placePanel: placePanelHost,
  readPairs,
  writePairs,
  whenRowsReady,
  canWritePairs,
  readMode,
  switchToPairs,
  windowControlAt,
  isSaveControl,
  readDestination: () => destinationOf(readSelectedWebhook()),
  diagnose,
};
