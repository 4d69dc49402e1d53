import { describe, expect, it } from 'vitest';
import { encodePayload } from '../src/shared/payload-codec';
import { SANDBOX_APP_ID, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, SANDBOX_TOKEN } from './constants';
import { startSandboxRelay } from './relay';
import { createSendStandIn } from './sendbird-send-stand-in';

const keyValues = Object.fromEntries(
  encodePayload({ template: 'welcome_series_1', receiver: 'SendbirdID', eventName: '', variables: { first_name: 'Ann' } }).map((p) => [p.key, p.value]),
);

describe("the sandbox's relay", () => {
  it("turns CleverTap's call into a request at the send stand-in", async () => {
    const sends = createSendStandIn({ appId: SANDBOX_APP_ID, token: SANDBOX_TOKEN });
    const relay = startSandboxRelay(sends);
    const url = `https://${SANDBOX_RELAY_HOST}/clevertap/notifications/multi`;
    const answer = await relay.receiveWebhook(url, { 'Api-token': SANDBOX_RELAY_SECRET }, { targetId: 3, key_values: keyValues, profiles: [{ profileData: { SendbirdID: 'u1' } }, { profileData: { SendbirdID: 'u2' } }] });
    expect(answer).toMatchObject({ status: 200, body: { ok: true, sent: 2 } });
    expect(sends.sent).toEqual([
      { path: '/v1/notifications', mode: 'batch', targets: ['u1', 'u2'], template: { key: 'welcome_series_1', variables: { u1: { first_name: 'Ann' }, u2: { first_name: 'Ann' } } } },
    ]);
    expect(relay.log.map((l) => l.outcome)).toEqual(['sent']);
  });

  it('refuses the Sendbird integration token: the relay has its own secret', async () => {
    const sends = createSendStandIn({ appId: SANDBOX_APP_ID, token: SANDBOX_TOKEN });
    const relay = startSandboxRelay(sends);
    const answer = await relay.receiveWebhook(`https://${SANDBOX_RELAY_HOST}/clevertap/notifications/single`, { 'Api-token': 'sandbox-clevertap-integration-token' }, { targetId: 3, key_values: keyValues, profiles: [] });
    expect(answer.status).toBe(401);
    expect(sends.received).toEqual([]);
  });
});
