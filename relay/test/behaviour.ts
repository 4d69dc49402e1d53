/**
 * The relay's behaviour, written once and run against each runtime: in-process on Node
 * (node.test.ts) and as the bundled Worker in workerd through Miniflare (workerd.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brazeBody, broadcast, pairs, singleProfile, TEMPLATE } from './bodies';
import { SECRET_A, SECRET_B, TEST_BODY_CAP, type Call, type CallInit, type Runtime } from './harness';

const SINGLE = '/clevertap/notifications/single';
/** For the cases that move 25,000 profiles or wait out a timeout: ample on a machine shared with a browser suite. */
const HEAVY = { timeout: 60_000 };
const MULTI = '/clevertap/notifications/multi';
const REALTIME = '/braze/notifications/realtime';
const BATCH = '/braze/notifications/batch';
/** Braze's batch group size in TEST_ENV: the batch cases send whole groups, so none waits on a clock. */
const GROUP = 4;

function post(call: Call, path: string, body: unknown, secret: string | null = SECRET_A, extra: CallInit = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'Api-token': secret }), ...extra.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every string and number anywhere in a JSON value: the only things a target may come from. */
function namedIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) value.forEach((v) => namedIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => namedIn(v, into));
  return into;
}

export function relayBehaviour(start: () => Promise<Runtime>): void {
  let rt: Runtime;
  beforeAll(async () => {
    rt = await start();
  }, 60_000);
  afterAll(async () => {
    await rt?.close();
  });
  afterEach(() => {
    rt.standIn.reset();
  });

  describe('routes', () => {
    it('answers GET /healthz with its counters', async () => {
      const response = await rt.relay('/healthz');
      expect(response.status).toBe(200);
      const body = (await response.json()) as { ok: boolean; counters: { requests: number } };
      expect(body.ok).toBe(true);
      expect(typeof body.counters.requests).toBe('number');
    });

    it('answers 404 to anything else', async () => {
      for (const [method, path] of [
        ['GET', SINGLE],
        ['GET', REALTIME],
        ['POST', '/'],
        ['POST', '/braze/notifications/other'],
        ['POST', '/clevertap/notifications/other'],
        ['DELETE', '/healthz'],
      ] as const) {
        const response = await rt.relay(path, { method, headers: { 'Api-token': SECRET_A }, ...(method === 'POST' ? { body: '{}' } : {}) });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
      expect(rt.standIn.received).toEqual([]);
    });

    it('sends a single-profile request as one realtime call with its receiver and values', async () => {
      const response = await post(rt.relay, SINGLE, singleProfile('sb-user-ann', 'Ann'));
      expect(response.status).toBe(200);
      expect(rt.standIn.sent).toEqual([
        { path: '/v1/notifications', template: { key: TEMPLATE, variables: { 'sb-user-ann': { first_name: 'Ann' } } }, targets: ['sb-user-ann'], mode: 'realtime' },
      ]);
    });

    it('sends a broadcast on the multi route as one batch call', async () => {
      const body = broadcast(3);
      const response = await post(rt.relay, MULTI, body);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, sent: 3, calls: 1 });
      expect(rt.standIn.sent).toHaveLength(1);
      expect(rt.standIn.sent[0]).toMatchObject({ mode: 'batch', targets: ['user-0', 'user-1', 'user-2'] });
      expect(rt.standIn.sent[0]?.template.variables).toEqual({ 'user-0': { first_name: 'Name 0' }, 'user-1': { first_name: 'Name 1' }, 'user-2': { first_name: 'Name 2' } });
    });
  });

  describe('who may call', () => {
    it('answers 401 and sends nothing for a wrong, a near-miss, an empty or a missing secret', async () => {
      for (const secret of ['wrong', SECRET_A.slice(0, -1), SECRET_A + 'x', '', null]) {
        const response = await post(rt.relay, SINGLE, singleProfile(), secret);
        expect(response.status, String(secret)).toBe(401);
        expect(await response.text()).not.toContain(SECRET_A);
      }
      expect(rt.standIn.received).toEqual([]);
    });

    it('accepts every configured secret, so one can be rotated out while the other works', async () => {
      expect((await post(rt.relay, SINGLE, singleProfile('u-a'), SECRET_A)).status).toBe(200);
      expect((await post(rt.relay, SINGLE, singleProfile('u-b'), SECRET_B)).status).toBe(200);
      expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-a'], ['u-b']]);
    });
  });

  it("answers CleverTap's is_test call with 200 and sends nothing", async () => {
    const response = await post(rt.relay, SINGLE, { is_test: true, targetId: 1234, key_values: { key: 'value' }, profiles: [{ Identity: 'x', Email: 'x@example.com' }] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, test: true });
    expect(rt.standIn.received).toEqual([]);
  });

  it('sends a broadcast of 25,000 profiles as three batch calls, each with its own targets and their variables', HEAVY, async () => {
    const body = broadcast(25_000);
    const response = await post(rt.relay, MULTI, body);
    expect(response.status).toBe(200);
    const ids = body.profiles.map((p) => p.profileData.SendbirdID as string);
    const expected = [ids.slice(0, 10_000), ids.slice(10_000, 20_000), ids.slice(20_000)];
    const sent = [...rt.standIn.sent].sort((a, b) => ids.indexOf(a.targets[0]!) - ids.indexOf(b.targets[0]!));
    expect(sent.map((s) => s.mode)).toEqual(['batch', 'batch', 'batch']);
    expect(sent.map((s) => s.targets)).toEqual(expected);
    sent.forEach((call, i) => {
      expect(call.template.key).toBe(TEMPLATE);
      expect(Object.keys(call.template.variables)).toEqual(expected[i]);
      for (const id of call.targets) expect(call.template.variables[id]).toEqual({ first_name: `Name ${id.slice('user-'.length)}` });
    });
  });

  describe('bodies it refuses with 400 and words an admin understands, sending nothing', () => {
    const cases: Array<[string, () => string | object, RegExp]> = [
      ['not JSON', () => '{"targetId": 1, "profiles": [', /not JSON/],
      ['over the size cap', () => JSON.stringify({ ...broadcast(1), padding: 'x'.repeat(TEST_BODY_CAP) }), /larger than this relay accepts/],
      ['no sendbird_version', () => ({ targetId: 1, key_values: { campaign: 'spring' }, profiles: [{ profileData: { SendbirdID: 'u1' } }] }), /no sendbird_version/],
      ['an unknown sendbird_version', () => ({ targetId: 1, key_values: { ...pairs(), sendbird_version: '9' }, profiles: [{ profileData: { SendbirdID: 'u1' } }] }), /version this decoder does not know/],
      ['no template', () => ({ targetId: 1, key_values: { ...pairs(), sendbird_template: ' ' }, profiles: [{ profileData: { SendbirdID: 'u1' } }] }), /names no Sendbird template/],
      ['a JSON array', () => '[1, 2]', /not a JSON object/],
      ['no profile that has the receiver', () => ({ targetId: 1, key_values: pairs(), profiles: [{ profileData: { other: 'x' } }] }), /Nothing was sent.*receiver/],
    ];
    for (const [name, body, words] of cases) {
      it(name, async () => {
        const response = await post(rt.relay, MULTI, body());
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: string }).error).toMatch(words);
        expect(rt.standIn.received).toEqual([]);
      });
    }
  });

  it('skips the profiles whose receiver is missing and sends to the rest', async () => {
    const body = broadcast(5);
    body.profiles[1] = { profileData: {} };
    body.profiles[3] = { profileData: { SendbirdID: '  ' } };
    const response = await post(rt.relay, MULTI, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, sent: 3, skipped: { 'receiver-missing': 2 } });
    expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['user-0', 'user-2', 'user-4']]);
  });

  describe('when Sendbird cannot take it now', () => {
    it('429: answers 503 with Sendbird’s Retry-After; the retry after recovery delivers exactly once', async () => {
      rt.standIn.setFault({ kind: 'rate-limit', times: 1, retryAfterSeconds: 17 });
      const body = singleProfile('u-429');
      const first = await post(rt.relay, SINGLE, body);
      expect(first.status).toBe(503);
      expect(first.headers.get('retry-after')).toBe('17');
      expect(rt.standIn.sent).toEqual([]);
      const retry = await post(rt.relay, SINGLE, body);
      expect(retry.status).toBe(200);
      const again = await post(rt.relay, SINGLE, body);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ repeat: true });
      expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-429']]);
    });

    it('500: answers 503 with the configured Retry-After; the retry delivers exactly once', async () => {
      rt.standIn.setFault({ kind: 'server-error', times: 1 });
      const body = singleProfile('u-500');
      const first = await post(rt.relay, SINGLE, body);
      expect(first.status).toBe(503);
      expect(first.headers.get('retry-after')).toBe('5');
      expect((await post(rt.relay, SINGLE, body)).status).toBe(200);
      expect((await post(rt.relay, SINGLE, body)).status).toBe(200);
      expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-500']]);
    });

    it('a timeout: answers 503 with Retry-After; the retry delivers exactly once', HEAVY, async () => {
      rt.standIn.setFault({ kind: 'hang', times: 1 });
      const body = singleProfile('u-slow');
      const first = await post(rt.shortTimeoutRelay, SINGLE, body);
      expect(first.status).toBe(503);
      expect(first.headers.get('retry-after')).toBe('5');
      expect(((await first.json()) as { error: string }).error).toMatch(/timeout/);
      rt.standIn.releaseHung();
      expect((await post(rt.shortTimeoutRelay, SINGLE, body)).status).toBe(200);
      expect((await post(rt.shortTimeoutRelay, SINGLE, body)).status).toBe(200);
      expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-slow']]);
    });

    it('one of three batch calls failing: 503, and the retry sends only the call that failed', HEAVY, async () => {
      rt.standIn.setFault({ kind: 'server-error', times: 1 });
      const body = broadcast(25_000);
      const first = await post(rt.relay, MULTI, body);
      expect(first.status).toBe(503);
      expect(await first.json()).toMatchObject({ sent: expect.any(Number) });
      expect(rt.standIn.sent).toHaveLength(2);
      expect((await post(rt.relay, MULTI, body)).status).toBe(200);
      const targets = rt.standIn.sent.flatMap((s) => s.targets);
      expect(rt.standIn.sent).toHaveLength(3);
      expect(targets).toHaveLength(25_000);
      expect(new Set(targets).size).toBe(25_000);
    });
  });

  it('a Sendbird 4xx: answers 502 with Sendbird’s reason; nothing is sent', async () => {
    rt.standIn.setFault({ kind: 'refuse', times: 1, status: 403, code: 403101, message: 'Notifications is not activated.' });
    const response = await post(rt.relay, SINGLE, singleProfile());
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: string }).error).toMatch(/403101.*not activated/);
    expect(rt.standIn.sent).toEqual([]);
  });

  it('drops a repeat of the same route, body and caller; the same body on another route is its own request', async () => {
    const body = singleProfile('u-rep');
    expect((await post(rt.relay, SINGLE, body)).status).toBe(200);
    expect((await post(rt.relay, SINGLE, body)).status).toBe(200);
    expect(rt.standIn.sent).toHaveLength(1);
    expect((await post(rt.relay, MULTI, body)).status).toBe(200);
    expect(rt.standIn.sent).toHaveLength(2);
  });

  it('never crashes on any body and never sends to a target the body did not name (fast-check)', HEAVY, async () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(''), fc.constantFrom('1', '2', TEMPLATE, 'SendbirdID', 'identity', 'objectId'));
    const keyValues = fc.dictionary(
      fc.oneof(fc.constantFrom('sendbird_version', 'sendbird_template', 'sendbird_receiver', 'sendbird_event_name', 'sendbird_var.first_name', 'sendbird_var.__proto__'), fc.string()),
      value,
    );
    const profile = fc.record(
      {
        identity: value,
        Identity: value,
        objectId: value,
        profileData: fc.oneof(fc.dictionary(fc.oneof(fc.constant('SendbirdID'), fc.string()), value), fc.anything()),
        key_values: keyValues,
      },
      { requiredKeys: [] },
    );
    const envelope = fc.record(
      {
        targetId: value,
        is_test: fc.oneof(fc.boolean(), value),
        key_values: fc.oneof(keyValues.map((kv) => ({ ...pairs(), ...kv })), keyValues, fc.anything()),
        profiles: fc.oneof(fc.array(profile, { maxLength: 8 }), profile, fc.anything()),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(envelope.map((e) => JSON.stringify(e)), fc.json(), fc.string());
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        rt.standIn.reset();
        const response = await post(rt.relay, MULTI, text);
        expect([200, 400]).toContain(response.status);
        await response.arrayBuffer();
        let named = new Set<string>();
        try {
          named = namedIn(JSON.parse(text));
        } catch {
          // not JSON: nothing may be sent at all
        }
        for (const call of rt.standIn.sent) for (const target of call.targets) expect(named.has(target)).toBe(true);
      }),
      { numRuns: rt.propertyRuns },
    );
  });

  describe('Braze', () => {
    type Answered = { ok: boolean; error?: string; sent?: number; batch?: number; repeat?: boolean };
    const json = async (response: Response) => (await response.json()) as Answered;
    /** `count` users of one template, each its own body (Braze sends one request per user). */
    const users = (tag: string, count: number, template = TEMPLATE) => Array.from({ length: count }, (_, i) => brazeBody(`${tag}-${i}`, `Name ${i}`, template));
    const postAll = (call: Call, bodies: object[]) => Promise.all(bodies.map((body) => post(call, BATCH, body)));

    describe('realtime', () => {
      it('sends one request as one realtime call with its rendered receiver and values', async () => {
        const response = await post(rt.relay, REALTIME, brazeBody('sb-braze-ann', 'Ann'));
        expect(response.status).toBe(200);
        expect(await json(response)).toEqual({ ok: true, sent: 1 });
        expect(rt.standIn.sent).toEqual([
          { path: '/v1/notifications', template: { key: TEMPLATE, variables: { 'sb-braze-ann': { first_name: 'Ann' } } }, targets: ['sb-braze-ann'], mode: 'realtime' },
        ]);
      });

      it('takes values that arrive as numbers (the version 1, a numeric user id)', async () => {
        const response = await post(rt.relay, REALTIME, { ...brazeBody('x'), sendbird_version: 1, sendbird_receiver: 4242 });
        expect(response.status).toBe(200);
        expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['4242']]);
      });

      it('answers 401 to a wrong, empty or missing secret on both routes, and sends nothing', async () => {
        for (const path of [REALTIME, BATCH]) {
          for (const secret of ['wrong', SECRET_A.slice(0, -1), '', null]) {
            const response = await post(rt.relay, path, brazeBody('u-401'), secret);
            expect(response.status, `${path} ${String(secret)}`).toBe(401);
            expect(((await json(response)).error)).toMatch(/Braze/);
          }
        }
        expect((await post(rt.relay, REALTIME, brazeBody('u-b'), SECRET_B)).status).toBe(200);
        expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-b']]);
      });

      it('answers 400 "receiver rendered empty" on both routes, and sends nothing', async () => {
        for (const path of [REALTIME, BATCH]) {
          for (const receiver of ['', '  ']) {
            const response = await post(rt.relay, path, { ...brazeBody('x'), sendbird_receiver: receiver });
            expect(response.status, path).toBe(400);
            expect((await json(response)).error).toMatch(/Nothing was sent: the receiver rendered empty/);
          }
        }
        expect(rt.standIn.received).toEqual([]);
      });

      const badBodies: Array<[string, () => string | object, RegExp]> = [
        ['not JSON', () => '{"sendbird_version": "1",', /not JSON.*JSON key\/value pairs in Braze/],
        ['over the size cap', () => ({ ...brazeBody('x'), padding: 'x'.repeat(TEST_BODY_CAP) }), /larger than this relay accepts/],
        ['a JSON array', () => [brazeBody('x')], /not a JSON object/],
        ['no sendbird_version', () => Object.fromEntries(Object.entries(brazeBody('x')).filter(([k]) => k !== 'sendbird_version')), /no sendbird_version/],
        ['an unknown sendbird_version', () => ({ ...brazeBody('x'), sendbird_version: '2' }), /version this decoder does not know/],
        ['no template', () => ({ ...brazeBody('x'), sendbird_template: '' }), /names no Sendbird template/],
      ];
      for (const [name, body, words] of badBodies) {
        it(`answers 400 to ${name} on both routes, and sends nothing`, async () => {
          for (const path of [REALTIME, BATCH]) {
            const response = await post(rt.relay, path, body());
            expect(response.status, path).toBe(400);
            expect((await json(response)).error, path).toMatch(words);
          }
          expect(rt.standIn.received).toEqual([]);
        });
      }

      it('429: answers 503 with Sendbird’s Retry-After; the retry delivers exactly once', async () => {
        rt.standIn.setFault({ kind: 'rate-limit', times: 1, retryAfterSeconds: 17 });
        const body = brazeBody('u-braze-429');
        const first = await post(rt.relay, REALTIME, body);
        expect(first.status).toBe(503);
        expect(first.headers.get('retry-after')).toBe('17');
        expect((await post(rt.relay, REALTIME, body)).status).toBe(200);
        const again = await post(rt.relay, REALTIME, body);
        expect(again.status).toBe(200);
        expect(await json(again)).toMatchObject({ repeat: true });
        expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-braze-429']]);
      });

      it('500: answers 503 with the configured Retry-After; the retry delivers exactly once', async () => {
        rt.standIn.setFault({ kind: 'server-error', times: 1 });
        const body = brazeBody('u-braze-500');
        const first = await post(rt.relay, REALTIME, body);
        expect(first.status).toBe(503);
        expect(first.headers.get('retry-after')).toBe('5');
        expect((await post(rt.relay, REALTIME, body)).status).toBe(200);
        expect((await post(rt.relay, REALTIME, body)).status).toBe(200);
        expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-braze-500']]);
      });

      it('a timeout: answers 503 with Retry-After; the retry delivers exactly once', HEAVY, async () => {
        rt.standIn.setFault({ kind: 'hang', times: 1 });
        const body = brazeBody('u-braze-slow');
        const first = await post(rt.shortTimeoutRelay, REALTIME, body);
        expect(first.status).toBe(503);
        expect(first.headers.get('retry-after')).toBe('5');
        expect((await json(first)).error).toMatch(/timeout/);
        rt.standIn.releaseHung();
        expect((await post(rt.shortTimeoutRelay, REALTIME, body)).status).toBe(200);
        expect((await post(rt.shortTimeoutRelay, REALTIME, body)).status).toBe(200);
        expect(rt.standIn.sent.map((s) => s.targets)).toEqual([['u-braze-slow']]);
      });

      it('a Sendbird 4xx: answers 502 with Sendbird’s reason (Braze does not retry it); nothing is sent', async () => {
        rt.standIn.setFault({ kind: 'refuse', times: 1, status: 403, code: 403101, message: 'Notifications is not activated.' });
        const response = await post(rt.relay, REALTIME, brazeBody('u-braze-403'));
        expect(response.status).toBe(502);
        expect((await json(response)).error).toMatch(/403101.*not activated/);
        expect(rt.standIn.sent).toEqual([]);
      });

      it('never crashes on any body and never sends to a target the body did not name (fast-check)', HEAVY, async () => {
        const value = fc.oneof(fc.string(), fc.integer(), fc.constant(''), fc.constant(null), fc.constantFrom('1', 1, '2', TEMPLATE, ' ', '__proto__'), fc.anything());
        const flat = fc.dictionary(
          fc.oneof(fc.constantFrom('sendbird_version', 'sendbird_template', 'sendbird_receiver', 'sendbird_event_name', 'sendbird_var.first_name', 'sendbird_var.__proto__'), fc.string()),
          value,
        );
        const body = fc.oneof(flat.map((extra) => JSON.stringify({ ...brazeBody('seed'), ...extra })), flat.map((b) => JSON.stringify(b)), fc.json(), fc.string());
        await fc.assert(
          fc.asyncProperty(body, async (text) => {
            rt.standIn.reset();
            const response = await post(rt.relay, REALTIME, text);
            expect([200, 400]).toContain(response.status);
            await response.arrayBuffer();
            let named = new Set<string>();
            try {
              named = namedIn(JSON.parse(text));
            } catch {
              // not JSON: nothing may be sent at all
            }
            expect(rt.standIn.sent.length).toBeLessThanOrEqual(1);
            for (const call of rt.standIn.sent) for (const target of call.targets) expect(named.has(target)).toBe(true);
          }),
          { numRuns: rt.propertyRuns },
        );
      });
    });

    describe('batch', () => {
      it('groups concurrent per-user requests into one batch call with every target and its own variables; each is answered 200', HEAVY, async () => {
        const bodies = users('grp', GROUP);
        const answers = await postAll(rt.relay, bodies);
        expect(answers.map((a) => a.status)).toEqual(Array(GROUP).fill(200));
        for (const answer of answers) expect(await json(answer)).toEqual({ ok: true, sent: 1, batch: GROUP });
        expect(rt.standIn.sent).toHaveLength(1);
        const [call] = rt.standIn.sent;
        expect(call).toMatchObject({ mode: 'batch', template: { key: TEMPLATE } });
        expect([...call!.targets].sort()).toEqual(['grp-0', 'grp-1', 'grp-2', 'grp-3']);
        expect(call!.template.variables).toEqual({ 'grp-0': { first_name: 'Name 0' }, 'grp-1': { first_name: 'Name 1' }, 'grp-2': { first_name: 'Name 2' }, 'grp-3': { first_name: 'Name 3' } });
      });

      it('sends one call per template', HEAVY, async () => {
        const answers = await postAll(rt.relay, [...users('two-a', GROUP, 'tpl_a'), ...users('two-b', GROUP, 'tpl_b')]);
        expect(answers.map((a) => a.status)).toEqual(Array(2 * GROUP).fill(200));
        const byTemplate = Object.fromEntries(rt.standIn.sent.map((s) => [s.template.key, [...s.targets].sort()]));
        expect(rt.standIn.sent).toHaveLength(2);
        expect(byTemplate).toEqual({ tpl_a: ['two-a-0', 'two-a-1', 'two-a-2', 'two-a-3'], tpl_b: ['two-b-0', 'two-b-1', 'two-b-2', 'two-b-3'] });
      });

      it('a Sendbird failure: every request of that batch is answered 503 + Retry-After; their retries are delivered exactly once', HEAVY, async () => {
        rt.standIn.setFault({ kind: 'server-error', times: 1 });
        const bodies = users('fail', GROUP);
        const first = await postAll(rt.relay, bodies);
        expect(first.map((a) => a.status)).toEqual(Array(GROUP).fill(503));
        expect(first.map((a) => a.headers.get('retry-after'))).toEqual(Array(GROUP).fill('5'));
        expect(rt.standIn.sent).toEqual([]);
        const retried = await postAll(rt.relay, bodies);
        expect(retried.map((a) => a.status)).toEqual(Array(GROUP).fill(200));
        const again = await postAll(rt.relay, bodies);
        expect(again.map((a) => a.status)).toEqual(Array(GROUP).fill(200));
        for (const answer of again) expect(await json(answer)).toMatchObject({ repeat: true });
        const targets = rt.standIn.sent.flatMap((s) => s.targets);
        expect(rt.standIn.sent).toHaveLength(1);
        expect(targets.sort()).toEqual(['fail-0', 'fail-1', 'fail-2', 'fail-3']);
      });

      it('a Sendbird 4xx: every request of that batch is answered 502 with the reason', HEAVY, async () => {
        rt.standIn.setFault({ kind: 'refuse', times: 1, status: 400, code: 400201, message: 'Template not found.' });
        const answers = await postAll(rt.relay, users('refused', GROUP));
        expect(answers.map((a) => a.status)).toEqual(Array(GROUP).fill(502));
        for (const answer of answers) expect((await json(answer)).error).toMatch(/400201.*Template not found/);
        expect(rt.standIn.sent).toEqual([]);
      });

      it('is bounded by its most users: twice as many requests go out as two full calls', HEAVY, async () => {
        const answers = await postAll(rt.relay, users('max', 2 * GROUP));
        expect(answers.map((a) => a.status)).toEqual(Array(2 * GROUP).fill(200));
        expect(rt.standIn.sent.map((s) => s.targets.length)).toEqual([GROUP, GROUP]);
        expect(new Set(rt.standIn.sent.flatMap((s) => s.targets)).size).toBe(2 * GROUP);
      });

      it('is bounded by its longest wait: a lone request is sent when the window closes', HEAVY, async () => {
        // SHORT_TIMEOUT_ENV holds a request 50 ms; only the outcome is checked, not the time.
        const response = await post(rt.shortTimeoutRelay, BATCH, brazeBody('alone'));
        expect(response.status).toBe(200);
        expect(await json(response)).toEqual({ ok: true, sent: 1, batch: 1 });
        expect(rt.standIn.sent).toEqual([{ path: '/v1/notifications', template: { key: TEMPLATE, variables: { alone: { first_name: 'Ann' } } }, targets: ['alone'], mode: 'realtime' }]);
      });

      it('delivers each of several requests exactly once whatever groups the window makes of them', HEAVY, async () => {
        const bodies = users('any', 3);
        const answers = await postAll(rt.shortTimeoutRelay, bodies);
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
        expect((await postAll(rt.shortTimeoutRelay, bodies)).map((a) => a.status)).toEqual([200, 200, 200]);
        expect(rt.standIn.sent.flatMap((s) => s.targets).sort()).toEqual(['any-0', 'any-1', 'any-2']);
      });
    });
  });
}
