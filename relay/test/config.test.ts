/** The relay's configuration: what it requires, and the overrides the README names. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';
import { singleProfile } from './bodies';
import { newStandIn, SECRET_A, TEST_ENV } from './harness';
import { inProcessRelay } from './in-process';

describe("the relay's configuration", () => {
  it('reads several secrets, the default Sendbird host and the documented send path', () => {
    const read = readConfig(TEST_ENV);
    expect(read.ok && read.config.callerSecrets).toHaveLength(2);
    expect(read.ok && read.config.sendbirdBase).toBe(`https://api-${TEST_ENV.SENDBIRD_APP_ID?.toLowerCase()}.notifications.sendbird.com`);
    expect(read.ok && read.config.sendPath).toBe('/v1/notifications');
  });

  it('lists every problem at once', () => {
    const read = readConfig({ SENDBIRD_APP_ID: 'not an id!', RELAY_SENDBIRD_TIMEOUT_MS: '-3', SENDBIRD_SEND_PATH: 'v1' });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.join('\n')).toMatch(/does not look like[\s\S]*API token[\s\S]*RELAY_SECRETS[\s\S]*must start with[\s\S]*RELAY_SENDBIRD_TIMEOUT_MS/);
  });

  it('sends to the other documented path when SENDBIRD_SEND_PATH says so', async () => {
    const standIn = newStandIn();
    const { call } = inProcessRelay({ ...TEST_ENV, SENDBIRD_SEND_PATH: '/v1/notifications/messages' }, standIn);
    const response = await call('/clevertap/notifications/single', { method: 'POST', headers: { 'Api-token': SECRET_A }, body: JSON.stringify(singleProfile('u-path')) });
    expect(response.status).toBe(200);
    expect(standIn.sent.map((s) => s.path)).toEqual(['/v1/notifications/messages']);
  });

  it("bounds Braze's batch window: small defaults, at most 10 s and Sendbird's 10,000 targets", () => {
    const read = readConfig(TEST_ENV);
    const defaults = readConfig(Object.fromEntries(Object.entries(TEST_ENV).filter(([k]) => !k.startsWith('RELAY_BRAZE_'))));
    expect(read.ok && [read.config.brazeBatchWaitMs, read.config.brazeBatchMaxUsers]).toEqual([10_000, 4]);
    expect(defaults.ok && [defaults.config.brazeBatchWaitMs, defaults.config.brazeBatchMaxUsers]).toEqual([250, 500]);
    const over = readConfig({ ...TEST_ENV, RELAY_BRAZE_BATCH_WAIT_MS: '10001', RELAY_BRAZE_BATCH_MAX_USERS: '10001' });
    expect(!over.ok && over.problems.join('\n')).toMatch(/RELAY_BRAZE_BATCH_WAIT_MS must be at most 10000[\s\S]*RELAY_BRAZE_BATCH_MAX_USERS must be at most 10000/);
    expect(readConfig({ ...TEST_ENV, RELAY_BRAZE_BATCH_MAX_USERS: '0' }).ok).toBe(false);
  });
});
