import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../src/shared/payload-codec';
import { decodeBrazeBody } from '../../src/dashboards/braze/body-decoder';
import { newRow, type ComposerState } from './model';
import { BRAZE_USER_AGENT, buildTestRequest } from './test-send';
import { findTestUser } from './users';

const ann = findTestUser('user-ann')!;
const bo = findTestUser('user-bo')!;
const cy = findTestUser('user-cy')!;

const sendbirdPairs = encodePayload({
  template: 'welcome_series_1',
  receiver: '{{custom_attribute.${sendbird_id}}}',
  eventName: 'sb_status',
  variables: { first_name: "{{${first_name} | default: 'there'}}" },
});

function composer(patch: Partial<ComposerState> = {}): ComposerState {
  return {
    url: 'https://relay.sandbox.example/braze/notifications/realtime',
    method: 'POST',
    headers: [newRow('Api-token', 'secret'), newRow('Content-Type', 'application/json'), newRow('', 'ignored')],
    bodyMode: 'pairs',
    pairs: [...sendbirdPairs.map((p) => newRow(p.key, p.value)), newRow('campaign_source', 'braze'), newRow('', 'a row still empty')],
    raw: '',
    ...patch,
  };
}

describe("the Braze stand-ins' Send Test request", () => {
  it('is exactly the rows as one flat JSON object of strings, rendered for the user', () => {
    const built = buildTestRequest(composer(), ann);
    expect(JSON.parse(built.body)).toEqual({
      sendbird_version: '1',
      sendbird_template: 'welcome_series_1',
      sendbird_receiver: 'sb-user-ann',
      sendbird_event_name: 'sb_status',
      'sendbird_var.first_name': 'Ann',
      campaign_source: 'braze',
    });
    expect(buildTestRequest(composer(), bo).body).toContain('"sendbird_var.first_name":"there"');
  });

  it('carries the composer’s own headers (rows without a key dropped) and the User-Agent Braze documents', () => {
    const built = buildTestRequest(composer(), ann);
    expect(built).toMatchObject({ url: 'https://relay.sandbox.example/braze/notifications/realtime', method: 'POST' });
    expect(built.headers).toEqual({ 'User-Agent': BRAZE_USER_AGENT, 'Api-token': 'secret', 'Content-Type': 'application/json' });
  });

  it('decodes, with the reference decoder, into a send to the rendered receiver', () => {
    const decoded = decodeBrazeBody(JSON.parse(buildTestRequest(composer(), ann).body), { templateVariables: () => ['first_name'] });
    expect(decoded).toMatchObject({ ok: true, request: { template: { key: 'welcome_series_1', variables: { 'sb-user-ann': { first_name: 'Ann' } } }, targets: ['sb-user-ann'], event_name: 'sb_status' } });
    const forCy = decodeBrazeBody(JSON.parse(buildTestRequest(composer(), cy).body));
    expect(forCy).toMatchObject({ ok: true, request: null, skipped: [{ reason: 'receiver-rendered-empty' }] });
  });

  it('sends Raw text as written, its Liquid rendered, whatever it is', () => {
    const raw = '{"sendbird_version": 1, "who": "{{${user_id}}}"} trailing words';
    expect(buildTestRequest(composer({ bodyMode: 'raw', raw }), ann).body).toBe('{"sendbird_version": 1, "who": "user-ann"} trailing words');
  });

  it('keeps odd keys as keys, and a repeated key once, the later value winning', () => {
    const body = buildTestRequest(composer({ pairs: [newRow('__proto__', 'x'), newRow('k', 'first'), newRow(' k ', 'second')] }), ann).body;
    expect(body).toBe('{"__proto__":"x","k":"second"}');
  });
});
