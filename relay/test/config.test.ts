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
});
