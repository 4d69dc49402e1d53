// @vitest-environment jsdom
/** The `braze` dashboard through today's interface, as the panel will call it once wired. */
import { describe, expect, it } from 'vitest';
import { encodePayload } from '../../shared/payload-codec';
import { brazeDestinations } from '../../shared/sendbird-routes';
import type { Dashboard } from '../dashboard';
import { FakeComposer, pageWith, VARIANTS } from './composer-under-test';
import { braze, createBraze } from './index';

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
    expect(dashboard.readDestination()).toEqual({ sendbird: 'yes', multi: false }); // the one composer shown, URL empty
  });

  it("reads each composer's own destination, and the relay's only when it is known", () => {
    const relayed = new FakeComposer(VARIANTS[1]!, { url: brazeDestinations(RELAY).batch });
    const other = new FakeComposer(VARIANTS[2]!, { url: 'https://hooks.example.com/' });
    pageWith(relayed, other);
    expect(braze.readDestination(relayed.root)).toEqual({ sendbird: 'no', multi: false });
    const withRelay = createBraze({ knownBases: () => [RELAY] });
    expect(withRelay.readDestination(relayed.root)).toEqual({ sendbird: 'yes', multi: false });
    expect(withRelay.readDestination(other.root)).toEqual({ sendbird: 'no', multi: false });
    // Two composers shown and none named: it cannot say which.
    expect(withRelay.readDestination()).toEqual({ sendbird: 'unknown', multi: false });
  });

  it("tells the composer's save controls from its others", () => {
    const control = (words: string) => Object.assign(document.createElement('button'), { textContent: words });
    for (const words of ['Save Template', 'Save as Draft', 'Done', 'Launch Campaign']) expect(braze.isSaveControl(control(words)), words).toBe(true);
    for (const words of ['Send Test', 'Cancel', '×', 'Add pair']) expect(braze.isSaveControl(control(words)), words).toBe(false);
  });
});
