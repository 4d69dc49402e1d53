/** Braze as one row of the table of dashboards (../table.ts). */
import { BRAZE_WEBHOOK_ROUTES } from '../../shared/sendbird-routes';
import { dashboardRow } from '../row';
import { isBrazeDashboardHost } from './hosts';
import { BRAZE_INCLUDE_GLOBS, BRAZE_MATCHES } from './manifest-entry';
import { BRAZE_LIQUID } from './personalization';
import { BRAZE_DEFAULT_RECEIVER, SUGGESTED_RECEIVER_ATTRIBUTE, receiverLiquid } from './receiver';

/**
 * Braze sends no profile, one request per user after rendering its Liquid: the Receiver is Liquid
 * whose rendered value is the Sendbird user ID (braze-host-contract.md), the Braze user ID by default.
 */
export const BRAZE = dashboardRow({
  id: 'braze',
  name: 'Braze',
  isHost: isBrazeDashboardHost,
  matches: BRAZE_MATCHES,
  includeGlobs: BRAZE_INCLUDE_GLOBS,
  bootstrap: 'src/content/braze/bootstrap.ts',
  css: ['src/content/braze/detect.css'],
  webhook: BRAZE_WEBHOOK_ROUTES,
  receiver: {
    meaning: 'liquid',
    default: BRAZE_DEFAULT_RECEIVER,
    hint: 'braze_receiverHint',
    choices: [
      { value: BRAZE_DEFAULT_RECEIVER, label: 'braze_receiverUserId' },
      { value: receiverLiquid({ kind: 'custom-attribute', name: SUGGESTED_RECEIVER_ATTRIBUTE }), label: 'braze_receiverCustomAttribute' },
    ],
  },
  personalization: BRAZE_LIQUID,
  words: {
    eventNameHint: 'braze_eventNameHint',
    needsPairs: 'braze_needsPairs',
    editorChanged: 'braze_editorChanged',
    personalized: 'braze_personalized',
  },
  setup: {
    intro: 'braze_webhookIntro',
    introRelay: 'braze_webhookIntroRelay',
    whichOne: 'braze_whichOne',
    routes: {
      realtime: { label: 'braze_routeRealtime', copy: 'braze_copyRealtime' },
      batch: { label: 'braze_routeBatch', copy: 'braze_copyBatch' },
    },
  },
});
