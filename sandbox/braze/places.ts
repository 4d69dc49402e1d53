/**
 * The places a webhook is composed in the stand-ins, as they first load: seeded campaigns, a
 * Canvas, templates, and a blank one for any other id. Seeded composers carry the Webhook URL and
 * header an admin would have set from Sendbird's Destination (or another service's), so tests
 * start where a marketer starts; a new composer's rows differ by variant (B starts with none).
 */
import { SANDBOX_APP_ID, SANDBOX_BRAZE_INTEGRATION_TOKEN, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET } from '../constants';
import { BRAZE_WEBHOOK_ROUTES, apiBaseUrl, destinationUrls } from '../../src/shared/sendbird-routes';
import type { BrazeVariant } from './hosts';
import { newRow, type ComposerSlot, type ComposerState, type Place, type PlaceKind } from './model';

export const SENDBIRD_BRAZE = destinationUrls(apiBaseUrl(SANDBOX_APP_ID), BRAZE_WEBHOOK_ROUTES);
export const RELAY_BRAZE = destinationUrls(`https://${SANDBOX_RELAY_HOST}`, BRAZE_WEBHOOK_ROUTES);
export const OTHER_SERVICE_URL = 'https://orders.example.com/hooks/braze';

function composer(variant: BrazeVariant, url = '', headers: Array<[string, string]> = [], pairs?: Array<[string, string]>): ComposerState {
  return {
    url,
    method: 'POST',
    headers: headers.map(([k, v]) => newRow(k, v)),
    bodyMode: 'pairs',
    pairs: pairs ? pairs.map(([k, v]) => newRow(k, v)) : variant === 'b' ? [] : [newRow()],
    raw: '',
  };
}

const json: [string, string] = ['Content-Type', 'application/json'];
const sendbirdComposer = (variant: BrazeVariant, url = SENDBIRD_BRAZE.realtime, pairs?: Array<[string, string]>) =>
  composer(variant, url, [[SENDBIRD_BRAZE.headerKey, SANDBOX_BRAZE_INTEGRATION_TOKEN], json], pairs);
const webhookSlot = (id: string, label: string, state: ComposerState): ComposerSlot => ({ id, label, channel: 'webhook', composer: state });

type Seed = (variant: BrazeVariant) => Omit<Place, 'kind' | 'id'>;

const SEEDS: Record<PlaceKind, Record<string, Seed>> = {
  campaign: {
    'sendbird-welcome': (v) => ({ name: 'Welcome (Sendbird)', slots: [webhookSlot('message', 'Webhook', sendbirdComposer(v, SENDBIRD_BRAZE.realtime, [['campaign_source', 'braze']]))] }),
    'sendbird-variants': (v) => ({
      name: 'Spring sale A/B',
      slots: [webhookSlot('variant-1', 'Variant 1', sendbirdComposer(v)), webhookSlot('variant-2', 'Variant 2', sendbirdComposer(v))],
    }),
    'relay-batch': (v) => ({
      name: 'Weekly digest (relay)',
      slots: [webhookSlot('message', 'Webhook', composer(v, RELAY_BRAZE.batch, [[RELAY_BRAZE.headerKey, SANDBOX_RELAY_SECRET], json]))],
    }),
    'order-system': (v) => ({
      name: 'Order sync',
      slots: [webhookSlot('message', 'Webhook', composer(v, OTHER_SERVICE_URL, [['Authorization', 'Bearer orders-token']], [['order_id', '{{custom_attribute.${last_order}}}']]))],
    }),
  },
  canvas: {
    'sendbird-journey': (v) => ({
      name: 'Onboarding journey',
      slots: [
        webhookSlot('step-1', 'Welcome message', sendbirdComposer(v)),
        { id: 'step-2', label: 'Follow-up email', channel: 'email', composer: composer(v) },
        webhookSlot('step-3', 'Reminder', sendbirdComposer(v)),
      ],
    }),
  },
  template: {
    'sendbird-template': (v) => ({ name: 'Sendbird notification', slots: [webhookSlot('template', 'Template', sendbirdComposer(v))] }),
  },
};

const BLANK: Record<PlaceKind, Seed> = {
  campaign: (v) => ({ name: 'Untitled webhook campaign', slots: [webhookSlot('message', 'Webhook', composer(v))] }),
  canvas: (v) => ({ name: 'Untitled Canvas', slots: [webhookSlot('step-1', 'Message step 1', composer(v)), webhookSlot('step-2', 'Message step 2', composer(v))] }),
  template: (v) => ({ name: 'Untitled webhook template', slots: [webhookSlot('template', 'Template', composer(v))] }),
};

export function seededPlace(kind: PlaceKind, id: string, variant: BrazeVariant): Place {
  const seed = (Object.hasOwn(SEEDS[kind], id) ? SEEDS[kind][id] : undefined) ?? BLANK[kind];
  return { kind, id, ...seed(variant) };
}

/** The ids the stand-in's navigation lists (a person finds every place by clicking). */
export const LISTED: Record<PlaceKind, Array<{ id: string; name: string }>> = {
  campaign: Object.keys(SEEDS.campaign).map((id) => ({ id, name: seededPlace('campaign', id, 'a').name })),
  canvas: Object.keys(SEEDS.canvas).map((id) => ({ id, name: seededPlace('canvas', id, 'a').name })),
  template: Object.keys(SEEDS.template).map((id) => ({ id, name: seededPlace('template', id, 'a').name })),
};
