/**
 * Property-based: thousands of random and adversarial JSON values through the template normalizer
 * and the payload codec. Nothing throws, no template lacks a key, and decoded pairs re-encode to
 * themselves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePairs, encodePayload, isOwnedKey, planRows, type Pair } from './shared/payload-codec';
import { decodeWebhook } from './dashboards/clevertap/webhook-decoder';
import { CLEVERTAP_RECEIVER_DEFAULT } from './dashboards/clevertap/row';
import { normalizeTemplate, normalizeTemplates } from './shared/template-model';

const RUNS = { numRuns: 2000 };

/** Strings an attacker would try: markup, script URLs, RTL and zero-width marks, huge and odd keys. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202Eevil\u202C',
    'a\u200Bb\u200Dc',
    '{x}{{y}}{%z%}',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
    '',
  ),
);

/** Any JSON, plus objects shaped like templates with fields of the wrong types. */
const templateLike = fc.record(
  {
    key: fc.oneof(nasty, fc.integer(), fc.constant(null), fc.object()),
    name: fc.oneof(nasty, fc.integer(), fc.constant(null)),
    is_archived: fc.oneof(fc.boolean(), nasty, fc.integer()),
    updated_at: fc.oneof(fc.integer(), nasty, fc.double()),
    variable_schema: fc.oneof(fc.array(fc.record({ key: fc.oneof(nasty, fc.integer()), name: nasty, type: nasty }, { requiredKeys: [] })), nasty),
    ui_template: fc.oneof(fc.jsonValue(), fc.record({ body: fc.record({ items: fc.array(fc.jsonValue()) }) })),
    data_template: fc.oneof(nasty, fc.jsonValue()),
    color_variables: fc.oneof(fc.dictionary(nasty, nasty), fc.jsonValue()),
    channels: fc.oneof(fc.array(fc.record({ key: nasty, type: nasty, name: nasty, content: fc.dictionary(nasty, fc.jsonValue()) }, { requiredKeys: [] })), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

describe('the template normalizer under random input', () => {
  it('never throws and never returns a template without a key', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), templateLike)), (raws) => {
        const templates = normalizeTemplates(raws);
        for (const template of templates) {
          expect(typeof template.key).toBe('string');
          expect(template.key.trim()).not.toBe('');
          expect(template.name.length).toBeLessThanOrEqual(501);
          for (const variable of template.variables) expect(variable.key.trim()).not.toBe('');
        }
        expect(new Set(templates.map((t) => t.key)).size).toBe(templates.length);
      }),
      RUNS,
    );
  });

  it('survives deeply nested values', () => {
    let deep: unknown = '{leaf}';
    for (let i = 0; i < 10_000; i++) deep = { items: [deep] };
    expect(() => normalizeTemplate({ key: 'k', ui_template: deep, data_template: deep })).not.toThrow();
  });
});

const ownedKey = fc.oneof(
  fc.constantFrom('sendbird_version', 'sendbird_template', 'sendbird_receiver', 'sendbird_event_name'),
  nasty.map((k) => `sendbird_var.${k}`),
  nasty.map((k) => `sendbird_${k}`),
);
const anyPair = fc.record({ key: fc.oneof(ownedKey, nasty), value: nasty });

describe('the payload codec under random input', () => {
  it('decodes any rows without throwing, and what it decodes re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.array(anyPair), fc.boolean(), (pairs, withVersion) => {
        const rows: Pair[] = withVersion ? [{ key: 'sendbird_version', value: '1' }, ...pairs] : pairs;
        const read = decodePairs(rows, CLEVERTAP_RECEIVER_DEFAULT);
        if (!read.ok) return;
        const encoded = encodePayload(read.payload, CLEVERTAP_RECEIVER_DEFAULT);
        expect(decodePairs(encoded, CLEVERTAP_RECEIVER_DEFAULT)).toEqual(read);
        // Every pair the encoder writes is one the decoder reads back unchanged.
        for (const pair of encoded) expect(isOwnedKey(pair.key)).toBe(true);
        expect(encodePayload((decodePairs(encoded, CLEVERTAP_RECEIVER_DEFAULT) as typeof read).payload, CLEVERTAP_RECEIVER_DEFAULT)).toEqual(encoded);
      }),
      RUNS,
    );
  });

  it('plans row changes that never touch a marketer pair', () => {
    fc.assert(
      fc.property(fc.array(anyPair), fc.array(anyPair), (current, wanted) => {
        const desired = wanted.filter((p) => isOwnedKey(p.key));
        const plan = planRows(current, desired);
        for (const index of [...plan.remove, ...plan.update.map((u) => u.index)]) {
          expect(isOwnedKey(current[index]?.key ?? '')).toBe(true);
        }
        for (const pair of plan.add) expect(isOwnedKey(pair.key)).toBe(true);
      }),
      RUNS,
    );
  });

  it('decodes any webhook body without an unexpected error', () => {
    const envelope = fc.record(
      {
        is_test: fc.oneof(fc.boolean(), fc.jsonValue()),
        targetId: fc.jsonValue(),
        key_values: fc.oneof(fc.dictionary(fc.oneof(ownedKey, nasty), fc.oneof(nasty, fc.jsonValue())), fc.jsonValue()),
        profiles: fc.oneof(fc.array(fc.oneof(fc.jsonValue(), fc.record({ identity: nasty, Identity: nasty, objectId: nasty, profileData: fc.dictionary(nasty, fc.jsonValue()), key_values: fc.jsonValue() }, { requiredKeys: [] }))), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(envelope, fc.jsonValue()), (body) => {
        const result = decodeWebhook(body, { templateVariables: (key) => (key.length % 2 ? ['a'] : null) });
        if (!result.ok) {
          expect(['not-an-envelope', 'no-version', 'unknown-version', 'no-template']).toContain(result.error);
          expect(result.message.length).toBeGreaterThan(10);
        } else if (!result.test && result.request) {
          expect(result.request.targets.length).toBeGreaterThan(0);
          expect(Object.keys(result.request.template.variables).sort()).toEqual([...result.request.targets].sort());
          expect(result.request.mode).toBe(result.request.targets.length === 1 ? 'realtime' : 'batch');
        }
      }),
      RUNS,
    );
  });
});

describe('keys that are special to JavaScript objects', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('a variable or user named %s is kept as data', (key) => {
    const rows = encodePayload({ template: 't', receiver: 'SendbirdID', eventName: '', variables: Object.fromEntries([[key, 'v']]) });
    expect(rows.map((r) => r.key)).toContain(`sendbird_var.${key}`);
    const read = decodePairs(rows);
    expect(read.ok && Object.hasOwn(read.payload.variables, key)).toBe(true);
    const result = decodeWebhook({ targetId: 1, key_values: Object.fromEntries(rows.map((r) => [r.key, r.value])), profiles: [{ profileData: { SendbirdID: key } }] });
    expect(result.ok && !result.test && result.request && Object.hasOwn(result.request.template.variables, key)).toBe(true);
    expect(Object.getPrototypeOf(result.ok && !result.test && result.request ? result.request.template.variables : {})).toBe(Object.prototype);
  });
});
