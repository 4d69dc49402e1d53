import { describe, expect, it } from 'vitest';
import { CLEVERTAP_WEBHOOK_ROUTES } from './sendbird-routes';
import { destinationsFor, isDestination, normalizeRelayUrl, relayUrlProblem } from './destination';

describe('the Destination choice', () => {
  it('takes an https base URL only', () => {
    expect(relayUrlProblem('')).toBe('relayUrlRequired');
    expect(relayUrlProblem('http://relay.example.com')).toBe('relayUrlHttps');
    expect(relayUrlProblem('javascript:alert(1)')).toBe('relayUrlHttps');
    expect(relayUrlProblem('relay.example.com')).toBe('relayUrlFormat');
    expect(relayUrlProblem('https://relay.example.com/?a=1')).toBe('relayUrlFormat');
    expect(relayUrlProblem('https://user:pw@relay.example.com')).toBe('relayUrlFormat');
    expect(relayUrlProblem(' https://relay.example.com/base/ ')).toBeNull();
    expect(normalizeRelayUrl(' https://Relay.example.com/base/ ')).toBe('https://relay.example.com/base');
  });

  it("shows the relay's Destination URLs, or Sendbird's when Sendbird's endpoints are chosen", () => {
    const relay = { kind: 'relay', relayBaseUrl: 'https://relay.example.com/sb' } as const;
    expect(destinationsFor('ABC', relay, CLEVERTAP_WEBHOOK_ROUTES)).toEqual({
      single: 'https://relay.example.com/sb/clevertap/notifications/single',
      multi: 'https://relay.example.com/sb/clevertap/notifications/multi',
      headerKey: 'Api-token',
    });
    expect(destinationsFor('ABC', { ...relay, kind: 'sendbird' }, CLEVERTAP_WEBHOOK_ROUTES).single).toBe('https://api-abc.notifications.sendbird.com/clevertap/notifications/single');
  });

  it('reads back only what the popup writes', () => {
    expect(isDestination({ kind: 'relay', relayBaseUrl: 'https://relay.example.com' })).toBe(true);
    expect(isDestination({ kind: 'relay', relayBaseUrl: 'http://relay.example.com' })).toBe(false);
    expect(isDestination({ kind: 'sendbird', relayBaseUrl: '' })).toBe(true);
    expect(isDestination({ kind: 'other', relayBaseUrl: '' })).toBe(false);
    expect(isDestination('relay')).toBe(false);
  });
});
