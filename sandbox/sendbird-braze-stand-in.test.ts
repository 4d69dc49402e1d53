import { describe, expect, it } from 'vitest';
import { SANDBOX_BRAZE_INTEGRATION_TOKEN } from './constants';
import { createSendbirdBrazeEndpoints } from './sendbird-braze-stand-in';

const headers = { 'api-token': SANDBOX_BRAZE_INTEGRATION_TOKEN };
const body = JSON.stringify({ sendbird_version: '1', sendbird_template: 'welcome_series_1', sendbird_receiver: 'sb-user-ann', 'sendbird_var.first_name': 'Ann' });
const variables = (key: string) => (key === 'welcome_series_1' ? ['first_name'] : null);

describe("the sandbox's Sendbird Braze endpoints", () => {
  it('decode a realtime or a batch call and record it with its route and headers', () => {
    const endpoints = createSendbirdBrazeEndpoints(variables);
    expect(endpoints.receive('/braze/notifications/realtime', headers, body)).toMatchObject({ status: 200, body: { request: { targets: ['sb-user-ann'], mode: 'realtime' } } });
    expect(endpoints.receive('/braze/notifications/batch', headers, body).status).toBe(200);
    expect(endpoints.received.map((r) => [r.endpoint, r.headers['api-token'], r.rawBody])).toEqual([
      ['realtime', SANDBOX_BRAZE_INTEGRATION_TOKEN, body],
      ['batch', SANDBOX_BRAZE_INTEGRATION_TOKEN, body],
    ]);
  });

  it('refuse a call without the token, and record nothing', () => {
    const endpoints = createSendbirdBrazeEndpoints(variables);
    expect(endpoints.receive('/braze/notifications/realtime', { 'api-token': 'nope' }, body).status).toBe(401);
    expect(endpoints.receive('/braze/notifications/realtime', {}, body).status).toBe(401);
    expect(endpoints.received).toEqual([]);
  });

  it('answer 400 for a body that is not JSON, one the decoder refuses, and a receiver that rendered empty', () => {
    const endpoints = createSendbirdBrazeEndpoints(variables);
    expect(endpoints.receive('/braze/notifications/realtime', headers, 'sendbird_version=1')).toMatchObject({ status: 400, body: { message: 'Invalid JSON body.' } });
    expect(endpoints.receive('/braze/notifications/realtime', headers, '{"a":"b"}')).toMatchObject({ status: 400, body: { message: expect.stringContaining('sendbird_version') } });
    const empty = JSON.stringify({ ...JSON.parse(body), sendbird_receiver: '' });
    expect(endpoints.receive('/braze/notifications/realtime', headers, empty)).toMatchObject({ status: 400, body: { message: 'Nothing was sent: receiver rendered empty.' } });
    expect(endpoints.received.map((r) => r.decoded?.ok ?? 'not json')).toEqual(['not json', false, true]);
  });

  it('answer 404 on any other path', () => {
    expect(createSendbirdBrazeEndpoints(variables).receive('/braze/notifications/other', headers, body).status).toBe(404);
  });
});
