// @vitest-environment happy-dom
/**
 * The row writer on Braze's composers: exact pairs in the Request body's rows, the marketer's own
 * pairs, the headers and the Webhook URL untouched, each Canvas step its own; a React-like input
 * that ignores `.value =` still takes the writing, and a page that keeps nothing is a failure.
 * A property test then writes random payloads over random marketer rows on every variant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePayload, isOwnedKey, type Pair } from '../../shared/payload-codec';
import { FakeComposer, htmlPage, pageWith, VARIANTS } from './composer-under-test';
import { readPairs } from './rows';
import { writePairs } from './write-pairs';

/** Short waits: the fake page applies every change within the task that makes it. */
const FAST = { settleMs: 200, quietMs: 20 };

const payload = (template: string, variables: Record<string, string>) => encodePayload({ template, receiver: '{{${user_id}}}', eventName: '', variables });
const DESIRED = payload('order_shipped', { first_name: "{{${first_name} | default: 'there'}}", 'order.id': 'A-9' });
const MARKETER: Pair[] = [{ key: 'crm', value: 'yes' }];
const owned = (pairs: Pair[]) => pairs.filter((p) => isOwnedKey(p.key));
const theirs = (pairs: Pair[]) => pairs.filter((p) => !isOwnedKey(p.key) && (p.key !== '' || p.value !== ''));

describe('writing pairs into the Request body', () => {
  for (const variant of VARIANTS) {
    it(`writes exactly the pairs, keeps the marketer's, the headers and the URL (variant ${variant.name})`, async () => {
      const composer = new FakeComposer(variant, { url: '', rows: [{ key: '', value: '' }, ...MARKETER] });
      pageWith(composer);
      const headers = composer.headersShown();
      expect(await writePairs(composer.root, DESIRED, FAST)).toEqual({ ok: true });
      expect(owned(composer.bodyPairs())).toEqual(DESIRED);
      expect(theirs(composer.bodyPairs())).toEqual(MARKETER);
      expect(readPairs(composer.root)).toEqual(composer.bodyPairs()); // the page shows what it will send
      expect(composer.headersShown()).toEqual(headers);
      expect(composer.violations).toEqual([]);

      // Another template: kept keys updated in place, dropped ones removed, the marketer's still there.
      const next = payload('welcome', { first_name: 'Ann' });
      expect(await writePairs(composer.root, next, FAST)).toEqual({ ok: true });
      expect(owned(composer.bodyPairs()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([...next].sort((a, b) => a.key.localeCompare(b.key)));
      expect(theirs(composer.bodyPairs())).toEqual(MARKETER);
      expect(composer.violations).toEqual([]);
    });
  }

  it('writes through a React-like input where `.value =` alone does not stick', async () => {
    const composer = new FakeComposer(VARIANTS[2]!, { rows: [{ key: '', value: '' }] });
    pageWith(composer);
    const [key] = composer.root.querySelectorAll('section input');
    // The test's own premise: plain assignment and an input event leave the page's state as it was.
    (key as HTMLInputElement).value = 'sendbird_version';
    key!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(composer.bodyPairs()).toEqual([{ key: '', value: '' }]);
    (key as HTMLInputElement).value = '';
    expect(await writePairs(composer.root, DESIRED, FAST)).toEqual({ ok: true });
    expect(composer.bodyPairs()).toEqual(DESIRED);
  });

  it('fails with did-not-stick when the page keeps none of the values typed', async () => {
    const composer = new FakeComposer(VARIANTS[2]!, { rows: [] });
    composer.rejectValues = true;
    pageWith(composer);
    expect(await writePairs(composer.root, DESIRED, FAST)).toEqual({ ok: false, reason: 'did-not-stick' });
    expect(composer.violations).toEqual([]);
  });

  it('fails with no-add-control when there are too few rows and nothing adds one', async () => {
    htmlPage(
      '<div id="c"><button>Compose</button><button>Test</button><div><label>Webhook URL<input></label><section><h4>Request body</h4><label><input type="radio" checked> JSON key-value pairs</label><label><input type="radio"> Raw text</label><div><input><input><button>×</button></div></section></div></div>',
    );
    expect(await writePairs(document.getElementById('c')!, DESIRED, FAST)).toEqual({ ok: false, reason: 'no-add-control' });
  });

  it('writes one Canvas step without touching the other', async () => {
    const [first, second] = [new FakeComposer(VARIANTS[0]!), new FakeComposer(VARIANTS[0]!, { rows: [{ key: 'sendbird_template', value: 'other' }] })];
    pageWith(first, second);
    expect(await writePairs(first.root, DESIRED, FAST)).toEqual({ ok: true });
    expect(first.bodyPairs()).toEqual(DESIRED);
    expect(second.bodyPairs()).toEqual([{ key: 'sendbird_template', value: 'other' }]);
  });
});

describe('writing random payloads over random marketer rows (property)', () => {
  const text = fc.string({ maxLength: 8 });
  const marketerRow = fc.record({ key: fc.stringMatching(/^[a-z][a-z_]{0,7}$/), value: text });
  const stale = fc.record({ key: fc.constantFrom('sendbird_template', 'sendbird_var.coupon', 'sendbird_var.first_name', 'sendbird_old'), value: text });
  const desired = fc
    .record({
      template: fc.constantFrom('order_shipped', 'welcome'),
      variables: fc.dictionary(fc.constantFrom('first_name', 'order.id', 'coupon'), text, { maxKeys: 3 }),
    })
    .map(({ template, variables }) => payload(template, variables));
  const startRows = fc.array(fc.oneof(marketerRow, stale, fc.constant({ key: '', value: '' })), { maxLength: 6 });

  for (const variant of VARIANTS) {
    it(`leaves the marketer's rows in order and exactly the contract's pairs (variant ${variant.name.slice(0, 1)})`, async () => {
      await fc.assert(
        fc.asyncProperty(startRows, desired, async (rows, wanted) => {
          const composer = new FakeComposer(variant, { rows });
          pageWith(composer);
          const headers = composer.headersShown();
          const result = await writePairs(composer.root, wanted, FAST);
          expect(result).toEqual({ ok: true });
          expect(theirs(composer.bodyPairs())).toEqual(theirs(rows));
          const sorted = (pairs: Pair[]) => pairs.map((p) => `${p.key}=${p.value}`).sort();
          expect(sorted(owned(composer.bodyPairs()))).toEqual(sorted(wanted));
          expect(composer.headersShown()).toEqual(headers);
          expect(composer.violations).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });
  }
});
