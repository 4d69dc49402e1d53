// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRAZE_WEBHOOK_ROUTES, CLEVERTAP_WEBHOOK_ROUTES, apiBaseUrl, destinationUrls } from '../../shared/sendbird-routes';
import { FakeComposer, pageWith, VARIANTS } from './composer-under-test';
import { brazeRouteOf, destinationOf, isSendbirdBrazeUrl } from './destination';

const brazeDestinations = (base: string) => destinationUrls(base, BRAZE_WEBHOOK_ROUTES);

const RELAY = 'https://relay.example.com/sendbird';

describe('isSendbirdBrazeUrl', () => {
  it("takes Sendbird's Braze routes for any App ID, and the relay's on its known base", () => {
    const sendbird = brazeDestinations(apiBaseUrl('ABC-123'));
    expect(isSendbirdBrazeUrl(sendbird.realtime)).toBe('yes');
    expect(isSendbirdBrazeUrl(sendbird.batch + '/')).toBe('yes');
    expect(isSendbirdBrazeUrl(`  ${sendbird.batch}  `)).toBe('yes');
    const relay = brazeDestinations(RELAY);
    expect(isSendbirdBrazeUrl(relay.realtime, [RELAY])).toBe('yes');
    expect(isSendbirdBrazeUrl(relay.batch, [RELAY + '/'])).toBe('yes');
    expect(isSendbirdBrazeUrl(relay.realtime)).toBe('no'); // the relay not set up: not known
    expect([brazeRouteOf(sendbird.batch + '/'), brazeRouteOf(relay.realtime, [RELAY]), brazeRouteOf(relay.realtime)]).toEqual(['batch', 'realtime', null]);
  });

  it('counts a still-empty URL as Sendbird’s, and any other URL as not', () => {
    expect(isSendbirdBrazeUrl('')).toBe('yes');
    expect(isSendbirdBrazeUrl('   ')).toBe('yes');
    for (const other of [
      'https://example.com/hook',
      destinationUrls(apiBaseUrl('abc'), CLEVERTAP_WEBHOOK_ROUTES).single,
      brazeDestinations(apiBaseUrl('abc')).realtime.replace('https:', 'http:'),
      brazeDestinations(apiBaseUrl('abc')).realtime + '/extra',
      'https://api-abc.notifications.sendbird.com.evil.example/braze/notifications/realtime',
      'https://user:pw@api-abc.notifications.sendbird.com/braze/notifications/realtime',
      'not a url',
      brazeDestinations(RELAY).realtime.replace('relay.example.com', 'relay.example.org'),
    ]) {
      expect(isSendbirdBrazeUrl(other, [RELAY]), other).toBe('no');
    }
  });

  it('cannot tell a URL made with Liquid (it renders per user)', () => {
    expect(isSendbirdBrazeUrl('https://{{custom_attribute.${host}}}/braze/notifications/realtime')).toBe('unknown');
    expect(isSendbirdBrazeUrl('{% if x %}https://a{% endif %}')).toBe('unknown');
  });

  it('takes every route on every base it is given, and never a URL off those bases (property)', () => {
    // No `--`: `xn--…` labels are punycode, which a browser refuses unless valid.
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/).filter((l) => !l.includes('--'));
    const base = fc.tuple(label, label, fc.array(label, { maxLength: 2 })).map(([a, b, path]) => `https://${a}.${b}.example/${path.join('/')}`.replace(/\/$/, ''));
    fc.assert(
      fc.property(base, base, fc.constantFrom('realtime', 'batch') as fc.Arbitrary<'realtime' | 'batch'>, (known, other, route) => {
        expect(isSendbirdBrazeUrl(brazeDestinations(known)[route], [known])).toBe('yes');
        if (new URL(brazeDestinations(other)[route]).href !== new URL(brazeDestinations(known)[route]).href) {
          expect(isSendbirdBrazeUrl(brazeDestinations(other)[route], [known])).toBe('no');
        }
      }),
    );
  });
});

describe("a composer's destination", () => {
  it('is read from each composer’s own Webhook URL; unknown where the field cannot be found', () => {
    const sendbird = new FakeComposer(VARIANTS[0]!, { url: brazeDestinations(apiBaseUrl('app')).realtime });
    const empty = new FakeComposer(VARIANTS[1]!, { url: '' });
    const other = new FakeComposer(VARIANTS[2]!, { url: 'https://hooks.example.com/x' });
    pageWith(sendbird, empty, other);
    expect([sendbird, empty, other].map((c) => destinationOf(c.root))).toEqual([
      { sendbird: 'yes', route: 'realtime' },
      { sendbird: 'yes', route: null },
      { sendbird: 'no', route: null },
    ]);
    expect(destinationOf(null)).toEqual({ sendbird: 'unknown', route: null });
    empty.showTab('test'); // its Compose tab (and URL field) unmounted
    expect(destinationOf(empty.root)).toEqual({ sendbird: 'unknown', route: null });
  });
});
