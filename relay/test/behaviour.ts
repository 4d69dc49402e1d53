/**
 * The relay's behaviour, written once and run against each runtime: in-process on Node
 * (node.test.ts) and as the bundled Worker in workerd through Miniflare (workerd.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { broadcast, pairs, singleProfile, TEMPLATE } from './bodies';
import { SECRET_A, SECRET_B, TEST_BODY_CAP, type Call, type CallInit, type Runtime } from './harness';

const SINGLE = '/clevertap/notifications/single';
/** For the cases that move 25,000 profiles or wait out a timeout: ample on a machine shared with a browser suite. */
const HEAVY = { timeout: 60_000 };
const MULTI = '/clevertap/notifications/multi';

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

    it('answers 404 to anything else, Braze routes included until the Braze work adds them', async () => {
      for (const [method, path] of [
        ['GET', SINGLE],
        ['POST', '/'],
        ['POST', '/braze/notifications/realtime'],
        ['POST', '/braze/notifications/batch'],
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
}
