/**
 * The demo in Braze: a Sendbird campaign's webhook composer (variant A, dashboard-01.braze.com) →
 * a template and its fields in the Sendbird panel → "Saved to webhook" → the Test tab's Send Test,
 * which the stand-in renders for one user and posts to the composer's Webhook URL. The walk then
 * checks that it arrived: decoded by Sendbird's stand-in, or sent on by the relay.
 */
import { brazeUrl, choosePanelTemplate, openComposer, panelField, sendTest } from '../../sandbox/braze/steps';
import type { DemoWalk } from './walk';

const VARIANT = 'a';
/** A seeded test user with a first name; the Receiver's default, Braze's user ID, renders to this. */
const USER = 'user-ann';
const TEMPLATE = 'order_shipped';
// Seeded campaigns: Sendbird's realtime URL and header, or the relay's batch URL and secret.
const campaign = (viaRelay: boolean) => brazeUrl(VARIANT, 'campaign', viaRelay ? 'relay-batch' : 'sendbird-welcome');

export const brazeWalk: DemoWalk = {
  id: 'braze',
  name: 'Braze',
  startUrl: campaign,
  hint: "the Sendbird panel is in the webhook composer's Compose tab, above Request body; the Test tab's Send Test then sends it",
  async walk(page, { sandbox, viaRelay, shot, step }) {
    await page.goto(campaign(viaRelay));
    await openComposer(page, VARIANT);
    const panel = page.getByRole('region', { name: 'Sendbird' });
    await choosePanelTemplate(panel, /^Order shipped/);
    await panelField(panel, 'First name').fill("{{${first_name} | default: 'there'}}");
    await panelField(panel, 'Order number').fill('A-1001');
    await panelField(panel, 'Carrier').fill('DHL Express');
    await panelField(panel, 'Tracking link').fill('https://track.example/A-1001');
    await panelField(panel, 'Event name').fill('Order shipped');
    await panel.getByRole('status').filter({ hasText: 'Saved to webhook' }).waitFor();
    // The whole composer, taller than the page's view: the panel above the Request body's rows it wrote.
    await shot(page.getByRole('region', { name: 'Webhook', exact: true }), 'braze-composer-with-panel.png');

    const receivedBefore = sandbox.sendbird.brazeWebhooks.length;
    const sentBefore = sandbox.sendbird.sends.sent.length;
    // The status shows once the Webhook URL answered, so what it received is recorded by then.
    const status = (await (await sendTest(page, VARIANT, USER)).textContent()) ?? '';
    await shot(page, 'braze-send-test.png');

    if (viaRelay) {
      const sent = sandbox.sendbird.sends.sent.slice(sentBefore);
      if (!sent.some((s) => s.template.key === TEMPLATE && s.targets.includes(USER))) {
        throw new Error(`Braze's Send Test ("${status}") did not reach Sendbird's send API through the relay: it received ${JSON.stringify(sent)}`);
      }
      step(`  the relay sent Braze's Send Test on to Sendbird's send API: "${TEMPLATE}" for ${USER}`);
      return;
    }
    const received = sandbox.sendbird.brazeWebhooks.slice(receivedBefore);
    const decoded = received.map((r) => r.decoded).find((d) => d?.ok && !d.test && d.request?.template.key === TEMPLATE && d.request.targets.includes(USER));
    if (!decoded) throw new Error(`Braze's Send Test ("${status}") was not decoded by Sendbird's stand-in: it received ${JSON.stringify(received.map((r) => r.decoded))}`);
    step(`  Sendbird's stand-in decoded Braze's Send Test: "${TEMPLATE}" for ${USER}`);
  },
};
