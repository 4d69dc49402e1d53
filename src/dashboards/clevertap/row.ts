/** CleverTap as one row of the table of dashboards (../table.ts). */
import { CLEVERTAP_WEBHOOK_ROUTES } from '../../shared/sendbird-routes';
import { dashboardRow } from '../row';
import { CLEVERTAP_MATCHES, isClevertapHost } from './hosts';
import { CLEVERTAP_LIQUID } from './personalization';

/**
 * CleverTap's webhook carries each user's profile, so the Receiver names the profile property
 * that holds the Sendbird user ID (CleverTap's guide: a property called SendbirdID).
 */
export const CLEVERTAP_RECEIVER_DEFAULT = 'SendbirdID';

export const CLEVERTAP = dashboardRow({
  id: 'clevertap',
  name: 'CleverTap',
  isHost: isClevertapHost,
  matches: CLEVERTAP_MATCHES,
  bootstrap: 'src/content/clevertap/bootstrap.ts',
  css: ['src/content/clevertap/detect.css'],
  webhook: CLEVERTAP_WEBHOOK_ROUTES,
  receiver: { meaning: 'property-name', default: CLEVERTAP_RECEIVER_DEFAULT, hint: 'clevertap_receiverHint', choices: [] },
  personalization: CLEVERTAP_LIQUID,
  words: {
    eventNameHint: 'clevertap_eventNameHint',
    needsPairs: 'clevertap_needsPairs',
    editorChanged: 'clevertap_editorChanged',
    personalized: 'clevertap_personalized',
  },
  setup: {
    intro: 'clevertap_webhookIntro',
    introRelay: 'clevertap_webhookIntroRelay',
    whichOne: 'clevertap_whichOne',
    routes: {
      single: { label: 'clevertap_routeSingle', copy: 'clevertap_copySingle' },
      multi: { label: 'clevertap_routeMulti', copy: 'clevertap_copyMulti' },
    },
  },
});
