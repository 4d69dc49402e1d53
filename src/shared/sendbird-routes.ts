/**
 * The one place that knows Sendbird's hosts and routes.
 *
 * Two of these are assumptions (see README, "Assumptions"): Sendbird does not publish the route for
 * listing templates with a Business Messaging API token, so we use the only template routes found in
 * Sendbird's own public code (the Chat SDK's `/v3/notifications/templates`) on the host Sendbird
 * documents for that token. Admins can point the extension at another base URL in the advanced
 * settings when Sendbird's real route differs.
 */

export const SENDBIRD_ROUTES = {
  /** Host of the Business Messaging API for one application; `{appId}` is lower-cased by browsers. */
  apiBase: 'https://api-{appId}.notifications.sendbird.com',
  listTemplates: '/v3/notifications/templates',
  getTemplate: '/v3/notifications/templates/{key}',
  /** Page size Sendbird's own UIKit asks for. */
  pageSize: 100,
  /** Query parameter carrying the cursor of the next page (`next` in the previous answer). */
  cursorParam: 'token',
  authHeader: 'Api-Token',
  /** CleverTap webhook endpoints that Sendbird serves for the integration. */
  clevertapSingle: '/clevertap/notifications/single',
  clevertapMulti: '/clevertap/notifications/multi',
  /** Header key the CleverTap webhook must carry (as CleverTap's guide spells it). */
  clevertapTokenHeader: 'Api-token',
  /**
   * Braze webhook endpoints. Sendbird does not publish its own Braze routes: these two are this
   * product's assumption (README, "Assumptions"), kept here as data like the template routes; the
   * relay serves them, and a base URL override points them elsewhere.
   */
  brazeRealtime: '/braze/notifications/realtime',
  brazeBatch: '/braze/notifications/batch',
  /** Header key of the Braze webhook (the same spelling as CleverTap's, so one relay check reads both). */
  brazeTokenHeader: 'Api-token',
} as const;

/** The Sendbird host patterns the manifest's host_permissions grant. */
export const SENDBIRD_HOST_SUFFIX = '.notifications.sendbird.com';

/** Base URL of the API for an app, or the admin's override (without a trailing slash). */
export function apiBaseUrl(appId: string, override?: string | null): string {
  if (override) return override.replace(/\/+$/, '');
  return SENDBIRD_ROUTES.apiBase.replace('{appId}', appId.toLowerCase());
}

export function listTemplatesUrl(base: string, cursor?: string | null): string {
  const url = new URL(base + SENDBIRD_ROUTES.listTemplates);
  url.searchParams.set('limit', String(SENDBIRD_ROUTES.pageSize));
  if (cursor) url.searchParams.set(SENDBIRD_ROUTES.cursorParam, cursor);
  return url.toString();
}

/**
 * A template key that may go into a URL path: `.`, `..` or a slash would make the request resolve to
 * another route (encodeURIComponent leaves dots as they are), so such keys are refused, not encoded.
 */
export function isSafeTemplateKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && key !== '.' && key !== '..' && !/[/\\]/.test(key);
}

/** Longest template or variable key accepted from Sendbird (a key cannot be clipped: it is an identity). */
export const MAX_KEY_LENGTH = 200;

export function getTemplateUrl(base: string, key: string): string {
  if (!isSafeTemplateKey(key)) throw new RangeError('unsafe template key');
  return base + SENDBIRD_ROUTES.getTemplate.replace('{key}', encodeURIComponent(key));
}

export interface ClevertapDestinations {
  single: string;
  multi: string;
  headerKey: string;
}

/**
 * What an admin pastes into CleverTap's webhook settings. These always use Sendbird's own host,
 * even when an API base override is set: CleverTap calls Sendbird, not the override.
 */
export function clevertapDestinations(appId: string): ClevertapDestinations {
  const base = apiBaseUrl(appId);
  return {
    single: base + SENDBIRD_ROUTES.clevertapSingle,
    multi: base + SENDBIRD_ROUTES.clevertapMulti,
    headerKey: SENDBIRD_ROUTES.clevertapTokenHeader,
  };
}

/** Which of Sendbird's CleverTap webhook endpoints (any app) a URL is, or null for none. */
export function sendbirdDestinationKind(value: string): 'single' | 'multi' | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SENDBIRD_HOST_SUFFIX)) return null;
  if (url.pathname === SENDBIRD_ROUTES.clevertapSingle) return 'single';
  return url.pathname === SENDBIRD_ROUTES.clevertapMulti ? 'multi' : null;
}

/** True when a URL is one of Sendbird's CleverTap webhook endpoints (any app). */
export function isSendbirdDestinationUrl(value: string): boolean {
  return sendbirdDestinationKind(value) !== null;
}

/**
 * Sendbird's documented send API, which the relay calls (relay/). Sendbird's pages disagree on the
 * path (`/v1/notifications` on the send page, `/v1/notifications/messages` on another copy), so it is
 * data here, overridable in the relay's configuration; the sandbox's stand-in answers on both.
 */
export const SENDBIRD_SEND = {
  path: '/v1/notifications',
  knownPaths: ['/v1/notifications', '/v1/notifications/messages'],
  /** Most user ids one batch call may carry (more need a CSV upload, which the relay does not use). */
  maxTargets: 10_000,
} as const;

export function sendNotificationUrl(base: string, pathOverride?: string | null): string {
  return base.replace(/\/+$/, '') + (pathOverride || SENDBIRD_SEND.path);
}

/** CleverTap's Destination URLs when the webhook goes through the customer's relay instead. */
export function relayClevertapDestinations(relayBase: string): ClevertapDestinations {
  const base = relayBase.trim().replace(/\/+$/, '');
  return {
    single: base + SENDBIRD_ROUTES.clevertapSingle,
    multi: base + SENDBIRD_ROUTES.clevertapMulti,
    headerKey: SENDBIRD_ROUTES.clevertapTokenHeader,
  };
}

export interface BrazeDestinations {
  realtime: string;
  batch: string;
  headerKey: string;
}

/** Braze's Webhook URLs on a base: the relay's, or Sendbird's host (`apiBaseUrl`, with its override). */
export function brazeDestinations(base: string): BrazeDestinations {
  const trimmed = base.trim().replace(/\/+$/, '');
  return {
    realtime: trimmed + SENDBIRD_ROUTES.brazeRealtime,
    batch: trimmed + SENDBIRD_ROUTES.brazeBatch,
    headerKey: SENDBIRD_ROUTES.brazeTokenHeader,
  };
}
