import { describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_INTEGRATION_TOKEN, appHost } from './constants';
import { createSendbirdStandIn } from './sendbird-stand-in';
import { encodePayload } from '../src/shared/payload-codec';

const single = `https://${appHost(SANDBOX_APP_ID)}/clevertap/notifications/single`;
const headers = { 'Api-token': SANDBOX_INTEGRATION_TOKEN };
const keyValues = Object.fromEntries(
  encodePayload({ template: 'welcome_series_1', receiver: 'SendbirdID', eventName: '', variables: { first_name: 'Ann' } }).map((p) => [p.key, p.value]),
);

describe("the sandbox's Sendbird CleverTap endpoints", () => {
  it("answers CleverTap's save-time check with 200 and sends nothing", () => {
    const standIn = createSendbirdStandIn();
    const answer = standIn.receiveWebhook(single, headers, { is_test: true, targetId: 1234, key_values: { key: 'value' }, profiles: [{ Identity: 'x' }] });
    expect(answer).toEqual({ status: 200, body: { ok: true, test: true } });
  });

  it('refuses a call without the integration token', () => {
    const standIn = createSendbirdStandIn();
    expect(standIn.receiveWebhook(single, { 'Api-token': 'nope' }, { targetId: 1, key_values: keyValues, profiles: [] }).status).toBe(401);
    expect(standIn.webhooks).toEqual([]);
  });

  it('decodes a campaign call into the Sendbird send request', () => {
    const standIn = createSendbirdStandIn();
    const answer = standIn.receiveWebhook(single, headers, { targetId: 7, key_values: keyValues, profiles: [{ profileData: { SendbirdID: 'u1' } }] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ request: { template: { key: 'welcome_series_1', variables: { u1: { first_name: 'Ann' } } }, targets: ['u1'], mode: 'realtime', campaign_id: '7' } });
  });

  it('answers 400 with the decoder’s words for a body it cannot read', () => {
    const standIn = createSendbirdStandIn();
    const answer = standIn.receiveWebhook(single, headers, { targetId: 1, key_values: { a: 'b' }, profiles: [] });
    expect(answer).toMatchObject({ status: 400, body: { error: true, message: expect.stringContaining('sendbird_version') } });
  });
});
