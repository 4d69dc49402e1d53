/**
 * The marketer's flow in CleverTap's campaign editor, on regions whose dashboards differ in
 * everything the host contract leaves open: markup, element kinds, timing, how inputs commit, and
 * whether the window and the channel list are inserted, mounted late, or only hidden and shown.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chooseTemplate,
  chooseWebhook,
  newWebhookCampaign,
  closeEditor,
  configureExtension,
  editorWindow,
  openEditor,
  selectedWebhookName,
  sendbirdPanel,
  standInPairs,
  typeMarketerPair,
  byOwner,
} from './helpers';

const REGIONS = [
  { region: 'eu1', variant: 'A: div dialog, controlled inputs, native select' },
  { region: 'in1', variant: 'B: late <dialog>, rows re-created, commit on change, custom listbox' },
  { region: 'mec1', variant: 'C: plain div created once then hidden and shown, role=radio choices, channel list un-hidden' },
  { region: 'us2', variant: 'D: <section> mounted late into its own <body> container, no rows at first, list re-rendered' },
];

const field = (page: Page, name: string) => sendbirdPanel(page).getByRole('textbox', { name, exact: true });

const ORDER_SHIPPED_PAIRS = [
  { key: 'utm_campaign', value: 'spring' },
  { key: 'sendbird_version', value: '1' },
  { key: 'sendbird_template', value: 'order_shipped' },
  { key: 'sendbird_receiver', value: 'SendbirdID' },
  { key: 'sendbird_event_name', value: 'Order shipped push' },
  { key: 'sendbird_var.first_name', value: '{{Profile.first_name | default: "there"}}' },
  { key: 'sendbird_var.order.id', value: 'A-1001' },
  { key: 'sendbird_var.carrier', value: 'DHL "Express"' },
  { key: 'sendbird_var.tracking_url', value: 'https://t.example/A-1001' },
];

/** After switching from Order shipped: the shared First name stays, the event name too. */
const CART_REMINDER_PAIRS = [
  { key: 'utm_campaign', value: 'spring' },
  { key: 'sendbird_version', value: '1' },
  { key: 'sendbird_template', value: 'cart_reminder' },
  { key: 'sendbird_receiver', value: 'SendbirdID' },
  { key: 'sendbird_event_name', value: 'Order shipped push' },
  { key: 'sendbird_var.first_name', value: '{{Profile.first_name | default: "there"}}' },
  { key: 'sendbird_var.item_count', value: '3' },
  { key: 'sendbird_var.coupon_code', value: 'SAVE10' },
];

async function fillOrderShipped(page: Page) {
  await chooseTemplate(page, /^Order shipped/);
  await field(page, 'First name').fill('{{Profile.first_name | default: "there"}}');
  await field(page, 'Order number').fill('A-1001');
  await field(page, 'Carrier').fill('DHL "Express"');
  await field(page, 'Tracking link').fill('https://t.example/A-1001');
  await field(page, 'Event name').fill('Order shipped push');
}

for (const { region, variant } of REGIONS) {
  test.describe(`${region} (variant ${variant})`, () => {
    test('tile → webhook → editor → template → fields land as the contract says; a second template keeps the shared fields; Preview and Test decodes; and they come back', async ({ context, extensionId, sandbox }) => {
      await configureExtension(context, extensionId);
      const page = await context.newPage();
      await page.goto(`https://${region}.dashboard.clevertap.com/SBX-ONE-1/campaigns`);
      await page.getByRole('button', { name: '+ Campaign' }).click();
      await page.getByRole('button', { name: 'Sendbird', exact: true }).click();
      await expect.poll(() => selectedWebhookName(page)).toBe('Sendbird single');

      const editor = await openEditor(page);
      await typeMarketerPair(editor, 'utm_campaign', 'spring');
      const panel = sendbirdPanel(page);
      await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toBeEnabled();
      await expect(field(page, 'Receiver')).toHaveValue('SendbirdID');
      await fillOrderShipped(page);
      await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
      await expect.poll(async () => byOwner(await standInPairs(page))).toEqual(byOwner(ORDER_SHIPPED_PAIRS));

      // Another template keeps the variables both have, and drops the others.
      await chooseTemplate(page, /^Abandoned cart reminder/);
      await expect(field(page, 'First name')).toHaveValue('{{Profile.first_name | default: "there"}}');
      await expect(panel.getByRole('status')).toHaveText('Campaign incomplete: 2 fields are empty.');
      await field(page, 'Items in cart').fill('3');
      await field(page, 'Coupon code').fill('SAVE10');
      await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
      await expect.poll(async () => byOwner(await standInPairs(page))).toEqual(byOwner(CART_REMINDER_PAIRS));

      // Liquid makes CleverTap send one request per user; Sendbird's endpoint decodes each.
      await editorWindow(page).getByRole('button', { name: 'Preview and Test' }).click();
      await expect(editorWindow(page).getByText('Test sent: 2 call(s), status 200')).toBeVisible();
      const requests = sandbox.sendbird.webhooks.map((w) => (w.decoded.ok && !w.decoded.test ? w.decoded.request : null));
      expect(sandbox.sendbird.webhooks.map((w) => w.endpoint)).toEqual(['single', 'single']);
      expect(requests).toEqual([
        expect.objectContaining({
          template: { key: 'cart_reminder', variables: { 'sb-user-ann': { first_name: 'Ann', item_count: '3', coupon_code: 'SAVE10' } } },
          targets: ['sb-user-ann'],
          mode: 'realtime',
          event_name: 'Order shipped push',
        }),
        expect.objectContaining({
          template: { key: 'cart_reminder', variables: { 'sb-user-bo': { first_name: 'there', item_count: '3', coupon_code: 'SAVE10' } } },
          targets: ['sb-user-bo'],
        }),
      ]);

      // × throws the unsaved rows away; the panel restores them from its draft.
      await closeEditor(page, 'discard');
      await openEditor(page);
      await expect(field(page, 'Items in cart')).toHaveValue('3');
      await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
      await expect.poll(async () => byOwner(await standInPairs(page))).toEqual(byOwner(CART_REMINDER_PAIRS.slice(1)));

      // Done saves the campaign; after a reload the pairs alone restore every field.
      await typeMarketerPair(editorWindow(page), 'utm_campaign', 'spring');
      await closeEditor(page, 'done');
      await page.reload();
      await openEditor(page);
      await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('Abandoned cart reminder');
      await expect(field(page, 'First name')).toHaveValue('{{Profile.first_name | default: "there"}}');
      await expect(field(page, 'Coupon code')).toHaveValue('SAVE10');
      await expect(field(page, 'Event name')).toHaveValue('Order shipped push');
      await expect(field(page, 'Receiver')).toHaveValue('SendbirdID');
      expect(new Set((await standInPairs(page)).map((p) => p.key))).toEqual(new Set(CART_REMINDER_PAIRS.map((p) => p.key)));
    });
  });
}

// On variant D, whose channel list re-renders under the pointer: the page's own Webhooks tile works through it too.
test('without Liquid, Preview and Test is one broadcast call to multi with every profile', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'us2', webhook: 'Sendbird multi' });
  await openEditor(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await field(page, 'First name').fill('friend');
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');
  await editorWindow(page).getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editorWindow(page).getByText('Test sent: 1 call(s), status 200')).toBeVisible();
  const [received] = sandbox.sendbird.webhooks;
  expect(received?.endpoint).toBe('multi');
  expect(received?.decoded).toMatchObject({
    ok: true,
    request: {
      template: { key: 'welcome_series_1', variables: { 'sb-user-ann': { first_name: 'friend' }, 'sb-user-bo': { first_name: 'friend' } } },
      targets: ['sb-user-ann', 'sb-user-bo'],
      mode: 'batch',
    },
  });
});

test('a non-Sendbird webhook gets the switch, and template names with HTML show as text', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns');
  await page.getByRole('button', { name: '+ Campaign' }).click();
  // Two Sendbird webhooks exist here: the tile opens the campaign but picks none.
  await page.getByRole('button', { name: 'Sendbird', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Go To Editor' })).toBeVisible();
  expect(await selectedWebhookName(page)).toBe('Select webhook');

  await chooseWebhook(page, 'Order system');
  await openEditor(page);
  const panel = sendbirdPanel(page);
  const optIn = panel.getByRole('switch', { name: 'Use a Sendbird template' });
  await expect(optIn).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveCount(0);
  await optIn.click();

  const hostile = `<img src=x onerror="document.title='pwned'"><b>Flash sale</b>`;
  await chooseTemplate(page, 'Flash sale');
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue(hostile);
  await expect(panel.getByRole('textbox', { name: '<script>alert(1)</script>Product', exact: true })).toBeVisible();
  await expect(panel.locator('img, b, script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});
