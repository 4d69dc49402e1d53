/** The reference decoder on Braze's flat per-user body (payload contract, "On Braze"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../shared/payload-codec';
import { decodeBrazeBody, RECEIVER_RENDERED_EMPTY } from './body-decoder';

/** A body as Braze sends it after rendering: the extension's pairs, the receiver rendered to `userId`. */
function brazeBody(userId: string, variables: Record<string, string> = { first_name: 'Ann' }, eventName = ''): Record<string, unknown> {
  const pairs = Object.fromEntries(encodePayload({ template: 'order_shipped', receiver: '{{${user_id}}}', eventName, variables }).map((p) => [p.key, p.value]));
  return { ...pairs, sendbird_receiver: userId };
}

describe('decodeBrazeBody', () => {
  it('decodes one rendered receiver into one realtime target with its variables', () => {
    expect(decodeBrazeBody({ ...brazeBody('sb-ann', { first_name: 'Ann', 'order.id': '42' }, 'sb_read'), marketer_key: 'kept out' })).toEqual({
      ok: true,
      test: false,
      request: { template: { key: 'order_shipped', variables: { 'sb-ann': { first_name: 'Ann', 'order.id': '42' } } }, targets: ['sb-ann'], mode: 'realtime', event_name: 'sb_read', campaign_id: '' },
      skipped: [],
    });
  });

  it('accepts the values as strings or numbers ("1" or 1 for the version, a numeric user id)', () => {
    const asNumbers = { ...brazeBody('x'), sendbird_version: 1, sendbird_receiver: 12345, 'sendbird_var.first_name': 7 };
    const result = decodeBrazeBody(asNumbers);
    expect(result).toMatchObject({ ok: true, request: { targets: ['12345'], template: { variables: { '12345': { first_name: '7' } } } } });
    expect(decodeBrazeBody({ ...brazeBody('y'), sendbird_version: '1' })).toMatchObject({ ok: true, request: { targets: ['y'] } });
  });

  it('skips a receiver that rendered empty, with the reason "receiver rendered empty", and never defaults it', () => {
    for (const empty of ['', '   ', null, undefined, { nested: 'x' }]) {
      const body = brazeBody('x');
      if (empty === undefined) delete body.sendbird_receiver;
      else body.sendbird_receiver = empty;
      expect(decodeBrazeBody(body), String(empty)).toEqual({ ok: true, test: false, request: null, skipped: [{ index: 0, reason: 'receiver-rendered-empty', detail: RECEIVER_RENDERED_EMPTY }] });
    }
    expect(RECEIVER_RENDERED_EMPTY).toBe('receiver rendered empty');
  });

  it('refuses a missing or unknown version with a clear error, never a guess', () => {
    const { sendbird_version: _version, ...noVersion } = brazeBody('x');
    expect(decodeBrazeBody(noVersion)).toMatchObject({ ok: false, error: 'no-version', message: expect.stringMatching(/no sendbird_version/) });
    expect(decodeBrazeBody({})).toMatchObject({ ok: false, error: 'no-version' });
    expect(decodeBrazeBody({ ...brazeBody('x'), sendbird_version: ' ' })).toMatchObject({ ok: false, error: 'no-version' });
    for (const version of ['2', 2, '1.0', 'v1']) {
      expect(decodeBrazeBody({ ...brazeBody('x'), sendbird_version: version }), String(version)).toMatchObject({ ok: false, error: 'unknown-version' });
    }
  });

  it('refuses a body with no template, or that is not an object', () => {
    expect(decodeBrazeBody({ ...brazeBody('x'), sendbird_template: ' ' })).toMatchObject({ ok: false, error: 'no-template' });
    for (const body of [null, [], 'text', 1, [brazeBody('x')]]) expect(decodeBrazeBody(body)).toMatchObject({ ok: false, error: 'not-an-envelope' });
  });

  it('keeps hostile keys as data: a receiver or a variable named __proto__', () => {
    const body = JSON.parse(JSON.stringify({ ...brazeBody('__proto__'), 'sendbird_var.__proto__': 'v' })) as unknown;
    const result = decodeBrazeBody(body);
    expect(result).toMatchObject({ ok: true, request: { targets: ['__proto__'] } });
    if (!result.ok || result.test || !result.request) throw new Error('decoded');
    expect(Object.hasOwn(result.request.template.variables, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.request.template.variables)).toBe(Object.prototype);
  });

  it('checks the template’s variables when told them, like the CleverTap decoder', () => {
    const templateVariables = (key: string) => (key === 'order_shipped' ? ['first_name'] : null);
    expect(decodeBrazeBody(brazeBody('x', { first_name: ' ' }), { templateVariables })).toMatchObject({ request: null, skipped: [{ reason: 'missing-variable', detail: 'first_name' }] });
    expect(decodeBrazeBody({ ...brazeBody('x'), sendbird_template: 'gone' }, { templateVariables })).toMatchObject({ request: null, skipped: [{ reason: 'unknown-template' }] });
  });

  it('never throws and never names a target the body did not hold (fast-check)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('1', '', ' ', 'order_shipped', '__proto__'), fc.anything());
    const key = fc.oneof(fc.constantFrom('sendbird_version', 'sendbird_template', 'sendbird_receiver', 'sendbird_event_name', 'sendbird_var.first_name', 'sendbird_var.__proto__', '__proto__'), fc.string());
    const body = fc.oneof(
      fc.dictionary(key, value).map((extra) => ({ ...brazeBody('seed'), ...extra })),
      fc.dictionary(key, value),
      fc.anything(),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(body, (input) => {
        const result = decodeBrazeBody(input);
        if (!result.ok || result.test || !result.request) return;
        expect(result.request.targets).toHaveLength(1);
        expect(result.request.mode).toBe('realtime');
        const receiver = (input as Record<string, unknown>).sendbird_receiver;
        expect(result.request.targets[0]).toBe(String(receiver).trim());
        expect(Object.keys(result.request.template.variables)).toEqual(result.request.targets);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a receiver that names nobody', () => {
  it('skips a receiver that is true or false rather than sending to "true" or "false" (found by the relay\'s fast-check run)', () => {
    for (const receiver of [false, true]) {
      const decoded = decodeBrazeBody({ sendbird_version: '1', sendbird_template: 'order_shipped', sendbird_receiver: receiver, 'sendbird_var.first_name': 'Ann' });
      expect(JSON.stringify(decoded)).not.toMatch(/"targets":\["(true|false)"\]/);
    }
  });
});
