/** CleverTap's dashboard, as the Sendbird panel sees it (see ../dashboard.ts): its page here, its meanings from its row. */
import { clevertapDeliveryNotes } from '../../dashboards/clevertap/delivery-notes';
import { CLEVERTAP } from '../../dashboards/clevertap/row';
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
  name: CLEVERTAP.name,
  receiver: CLEVERTAP.receiver,
  personalization: CLEVERTAP.personalization,
  words: CLEVERTAP.words,
  deliveryNotes: clevertapDeliveryNotes,
  // A URL names neither a campaign nor an editor (a journey's steps share one): the page's place.
  draftPlace: () => location.host + location.pathname,
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
  // CleverTap's Webhook selector is the campaign's, outside the window: one per page.
  readDestination: () => destinationOf(readSelectedWebhook()),
  diagnose,
};
