/** One call to Sendbird: how its answers are read and classified. */
import { describe, expect, it } from 'vitest';
import { callSendbird, retryAfterOf } from '../src/sendbird-send';

const call = { template: { key: 't', variables: {} }, targets: ['u1'], mode: 'realtime' as const };
const target = { url: 'https://api-x.notifications.sendbird.com/v1/notifications', token: 'tok', timeoutMs: 5_000 };

describe('a call to Sendbird', () => {
  it('reads an endless answer no further than a small cap', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const outcome = await callSendbird(async () => new Response(endless, { status: 400 }), target, call, Date.now);
    expect(outcome).toEqual({ kind: 'refused', status: 400, code: null, message: '' });
    expect(pulled).toBeLessThan(1024 * 1024);
  });

  it('treats a redirect as a refusal, not something to follow with the token', async () => {
    const outcome = await callSendbird(async (_url, init) => {
      expect(init.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } });
    }, target, call, Date.now);
    expect(outcome.kind).toBe('refused');
  });

  it('takes Retry-After in seconds or as a date, and Sendbird’s own header', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterOf(new Headers({ 'retry-after': '12' }), now)).toBe(12);
    expect(retryAfterOf(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30);
    expect(retryAfterOf(new Headers({ 'x-ratelimit-retryafter': '3' }), now)).toBe(3);
    expect(retryAfterOf(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
  });

  it('a network failure is worth a retry', async () => {
    const outcome = await callSendbird(async () => Promise.reject(new TypeError('fetch failed')), target, call, Date.now);
    expect(outcome).toEqual({ kind: 'retry', why: 'network', retryAfterSeconds: null });
  });
});
