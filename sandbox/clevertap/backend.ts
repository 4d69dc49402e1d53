/**
 * The CleverTap dashboard stand-in's server side: serves the single-page app at
 * `https://<region>.dashboard.clevertap.com/<account>/…`, keeps webhooks and saved campaigns in
 * memory, and plays CleverTap's part in "Preview and Test" by POSTing the webhook envelope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { appScriptTag, readJson, send, sendApp, sendJson } from '../page-serving';
import { SANDBOX_APP_ID, SANDBOX_INTEGRATION_TOKEN, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, appHost } from '../constants';
import { renderLiquid } from './liquid';

export type StandInVariant = 'a' | 'b' | 'c' | 'd' | 'e';

export interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
}

export interface SavedCampaign {
  id: string;
  webhookId: string | null;
  format: 'json' | 'text';
  bodyMode: 'pairs' | 'custom';
  rows: Array<{ key: string; value: string }>;
}

export interface TestProfile {
  identity: string;
  objectId: string;
  email: string;
  profileData: Record<string, string>;
}

/** Receives a webhook call the way Sendbird's endpoint would (see sendbird-stand-in.ts). */
export type WebhookReceiver = (url: string, headers: Record<string, string>, body: unknown) => WebhookAnswer | Promise<WebhookAnswer>;
type WebhookAnswer = { status: number; body: unknown };

/** Which stand-in variant each region's dashboard renders; any other region renders variant A. */
const VARIANT_BY_REGION: Record<string, StandInVariant> = { in1: 'b', sg1: 'b', aps3: 'b', mec1: 'c', us2: 'd', eu2: 'e' };

export function variantOfHost(host: string): StandInVariant {
  return VARIANT_BY_REGION[host.split('.')[0] ?? ''] ?? 'a';
}

export const SANDBOX_WEBHOOKS: Webhook[] = [
  {
    id: 'wh-101',
    name: 'Sendbird single',
    url: `https://${appHost(SANDBOX_APP_ID)}/clevertap/notifications/single`,
    headers: { 'Api-token': SANDBOX_INTEGRATION_TOKEN },
  },
  {
    id: 'wh-102',
    name: 'Sendbird multi',
    url: `https://${appHost(SANDBOX_APP_ID)}/clevertap/notifications/multi`,
    headers: { 'Api-token': SANDBOX_INTEGRATION_TOKEN },
  },
  { id: 'wh-103', name: 'Order system', url: 'https://orders.example.com/hooks/clevertap', headers: {} },
  // Accounts whose id contains RELAY send their Sendbird webhooks through the customer's relay.
  {
    id: 'wh-201',
    name: 'Sendbird single',
    url: `https://${SANDBOX_RELAY_HOST}/clevertap/notifications/single`,
    headers: { 'Api-token': SANDBOX_RELAY_SECRET },
  },
  {
    id: 'wh-202',
    name: 'Sendbird multi',
    url: `https://${SANDBOX_RELAY_HOST}/clevertap/notifications/multi`,
    headers: { 'Api-token': SANDBOX_RELAY_SECRET },
  },
];

const throughRelay = (webhook: Webhook) => new URL(webhook.url).hostname === SANDBOX_RELAY_HOST;

export const TEST_PROFILES: TestProfile[] = [
  { identity: 'ann@example.com', objectId: '__g1a2b3', email: 'ann@example.com', profileData: { SendbirdID: 'sb-user-ann', first_name: 'Ann' } },
  { identity: 'bo@example.com', objectId: '__g4c5d6', email: 'bo@example.com', profileData: { SendbirdID: 'sb-user-bo' } },
];

const APP_ENTRY = join(import.meta.dirname, 'app', 'main.tsx');

async function shell(host: string, account: string): Promise<string> {
  const variant = variantOfHost(host);
  // Config travels in data attributes: the page's CSP allows no inline script, like a strict dashboard.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CleverTap</title>
<link rel="icon" href="data:,"></head>
<body><div id="app" data-variant="${variant}" data-account="${account}" data-region="${host.split('.')[0]}"></div>
${await appScriptTag(APP_ENTRY, '/__sandbox/clevertap.js')}</body></html>`;
}

export function createClevertapStandIn(receiveWebhook: WebhookReceiver) {
  const campaigns = new Map<string, SavedCampaign>();
  const webhooks = [...SANDBOX_WEBHOOKS];
  const testCalls: Array<{ url: string; envelope: unknown; status: number; answer: unknown }> = [];

  /** CleverTap's side of Preview and Test: one broadcast call, or one call per user with Liquid. */
  async function previewAndTest(campaign: SavedCampaign) {
    const webhook = webhooks.find((w) => w.id === campaign.webhookId);
    if (!webhook) return { status: 400, body: { error: 'Select a webhook first.' } };
    const keyValues = Object.fromEntries(campaign.rows.filter((r) => r.key).map((r) => [r.key, r.value]));
    const liquid = Object.values(keyValues).some((v) => /\{\{|\{%/.test(v));
    const numericId = Number(campaign.id.replace(/\D/g, '')) || 1;
    const envelopes = liquid
      ? TEST_PROFILES.map((p) => ({
          targetId: numericId,
          key_values: Object.fromEntries(Object.entries(keyValues).map(([k, v]) => [k, renderLiquid(v, p.profileData)])),
          profiles: { ...p },
        }))
      : [{ targetId: numericId, key_values: keyValues, profiles: TEST_PROFILES.map((p) => ({ ...p })) }];
    const answers: WebhookAnswer[] = [];
    for (const envelope of envelopes) {
      const answer = await receiveWebhook(webhook.url, webhook.headers, envelope);
      testCalls.push({ url: webhook.url, envelope, status: answer.status, answer: answer.body });
      answers.push(answer);
    }
    const worst = answers.find((a) => a.status !== 200) ?? answers[0];
    return { status: 200, body: { calls: answers.length, status: worst?.status ?? 0, answer: worst?.body } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname === '/__sandbox/clevertap.js') return sendApp(res, url, APP_ENTRY);

    const api = /^\/api\/(.+)$/.exec(url.pathname)?.[1];
    if (api === 'webhooks') {
      // Accounts named *ONE* have a single Sendbird webhook, so the Sendbird tile can pick it.
      const account = /^\/([\w-]+)\//.exec(new URL(req.headers.referer ?? url.href).pathname)?.[1] ?? '';
      const forAccount = webhooks.filter((w) => !w.name.startsWith('Sendbird') || throughRelay(w) === account.includes('RELAY'));
      const visible = account.includes('ONE') ? forAccount.filter((w) => w.name !== 'Sendbird multi') : forAccount;
      return sendJson(res, 200, visible.map(({ id, name, url }) => ({ id, name, url })));
    }
    const campaignRoute = /^campaigns\/([\w-]+)(\/preview-and-test)?$/.exec(api ?? '');
    if (campaignRoute?.[1]) {
      const id = campaignRoute[1];
      if (campaignRoute[2] && req.method === 'POST') {
        const result = await previewAndTest((await readJson(req)) as SavedCampaign);
        return sendJson(res, result.status, result.body);
      }
      if (req.method === 'PUT') {
        campaigns.set(id, { ...(await readJson(req) as SavedCampaign), id });
        return sendJson(res, 200, campaigns.get(id));
      }
      const found = campaigns.get(id);
      return found ? sendJson(res, 200, found) : sendJson(res, 404, { error: 'no such campaign' });
    }
    if (api) return sendJson(res, 404, { error: 'unknown api' });

    const account = /^\/([\w-]+)(\/|$)/.exec(url.pathname)?.[1];
    if (!account) return send(res, 302, '', 'text/plain', { location: '/SBX-ACC-1/campaigns' });
    return send(res, 200, await shell(host, account), 'text/html; charset=utf-8', {
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    });
  }

  return {
    handle,
    campaigns,
    testCalls,
    reset() {
      campaigns.clear();
      testCalls.length = 0;
    },
  };
}

export type ClevertapStandIn = ReturnType<typeof createClevertapStandIn>;
