/**
 * Where every dashboard's webhook goes: Sendbird's own endpoints, or the customer's relay (relay/,
 * the README's "The relay"). One choice for all dashboards (the relay serves each dashboard's
 * routes). Not secret and display-only: it changes which Destination URLs and which header wording
 * the popup shows, and nothing that holds the token reads it.
 */
import { apiBaseUrl, destinationUrls, type DestinationUrls, type WebhookRoutes } from './sendbird-routes';
import { isRecord } from './records';
import { httpsBaseUrlProblem } from './settings';

export interface Destination {
  kind: 'sendbird' | 'relay';
  /** The relay's base URL (kept while Sendbird's endpoints are chosen, so switching back restores it). */
  relayBaseUrl: string;
}

export const DEFAULT_DESTINATION: Destination = { kind: 'sendbird', relayBaseUrl: '' };

export function isDestination(value: unknown): value is Destination {
  return isRecord(value) && (value.kind === 'sendbird' || value.kind === 'relay') && typeof value.relayBaseUrl === 'string' && (value.kind === 'sendbird' || relayUrlProblem(value.relayBaseUrl) === null);
}

export type RelayUrlProblem = 'relayUrlRequired' | 'relayUrlHttps' | 'relayUrlFormat';

/** Why a relay base URL cannot be used, or null: https only, no query, no fragment, no credentials. */
export function relayUrlProblem(input: string): RelayUrlProblem | null {
  if (!input.trim()) return 'relayUrlRequired';
  const problem = httpsBaseUrlProblem(input);
  return problem === 'https' ? 'relayUrlHttps' : problem === 'format' ? 'relayUrlFormat' : null;
}

/** The base URL as it is kept: trimmed, without a trailing slash. */
export function normalizeRelayUrl(input: string): string {
  const url = new URL(input.trim());
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/**
 * What the admin pastes into a dashboard (its `routes`) for this destination. Sendbird's endpoints
 * are always on Sendbird's own host, even when an API base override is set: the dashboard calls
 * Sendbird, not the override.
 */
export function destinationsFor<Id extends string>(appId: string, destination: Destination, routes: WebhookRoutes<Id>): DestinationUrls<Id> {
  const base = destination.kind === 'relay' && destination.relayBaseUrl ? destination.relayBaseUrl : apiBaseUrl(appId);
  return destinationUrls(base, routes);
}
