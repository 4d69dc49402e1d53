/**
 * Is a composer Sendbird's? By its Webhook URL (braze-host-contract.md): one of the Sendbird (or
 * relay) Destination URLs the popup shows for Braze, or still empty, is; any other URL is not, and
 * the panel stays inert; a field that cannot be found or a URL made of Liquid cannot be told.
 */
import type { Destination } from '../dashboard';
import { BRAZE_WEBHOOK_ROUTES, destinationUrls, sendbirdRouteOf } from '../../shared/sendbird-routes';
import { webhookUrlInput } from './sections';

export type Sendbirdness = Destination['sendbird'];
type BrazeRoute = keyof typeof BRAZE_WEBHOOK_ROUTES.paths;
const ROUTES = Object.keys(BRAZE_WEBHOOK_ROUTES.paths) as BrazeRoute[];

/** Where a URL sends, without what cannot change it: origin and path, no trailing slash. */
function target(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * Which of Braze's Sendbird routes a URL is: on Sendbird's own host (any App ID, as for CleverTap),
 * or on one of `knownBases`, the other bases the popup may show Braze's Destination URLs on (the
 * relay's base URL, an API base override). Null for any other URL.
 */
export function brazeRouteOf(value: string, knownBases: readonly string[] = []): BrazeRoute | null {
  const where = target(value);
  if (!where) return null;
  const onSendbird = sendbirdRouteOf(where, BRAZE_WEBHOOK_ROUTES);
  if (onSendbird) return onSendbird;
  for (const base of knownBases) {
    if (!base.trim()) continue;
    const urls = destinationUrls(base, BRAZE_WEBHOOK_ROUTES);
    const route = ROUTES.find((id) => target(urls[id]) === where);
    if (route) return route;
  }
  return null;
}

export function isSendbirdBrazeUrl(value: string, knownBases: readonly string[] = []): Sendbirdness {
  const trimmed = value.trim();
  if (trimmed === '') return 'yes';
  // Liquid in the URL (Braze allows it) renders per user: what it sends to is not on the page.
  if (/\{\{|\{%/.test(trimmed)) return 'unknown';
  return brazeRouteOf(trimmed, knownBases) ? 'yes' : 'no';
}

/** Where this composer's webhook sends, and by which route when its URL names one. */
export function destinationOf(composer: Element | null, knownBases: readonly string[] = []): Destination {
  const input = composer && webhookUrlInput(composer);
  if (!input) return { sendbird: 'unknown', route: null };
  return { sendbird: isSendbirdBrazeUrl(input.value, knownBases), route: brazeRouteOf(input.value, knownBases) };
}
