// @vitest-environment happy-dom
/** The `braze` dashboard through today's interface, as the panel will call it once wired. */
import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../shared/payload-codec';
import { BRAZE_WEBHOOK_ROUTES, destinationUrls } from '../../shared/sendbird-routes';
import type { Dashboard } from '../dashboard';
import { FakeComposer, pageWith, VARIANTS } from './composer-under-test';
import { createBraze } from './index';
import { knownBasesOf } from './known-bases';

const braze = createBraze();

const RELAY = 'https://relay.example.com';

describe('braze: Dashboard', () => {
  it('finds, places, reads and writes through the interface', async () => {
    const dashboard: Dashboard = braze;
    const composer = new FakeComposer(VARIANTS[0]!, { rows: [{ key: 'crm', value: 'yes' }] });
    pageWith(composer);
    const [editor] = dashboard.findEditors();
    expect(editor).toBe(composer.root);
    const host = document.createElement('sendbird-panel-under-test');
    dashboard.placePanel(editor!, host);
    expect(editor!.contains(host)).toBe(true);
    // Before the Request body section, inside the Compose tab, and never read as a row.
    expect(host.nextElementSibling?.querySelector('h4')?.textContent).toBe('Request body');
    expect(dashboard.canWritePairs(editor!)).toBe(true);
    expect(await dashboard.whenRowsReady(editor!)).toBe(true);
    const pairs = encodePayload({ template: 't', receiver: '{{${user_id}}}', eventName: '', variables: { a: 'b' } });
    expect(await dashboard.writePairs(editor!, pairs)).toEqual({ ok: true });
    expect(dashboard.readPairs(editor!)).toEqual([{ key: 'crm', value: 'yes' }, ...pairs]);
    expect(dashboard.readMode(editor!)).toEqual({ json: true, pairs: true });
    expect(dashboard.readDestination(editor!)).toEqual({ sendbird: 'yes', route: null }); // URL still empty
    expect(dashboard.readDestination(null)).toEqual({ sendbird: 'unknown', route: null }); // the floating card
  });

  it("reads each composer's own destination, and the relay's only when it is known", () => {
    const relayed = new FakeComposer(VARIANTS[1]!, { url: destinationUrls(RELAY, BRAZE_WEBHOOK_ROUTES).batch });
    const other = new FakeComposer(VARIANTS[2]!, { url: 'https://hooks.example.com/' });
    pageWith(relayed, other);
    expect(braze.readDestination(relayed.root)).toEqual({ sendbird: 'no', route: null });
    const withRelay = createBraze({ knownBases: () => [RELAY] });
    expect(withRelay.readDestination(relayed.root)).toEqual({ sendbird: 'yes', route: 'batch' });
    expect(withRelay.readDestination(other.root)).toEqual({ sendbird: 'no', route: null });
  });

  it("tells the composer's save controls from its others", () => {
    const control = (words: string) => Object.assign(document.createElement('button'), { textContent: words });
    for (const words of ['Save Template', 'Save as Draft', 'Done', 'Launch Campaign']) expect(braze.isSaveControl(control(words)), words).toBe(true);
    for (const words of ['Send Test', 'Cancel', '×', 'Add pair']) expect(braze.isSaveControl(control(words)), words).toBe(false);
  });
});

describe("braze: the row's meanings and the known bases", () => {
  it('speaks Braze through the interface: Liquid Receiver with its choices, the raw body beside the pairs', () => {
    expect(braze.receiver).toMatchObject({ meaning: 'liquid', default: '{{${user_id}}}' });
    expect(braze.receiver.choices.map((c) => c.value)).toEqual(['{{${user_id}}}', '{{custom_attribute.${sendbird_id}}}']);
    expect(braze.personalization.dialect).toBe('braze-liquid');
    expect(braze.deliveryNotes({ sendbird: 'yes', route: 'batch' }, ['{{${first_name}}}'])).toEqual([]);
    expect(braze.bodyToPaste?.([{ key: 'sendbird_version', value: '1' }])).toEqual({ text: '{\n  "sendbird_version": "1"\n}', how: 'braze_pasteRawBody' });
  });

  it('knows the relay’s base only while the relay is chosen, and an API base override', () => {
    const relay = { kind: 'relay', relayBaseUrl: RELAY };
    const settings = { appId: '6a1f0b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', apiBaseUrl: 'https://proxy.example.com/sb', hasToken: true, savedAt: 1 };
    expect(knownBasesOf({ destination: relay, settings })).toEqual([RELAY, 'https://proxy.example.com/sb']);
    expect(knownBasesOf({ destination: { ...relay, kind: 'sendbird' }, settings: { ...settings, apiBaseUrl: null } })).toEqual([]);
    expect(knownBasesOf({ destination: { kind: 'relay', relayBaseUrl: 'http://plain.example' }, settings: 'not settings' })).toEqual([]);
  });
});
