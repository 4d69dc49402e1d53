/** The payload contract's codec, and CleverTap's reference decoder reading what it wrote (the two ends of one contract). */
import { describe, expect, it } from 'vitest';
import { decodePairs, encodePayload, planRows, usesLiquid, type Pair, type SendbirdPayload } from './shared/payload-codec';
import { decodeWebhook } from './dashboards/clevertap/webhook-decoder';
import { CLEVERTAP_RECEIVER_DEFAULT } from './dashboards/clevertap/row';

const payload: SendbirdPayload = {
  template: 'order_shipped',
  receiver: 'SendbirdID',
  eventName: 'Order shipped campaign',
  variables: {
    first_name: '{{Profile.first_name | default: "there"}}',
    'order.id': 'A-1001',
    quote: 'She said "hi" \\ then {left}',
    empty: '',
  },
};

/** Rows as CleverTap keeps them, then the key_values object CleverTap sends. */
function toKeyValues(pairs: Pair[]): Record<string, string> {
  return Object.fromEntries(pairs.map((p) => [p.key, p.value]));
}

describe('encode → rows → decode', () => {
  it('round-trips dotted keys, quotes, Liquid and empty values', () => {
    const pairs = encodePayload(payload);
    expect(pairs.map((p) => p.key)).toEqual([
      'sendbird_version',
      'sendbird_template',
      'sendbird_receiver',
      'sendbird_event_name',
      'sendbird_var.first_name',
      'sendbird_var.order.id',
      'sendbird_var.quote',
      'sendbird_var.empty',
    ]);
    expect(pairs[0]).toEqual({ key: 'sendbird_version', value: '1' });
    // Through JSON, as CleverTap stores and sends them.
    const rows = JSON.parse(JSON.stringify(pairs)) as Pair[];
    expect(decodePairs(rows)).toEqual({ ok: true, payload });
  });

  it('leaves out an empty event name and defaults the receiver', () => {
    const pairs = encodePayload({ ...payload, eventName: ' ', receiver: '' }, CLEVERTAP_RECEIVER_DEFAULT);
    expect(pairs.find((p) => p.key === 'sendbird_event_name')).toBeUndefined();
    expect(pairs.find((p) => p.key === 'sendbird_receiver')?.value).toBe('SendbirdID');
  });

  it('ignores the marketer’s own pairs when reading', () => {
    const rows = [{ key: 'utm_source', value: 'ct' }, ...encodePayload(payload), { key: 'sendbird', value: 'not ours?' }];
    expect(decodePairs(rows)).toMatchObject({ ok: true, payload: { template: 'order_shipped' } });
  });

  it('refuses unknown or missing versions instead of guessing', () => {
    expect(decodePairs([{ key: 'utm', value: 'x' }])).toEqual({ ok: false, reason: 'absent' });
    expect(decodePairs([{ key: 'sendbird_template', value: 't' }])).toEqual({ ok: false, reason: 'unknown-version' });
    expect(decodePairs([{ key: 'sendbird_version', value: '2' }, { key: 'sendbird_template', value: 't' }])).toEqual({
      ok: false,
      reason: 'unknown-version',
      version: '2',
    });
    expect(decodePairs([{ key: 'sendbird_version', value: '1' }])).toEqual({ ok: false, reason: 'no-template' });
  });
});

describe('planRows', () => {
  const mine = { key: 'campaign_tag', value: 'spring' };

  it('adds every pair to an empty editor and never touches the marketer’s rows', () => {
    const desired = encodePayload(payload);
    const plan = planRows([mine], desired);
    expect(plan).toEqual({ update: [], remove: [], add: desired });
  });

  it('updates changed values in place, removes pairs of variables the new template lacks', () => {
    const before = [mine, ...encodePayload(payload)];
    const next = encodePayload({ ...payload, template: 'cart_reminder', variables: { first_name: 'Ann', coupon: 'X' } });
    const plan = planRows(before, next);
    expect(plan.update).toEqual([
      { index: 2, key: 'sendbird_template', value: 'cart_reminder' },
      { index: 5, key: 'sendbird_var.first_name', value: 'Ann' },
    ]);
    expect(plan.remove.map((i) => before[i]?.key)).toEqual(['sendbird_var.order.id', 'sendbird_var.quote', 'sendbird_var.empty']);
    expect(plan.add).toEqual([{ key: 'sendbird_var.coupon', value: 'X' }]);
    expect(plan.remove).not.toContain(0);
  });

  it('removes duplicate owned rows', () => {
    const plan = planRows([{ key: 'sendbird_version', value: '1' }, { key: 'sendbird_version', value: '1' }], [{ key: 'sendbird_version', value: '1' }]);
    expect(plan).toEqual({ update: [], remove: [1], add: [] });
  });
});

describe('usesLiquid', () => {
  it('spots Liquid output and tags only', () => {
    expect(usesLiquid('{{Profile.name}}')).toBe(true);
    expect(usesLiquid('{% if x %}y{% endif %}')).toBe(true);
    expect(usesLiquid('{single} braces')).toBe(false);
    expect(usesLiquid('@Profile - Name')).toBe(false);
  });
});

describe('decodeWebhook', () => {
  const keyValues = toKeyValues(encodePayload({ ...payload, variables: { first_name: 'there', 'order.id': 'A-1' } }));
  const templateVariables = (key: string) => (key === 'order_shipped' ? ['first_name', 'order.id'] : null);

  it('decodes a broadcast envelope (profiles array, lower-case keys)', () => {
    const body = {
      targetId: 1700000001,
      key_values: keyValues,
      profiles: [
        { identity: 'u1', objectId: 'o1', profileData: { SendbirdID: 'sb-1' } },
        { identity: 'u2', profileData: { SendbirdID: 'sb-2' }, key_values: { 'sendbird_var.first_name': 'Bo' } },
        { identity: 'u3', profileData: {} },
      ],
    };
    expect(decodeWebhook(body, { templateVariables })).toEqual({
      ok: true,
      test: false,
      request: {
        template: {
          key: 'order_shipped',
          variables: { 'sb-1': { first_name: 'there', 'order.id': 'A-1' }, 'sb-2': { first_name: 'Bo', 'order.id': 'A-1' } },
        },
        targets: ['sb-1', 'sb-2'],
        mode: 'batch',
        event_name: 'Order shipped campaign',
        campaign_id: '1700000001',
      },
      skipped: [{ index: 2, reason: 'receiver-missing', detail: 'SendbirdID' }],
    });
  });

  it('decodes a non-broadcast envelope (one profile object, capitalised keys) in realtime mode', () => {
    const body = {
      targetId: 42,
      key_values: { ...keyValues, sendbird_receiver: 'identity' },
      profiles: { Identity: 'user-9', ObjectId: 'o9', ProfileData: { SendbirdID: 'ignored' }, Key_values: {} },
    };
    const result = decodeWebhook(body, { templateVariables });
    expect(result).toMatchObject({ ok: true, request: { targets: ['user-9'], mode: 'realtime', campaign_id: '42' } });
  });

  it('skips profiles of unknown templates or with a missing variable, saying which', () => {
    const missing = { ...keyValues, 'sendbird_var.order.id': '' };
    expect(decodeWebhook({ targetId: 1, key_values: missing, profiles: [{ profileData: { SendbirdID: 'a' } }] }, { templateVariables })).toEqual({
      ok: true,
      test: false,
      request: null,
      skipped: [{ index: 0, reason: 'missing-variable', detail: 'order.id' }],
    });
    const unknown = { ...keyValues, sendbird_template: 'nope' };
    expect(decodeWebhook({ targetId: 1, key_values: unknown, profiles: [{ profileData: { SendbirdID: 'a' } }] }, { templateVariables })).toMatchObject({
      request: null,
      skipped: [{ reason: 'unknown-template', detail: 'nope' }],
    });
  });

  it('answers CleverTap’s save-time check without decoding', () => {
    expect(decodeWebhook({ is_test: true, targetId: 1234, key_values: { key: 'value' }, profiles: [{ Identity: 'x' }] })).toEqual({ ok: true, test: true });
  });

  it('reads objects where scalars belong as empty, instead of throwing (found by fast-check)', () => {
    const hostile = { toString: null };
    expect(decodeWebhook({ targetId: hostile, key_values: { ...keyValues, sendbird_var: hostile }, profiles: [{ profileData: { SendbirdID: hostile } }] }, { templateVariables })).toMatchObject({
      ok: true,
      request: null,
      skipped: [{ reason: 'receiver-missing' }],
    });
  });

  it('gives a clear error for missing or unknown versions and non-envelopes', () => {
    expect(decodeWebhook({ targetId: 1, key_values: { a: 'b' }, profiles: [] })).toMatchObject({ ok: false, error: 'no-version' });
    expect(decodeWebhook({ targetId: 1, key_values: { ...keyValues, sendbird_version: '9' }, profiles: [] })).toMatchObject({ ok: false, error: 'unknown-version' });
    expect(decodeWebhook('nope')).toMatchObject({ ok: false, error: 'not-an-envelope' });
    expect(decodeWebhook([1, 2])).toMatchObject({ ok: false, error: 'not-an-envelope' });
  });
});
