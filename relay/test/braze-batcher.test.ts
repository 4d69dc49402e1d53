/**
 * Braze's batch window with an injected clock and timers: the tests move time and fire timers by
 * hand, so nothing here sleeps or depends on how busy the machine is.
 */
import { describe, expect, it } from 'vitest';
import { createRelay } from '../src/app';
import { createBrazeBatcher, type Timers } from '../src/braze-batcher';
import { readConfig } from '../src/config';
import type { SendbirdCall } from '../src/send-plan';
import type { CallOutcome } from '../src/sendbird-send';
import { brazeBody } from './bodies';
import { newStandIn, SECRET_A, TEST_ENV } from './harness';

/** A clock and timers that move only when told to. */
function fakeTime() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  /** Lets every promise reaction run (the batcher's waits are promise chains). */
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
  };
  return {
    timers,
    now: () => now,
    pending: () => pending.size,
    /** Moves the clock on, firing each timer that comes due, in order. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        await settle();
        const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = until;
      await settle();
    },
  };
}

function recordingSend(answer: (call: SendbirdCall) => CallOutcome = () => ({ kind: 'accepted' })) {
  const calls: SendbirdCall[] = [];
  return { calls, send: async (call: SendbirdCall) => (calls.push(call), answer(call)) };
}

describe("Braze's batch window", () => {
  it('holds requests until the window closes, then sends them as one call and answers each with its outcome', async () => {
    const time = fakeTime();
    const { calls, send } = recordingSend();
    const batcher = createBrazeBatcher({ maxWaitMs: 200, maxUsers: 10, giveUpMs: 5_000, now: time.now, timers: time.timers, send });
    const answered: unknown[] = [];
    const a = batcher.add('t', 'u1', { name: 'A' }).then((r) => answered.push(r));
    await time.advance(150);
    const b = batcher.add('t', 'u2', { name: 'B' }).then((r) => answered.push(r));
    await time.advance(49);
    expect(calls).toEqual([]);
    expect(batcher.waiting()).toBe(2);
    await time.advance(1);
    await Promise.all([a, b]);
    expect(calls).toEqual([{ template: { key: 't', variables: { u1: { name: 'A' }, u2: { name: 'B' } } }, targets: ['u1', 'u2'], mode: 'batch' }]);
    expect(answered).toEqual([{ outcome: { kind: 'accepted' }, size: 2 }, { outcome: { kind: 'accepted' }, size: 2 }]);
    expect(batcher.waiting()).toBe(0);
    expect(time.pending()).toBe(0);
  });

  it('sends at once when the most users are waiting, without waiting for the clock', async () => {
    const time = fakeTime();
    const { calls, send } = recordingSend();
    const batcher = createBrazeBatcher({ maxWaitMs: 60_000, maxUsers: 3, giveUpMs: 5_000, now: time.now, timers: time.timers, send });
    const answers = Promise.all(['u1', 'u2', 'u3', 'u4'].map((u) => batcher.add('t', u, {})));
    await time.advance(0);
    expect(calls.map((c) => c.targets)).toEqual([['u1', 'u2', 'u3']]);
    expect(batcher.waiting()).toBe(1);
    await time.advance(60_000);
    expect((await answers).map((a) => a.size)).toEqual([3, 3, 3, 1]);
    expect(calls.map((c) => [c.targets, c.mode])).toEqual([[['u1', 'u2', 'u3'], 'batch'], [['u4'], 'realtime']]);
  });

  it('keeps one group per template', async () => {
    const time = fakeTime();
    const { calls, send } = recordingSend();
    const batcher = createBrazeBatcher({ maxWaitMs: 100, maxUsers: 10, giveUpMs: 5_000, now: time.now, timers: time.timers, send });
    const answers = Promise.all([batcher.add('a', 'u1', {}), batcher.add('b', 'u1', {}), batcher.add('a', 'u2', {})]);
    await time.advance(100);
    await answers;
    expect(calls.map((c) => [c.template.key, c.targets])).toEqual([['a', ['u1', 'u2']], ['b', ['u1']]]);
  });

  it('a second request for a user already waiting sends the waiting group and starts the next (one set of variables per user a call)', async () => {
    const time = fakeTime();
    const { calls, send } = recordingSend();
    const batcher = createBrazeBatcher({ maxWaitMs: 100, maxUsers: 10, giveUpMs: 5_000, now: time.now, timers: time.timers, send });
    const answers = Promise.all([batcher.add('t', 'u1', { v: '1' }), batcher.add('t', 'u2', {}), batcher.add('t', 'u1', { v: '2' })]);
    await time.advance(0);
    expect(calls.map((c) => c.template.variables)).toEqual([{ u1: { v: '1' }, u2: {} }]);
    await time.advance(100);
    await answers;
    expect(calls.map((c) => c.template.variables)).toEqual([{ u1: { v: '1' }, u2: {} }, { u1: { v: '2' } }]);
  });

  it('gives every request of a failed call that call’s outcome, and a request never waits past its bound', async () => {
    const time = fakeTime();
    const busy: CallOutcome = { kind: 'retry', why: 'server-error', retryAfterSeconds: 9 };
    const failing = createBrazeBatcher({ maxWaitMs: 10, maxUsers: 10, giveUpMs: 5_000, now: time.now, timers: time.timers, send: recordingSend(() => busy).send });
    const failed = Promise.all([failing.add('t', 'u1', {}), failing.add('t', 'u2', {})]);
    await time.advance(10);
    expect((await failed).map((a) => a.outcome)).toEqual([busy, busy]);

    // The request that sent the call was cut off (Workers): the others answer "retry", they do not hang.
    const stuck = createBrazeBatcher({ maxWaitMs: 10, maxUsers: 10, giveUpMs: 1_000, now: time.now, timers: time.timers, send: () => new Promise<CallOutcome>(() => {}) });
    const waiting = stuck.add('t', 'u1', {});
    await time.advance(1_010);
    expect(await waiting).toEqual({ outcome: { kind: 'retry', why: 'timeout', retryAfterSeconds: null }, size: 1 });
    expect(time.pending()).toBe(0);
  });

  it('every waiting request keeps a timer of its own until its answer (Workers cancel a request waiting on another)', async () => {
    const time = fakeTime();
    let finish: (o: CallOutcome) => void = () => {};
    const batcher = createBrazeBatcher({ maxWaitMs: 100, maxUsers: 3, giveUpMs: 5_000, pollMs: 50, now: time.now, timers: time.timers, send: () => new Promise<CallOutcome>((r) => (finish = r)) });
    const answers = Promise.all(['u1', 'u2', 'u3'].map((u) => batcher.add('t', u, {})));
    await time.advance(0);
    // Sent by the third request; the call is under way and each of the three has its own timer.
    expect(time.pending()).toBe(3);
    await time.advance(500);
    expect(time.pending()).toBe(3);
    finish({ kind: 'accepted' });
    expect((await answers).map((a) => a.outcome.kind)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(time.pending()).toBe(0);
  });

  it('through the relay: two Braze requests within the window go out as one batch call (injected timers)', async () => {
    const time = fakeTime();
    const standIn = newStandIn();
    const read = readConfig({ ...TEST_ENV, RELAY_BRAZE_BATCH_WAIT_MS: '300', RELAY_BRAZE_BATCH_MAX_USERS: '100' });
    if (!read.ok) throw new Error('config');
    const { app } = createRelay({ config: read.config, fetch: (input, init) => standIn.fetch(new Request(input, init)), now: time.now, timers: time.timers, log: () => {} });
    const post = (body: object) => app.fetch(new Request('http://relay.test/braze/notifications/batch', { method: 'POST', headers: { 'Api-token': SECRET_A }, body: JSON.stringify(body) }));
    const answers = Promise.all([post(brazeBody('w-1', 'One')), post(brazeBody('w-2', 'Two'))]);
    // Both requests reach the batcher (hashing is real async work: waited for, however long it
    // takes, with the test's timeout as the only guard), then the window closes.
    while (time.pending() < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(standIn.sent).toEqual([]);
    await time.advance(300);
    const done = await answers;
    expect(done.map((r) => r.status)).toEqual([200, 200]);
    expect(standIn.sent).toHaveLength(1);
    expect(standIn.sent[0]).toMatchObject({ mode: 'batch', template: { variables: { 'w-1': { first_name: 'One' }, 'w-2': { first_name: 'Two' } } } });
  });
});
