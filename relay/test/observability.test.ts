/** What the relay writes down and counts: counts, routes, outcomes and times, never a value or an id. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import type { RequestLine } from '../src/observability';
import { brazeBody, broadcast, singleProfile } from './bodies';
import { newStandIn, SECRET_A, SECRET_B, TEST_ENV } from './harness';
import { inProcessRelay } from './in-process';

const post = (call: ReturnType<typeof inProcessRelay>['call'], path: string, body: unknown, secret = SECRET_A) =>
  call(path, { method: 'POST', headers: { 'Api-token': secret }, body: JSON.stringify(body) });

describe("the relay's log and counters", () => {
  it('logs one line per request with route, outcome, counts and time, and none of the values, ids or secrets', async () => {
    const standIn = newStandIn();
    const lines: RequestLine[] = [];
    const { call } = inProcessRelay(TEST_ENV, standIn, (line) => lines.push(line));
    const withMissing = broadcast(4);
    withMissing.profiles[2] = { profileData: {} };
    await post(call, '/clevertap/notifications/single', singleProfile('sb-user-ann', 'Ann Secretname'));
    await post(call, '/clevertap/notifications/multi', withMissing, SECRET_B);
    await post(call, '/clevertap/notifications/single', singleProfile('sb-user-bo'), 'a-wrong-secret-that-is-long-enough');
    standIn.setFault({ kind: 'refuse', times: 1, status: 400, code: 400111, message: 'Invalid value for sb-user-cy.' });
    await post(call, '/clevertap/notifications/single', singleProfile('sb-user-cy'));
    await call('/nowhere/sb-user-dee');

    expect(lines.map((l) => [l.route, l.outcome, l.status])).toEqual([
      ['clevertap/single', 'sent', 200],
      ['clevertap/multi', 'sent', 200],
      ['clevertap/single', 'unauthorized', 401],
      ['clevertap/single', 'sendbird-refused', 502],
      ['unknown', 'not-found', 404],
    ]);
    expect(lines[1]).toMatchObject({ profiles: 4, targets: 3, skipped: { 'receiver-missing': 1 }, calls: 1 });
    expect(lines[3]).toMatchObject({ reason: 400111 });
    const written = JSON.stringify(lines);
    for (const forbidden of ['sb-user', 'user-0', 'Ann', 'Name 0', SECRET_A, SECRET_B, 'a-wrong-secret', SANDBOX_TOKEN, SANDBOX_APP_ID, SANDBOX_APP_ID.toLowerCase(), 'order_shipped']) {
      expect(written).not.toContain(forbidden);
    }
  });

  it("logs Braze's requests alike: the batch size as a count, never the rendered receiver or a value", async () => {
    const standIn = newStandIn();
    const lines: RequestLine[] = [];
    const { call } = inProcessRelay(TEST_ENV, standIn, (line) => lines.push(line));
    await post(call, '/braze/notifications/realtime', brazeBody('sb-user-eve', 'Eve Secretname'));
    await post(call, '/braze/notifications/realtime', { ...brazeBody('x'), sendbird_receiver: ' ' });
    await Promise.all(['sb-user-f0', 'sb-user-f1', 'sb-user-f2', 'sb-user-f3'].map((id) => post(call, '/braze/notifications/batch', brazeBody(id, 'Fay Secretname'))));
    expect(lines.map((l) => [l.route, l.outcome, l.status])).toEqual([
      ['braze/realtime', 'sent', 200],
      ['braze/realtime', 'nothing-to-send', 400],
      ...Array(4).fill(['braze/batch', 'sent', 200]),
    ]);
    expect(lines[1]).toMatchObject({ skipped: { 'receiver-rendered-empty': 1 } });
    expect(lines[2]).toMatchObject({ batch: 4 });
    const written = JSON.stringify(lines);
    for (const forbidden of ['sb-user', 'Eve', 'Fay', 'Secretname', SECRET_A, SANDBOX_TOKEN, 'order_shipped']) expect(written).not.toContain(forbidden);
    const counters = ((await (await call('/healthz')).json()) as { counters: Record<string, unknown> }).counters;
    expect(counters).toMatchObject({ sendbirdCalls: 2, sendbirdAccepted: 2, targetsSent: 5, profilesSkipped: 1 });
  });

  it('counts requests by outcome at /healthz, which shows no configuration', async () => {
    const standIn = newStandIn();
    const { call } = inProcessRelay(TEST_ENV, standIn);
    await post(call, '/clevertap/notifications/multi', broadcast(3));
    await post(call, '/clevertap/notifications/multi', { targetId: 1 });
    await post(call, '/clevertap/notifications/multi', broadcast(1), 'no');
    const text = await (await call('/healthz')).text();
    expect(JSON.parse(text)).toMatchObject({
      ok: true,
      counters: { requests: 3, byOutcome: { sent: 1, 'bad-body': 1, unauthorized: 1 }, sendbirdCalls: 1, sendbirdAccepted: 1, targetsSent: 3 },
    });
    for (const forbidden of [SANDBOX_TOKEN, SANDBOX_APP_ID.toLowerCase(), SECRET_A]) expect(text).not.toContain(forbidden);
  });
});
