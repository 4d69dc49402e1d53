/** Braze's Webhook URLs come from the one module of routes, on the relay's base or an override. */
import { describe, expect, it } from 'vitest';
import { apiBaseUrl, BRAZE_WEBHOOK_ROUTES, destinationUrls, SENDBIRD_ROUTES } from './sendbird-routes';

const brazeDestinations = (base: string) => destinationUrls(base, BRAZE_WEBHOOK_ROUTES);

describe('Braze destinations', () => {
  it('puts the two assumed Braze routes on a relay base, with or without a trailing slash', () => {
    expect(brazeDestinations('https://relay.example.com/')).toEqual({
      realtime: 'https://relay.example.com/braze/notifications/realtime',
      batch: 'https://relay.example.com/braze/notifications/batch',
      headerKey: 'Api-token',
    });
  });

  it('puts them on Sendbird’s host, or on an admin’s override of it', () => {
    expect(brazeDestinations(apiBaseUrl('ABC-1')).realtime).toBe(`https://api-abc-1.notifications.sendbird.com${SENDBIRD_ROUTES.brazeRealtime}`);
    expect(brazeDestinations(apiBaseUrl('ABC-1', 'https://proxy.example.com/sb')).batch).toBe('https://proxy.example.com/sb/braze/notifications/batch');
  });
});
