/** The repeat window: what it covers (a retry, a concurrent copy) and what it forgets (time, space). */
import { describe, expect, it } from 'vitest';
import { createRelay } from '../src/app';
import { readConfig } from '../src/config';
import { createRepeatWindow } from '../src/repeat-window';
import { singleProfile } from './bodies';
import { newStandIn, SECRET_A, TEST_ENV } from './harness';

const post = (fetch: (r: Request) => Response | Promise<Response>, body: unknown, secret = SECRET_A) =>
  fetch(new Request('http://relay.test/clevertap/notifications/single', { method: 'POST', headers: { 'Api-token': secret }, body: JSON.stringify(body) }));

describe('the repeat window', () => {
  it('sends the same request again once the window has passed (injected clock)', async () => {
    const standIn = newStandIn();
    let now = 1_000_000;
    const read = readConfig({ ...TEST_ENV, RELAY_REPEAT_WINDOW_SECONDS: '60' });
    if (!read.ok) throw new Error('config');
    const { app } = createRelay({ config: read.config, fetch: (input, init) => standIn.fetch(new Request(input, init)), now: () => now, log: () => {} });
    const body = singleProfile('u-window');
    await post(app.fetch, body);
    now += 59_999;
    await post(app.fetch, body);
    expect(standIn.sent).toHaveLength(1);
    now += 1;
    await post(app.fetch, body);
    expect(standIn.sent).toHaveLength(2);
  });

  it('lets a concurrent copy of a request wait for the first, then see what it sent', async () => {
    const window = createRepeatWindow(60_000, () => 0);
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const order: string[] = [];
    const first = window.withEntry('k', async (entry) => {
      order.push('first starts');
      await gate;
      entry.accepted.add(0);
      order.push('first sent');
    });
    const second = window.withEntry('k', async (entry) => {
      order.push(entry.accepted.has(0) ? 'second sees it sent' : 'second would send again');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first starts']);
    openGate();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first sent', 'second sees it sent']);
  });

  it('forgets the oldest requests first beyond its size', async () => {
    let now = 0;
    const window = createRepeatWindow(60_000, () => now, 2);
    const seen = async (key: string) => window.withEntry(key, async (entry) => {
      const before = entry.accepted.has(0);
      entry.accepted.add(0);
      return before;
    });
    expect(await seen('a')).toBe(false);
    expect(await seen('b')).toBe(false);
    expect(await seen('a')).toBe(true);
    now += 1;
    expect(await seen('c')).toBe(false);
    expect(window.size()).toBeLessThanOrEqual(3);
    expect(await seen('d')).toBe(false);
    expect(window.size()).toBeLessThanOrEqual(3);
    expect(await seen('a')).toBe(false);
  });
});
