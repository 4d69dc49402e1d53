/** Identities the sandbox knows. Test-only values: they open nothing anywhere else. */
export const SANDBOX_APP_ID = '8A3C5E2F-1B4D-4C6E-9F0A-2B3C4D5E6F70';
export const SANDBOX_TOKEN = 'sandbox0api0token0c0ffee0000000000000001';
/** The CleverTap Integration API token the sandbox's /clevertap endpoints accept. */
export const SANDBOX_INTEGRATION_TOKEN = 'sandbox-clevertap-integration-token';
/** The relay the sandbox runs (relay/), at a host name of its own, and the secret CleverTap sends it. */
export const SANDBOX_RELAY_HOST = 'relay.sandbox.example';
export const SANDBOX_RELAY_SECRET = 'sandbox-relay-secret-0000000000000001';
/** An App ID whose host name does not resolve (Chromium maps it to NOTFOUND). */
export const UNREACHABLE_APP_ID = 'DEADBEEF-0000-4000-8000-000000000000';

export function appHost(appId: string): string {
  return `api-${appId.toLowerCase()}.notifications.sendbird.com`;
}
/** The token Sendbird's Braze endpoints accept in the sandbox (Braze's Request header `Api-token`). */
export const SANDBOX_BRAZE_INTEGRATION_TOKEN = 'sandbox-braze-integration-token';
