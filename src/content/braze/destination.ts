/**
 * Is a composer Sendbird's? By its Webhook URL (braze-host-contract.md): one of the Sendbird (or
 * relay) Destination URLs the popup shows for Braze, or still empty, is; any other URL is not, and
 * the panel stays inert; a field that cannot be found or a URL made of Liquid cannot be told.
 */
import type { Destination } from '../dashboard';
import { brazeDestinations, SENDBIRD_HOST_SUFFIX, SENDBIRD_ROUTES } from '../../shared/sendbird-routes';
import { webhookUrlInput } from './sections';

export type Sendbirdness = Destination['sendbird'];

const BRAZE_PATHS: readonly string[] = [SENDBIRD_ROUTES.brazeRealtime, SENDBIRD_ROUTES.brazeBatch];

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
 * `knownBases`: the other bases the popup may show Braze's Destination URLs on (the relay's base
 * URL, an API base override). Sendbird's own host counts for any App ID, as for CleverTap.
 */
export function isSendbirdBrazeUrl(value: string, knownBases: readonly string[] = []): Sendbirdness {
  const trimmed = value.trim();
  if (trimmed === '') return 'yes';
  // Liquid in the URL (Braze allows it) renders per user: what it sends to is not on the page.
  if (/\{\{|\{%/.test(trimmed)) return 'unknown';
  const where = target(trimmed);
  if (!where) return 'no';
  const url = new URL(where);
  if (url.hostname.endsWith(SENDBIRD_HOST_SUFFIX) && BRAZE_PATHS.includes(url.pathname)) return 'yes';
  for (const base of knownBases) {
    if (!base.trim()) continue;
    const { realtime, batch } = brazeDestinations(base);
    if ([realtime, batch].some((route) => target(route) === where)) return 'yes';
  }
  return 'no';
}

/** Where this composer's webhook sends. Braze has no broadcast endpoint: never `multi`. */
export function destinationOf(composer: Element | null, knownBases: readonly string[] = []): Destination {
  const input = composer && webhookUrlInput(composer);
  if (!input) return { sendbird: 'unknown', multi: false };
  return { sendbird: isSendbirdBrazeUrl(input.value, knownBases), multi: false };
}
