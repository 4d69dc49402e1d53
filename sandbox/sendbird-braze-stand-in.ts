/**
 * Sendbird's Braze endpoints as the sandbox plays them (`SENDBIRD_ROUTES.brazeRealtime` /
 * `brazeBatch`, this product's assumption): checks the `Api-token` header, decodes Braze's flat
 * body with the reference decoder (`decodeBrazeBody`) and records what came, like the CleverTap
 * receipts. Braze sends one request per user, so both routes decode alike; the route is recorded.
 */
import { SANDBOX_BRAZE_INTEGRATION_TOKEN } from './constants';
import { decodeBrazeBody } from '../src/dashboards/braze/body-decoder';
import type { DecodeResult } from '../src/shared/send-request';
import { SENDBIRD_ROUTES } from '../src/shared/sendbird-routes';

/** A Braze webhook call as Sendbird's /braze/notifications/* endpoint saw it. */
export interface ReceivedBrazeWebhook {
  endpoint: 'realtime' | 'batch';
  headers: Record<string, string>;
  /** The body exactly as it came (Braze sends Raw text as is). */
  rawBody: string;
  /** The parsed body, or null when it was not JSON. */
  body: unknown;
  decoded: DecodeResult | null;
}

const ENDPOINTS: Record<string, ReceivedBrazeWebhook['endpoint']> = { [SENDBIRD_ROUTES.brazeRealtime]: 'realtime', [SENDBIRD_ROUTES.brazeBatch]: 'batch' };

export function isBrazeEndpointPath(path: string): boolean {
  return Object.hasOwn(ENDPOINTS, path);
}

const sendbirdError = (code: number, message: string) => ({ error: true, code, message });

export function createSendbirdBrazeEndpoints(templateVariables: (key: string) => string[] | null) {
  const received: ReceivedBrazeWebhook[] = [];

  function receive(path: string, headers: Record<string, string>, rawBody: string): { status: number; body: unknown } {
    const endpoint = isBrazeEndpointPath(path) ? ENDPOINTS[path] : undefined;
    if (!endpoint) return { status: 404, body: sendbirdError(400201, 'Not found.') };
    const token = Object.entries(headers).find(([k]) => k.toLowerCase() === SENDBIRD_ROUTES.brazeTokenHeader.toLowerCase())?.[1];
    if (token !== SANDBOX_BRAZE_INTEGRATION_TOKEN) return { status: 401, body: sendbirdError(400401, `Invalid value: "${SENDBIRD_ROUTES.brazeTokenHeader}".`) };
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      received.push({ endpoint, headers, rawBody, body: null, decoded: null });
      return { status: 400, body: sendbirdError(400403, 'Invalid JSON body.') };
    }
    const decoded = decodeBrazeBody(body, { templateVariables });
    received.push({ endpoint, headers, rawBody, body, decoded });
    if (!decoded.ok) return { status: 400, body: sendbirdError(400111, decoded.message) };
    if (decoded.test || !decoded.request) {
      const why = decoded.test ? 'a test call' : decoded.skipped.map((s) => s.detail ?? s.reason).join(', ');
      return { status: 400, body: sendbirdError(400112, `Nothing was sent: ${why}.`) };
    }
    return { status: 200, body: decoded };
  }

  return {
    receive,
    received,
    reset() {
      received.length = 0;
    },
  };
}
