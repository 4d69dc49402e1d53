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

/**
 * The Sendbird Destination routes one dashboard's webhooks post to, by the name each is shown
 * under (CleverTap's `single` / `multi`, Braze's `realtime` / `batch`), and the header key the
 * webhook carries. A dashboard's row (src/dashboards) refers to one of these.
 */
export interface WebhookRoutes<Id extends string = string> {
  paths: Readonly<Record<Id, string>>;
  headerKey: string;
}

export const CLEVERTAP_WEBHOOK_ROUTES = {
  paths: { single: SENDBIRD_ROUTES.clevertapSingle, multi: SENDBIRD_ROUTES.clevertapMulti },
  headerKey: SENDBIRD_ROUTES.clevertapTokenHeader,
} as const satisfies WebhookRoutes;

export const BRAZE_WEBHOOK_ROUTES = {
  paths: { realtime: SENDBIRD_ROUTES.brazeRealtime, batch: SENDBIRD_ROUTES.brazeBatch },
  headerKey: SENDBIRD_ROUTES.brazeTokenHeader,
} as const satisfies WebhookRoutes;

/** The Destination URLs of one dashboard's routes, by route name, and the header key. */
export type DestinationUrls<Id extends string = string> = Record<Id, string> & { headerKey: string };

/**
 * What an admin pastes into the dashboard's webhook settings: the routes on a base, Sendbird's
 * host for the app (`apiBaseUrl`) or the customer's relay, with or without a trailing slash.
 */
export function destinationUrls<Id extends string>(base: string, routes: WebhookRoutes<Id>): DestinationUrls<Id> {
  const trimmed = base.trim().replace(/\/+$/, '');
  const urls = Object.fromEntries(Object.entries<string>(routes.paths).map(([id, path]) => [id, trimmed + path])) as Record<Id, string>;
  return { ...urls, headerKey: routes.headerKey };
}

/** Which of these routes on Sendbird's host (any app) a URL is, or null for none. */
export function sendbirdRouteOf<Id extends string>(value: string, routes: WebhookRoutes<Id>): Id | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SENDBIRD_HOST_SUFFIX)) return null;
  const ids = Object.keys(routes.paths) as Id[];
  return ids.find((id) => routes.paths[id] === url.pathname) ?? null;
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
