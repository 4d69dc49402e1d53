/**
 * The marketer's flow in Braze's webhook composer, with the built extension, on the three Braze
 * stand-ins that differ in everything the host contract leaves open (braze-host-contract.md): a
 * template and its fields land as exact pairs in the Request body's rows, the headers and the
 * marketer's own pairs stay as they were, Braze's Send Test reaches Sendbird's stand-in decoded,
 * and the panel comes back from the pairs alone after a tab switch and a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { SANDBOX_BRAZE_INTEGRATION_TOKEN } from '../../sandbox/constants';
import { BRAZE_VARIANT_HOSTS } from '../../sandbox/braze/hosts';
import { OTHER_SERVICE_URL, SENDBIRD_BRAZE } from '../../sandbox/braze/places';
import { expect, test } from './fixtures';
import { BRAZE_VARIANTS, brazeUrl, choosePanelTemplate, composers, openComposer, pairsOf, panelField, sendTest, showCompose } from './braze-helpers';
import { byOwner, configureExtension, copiedReport, sendbirdPanel } from './helpers';

const pairs = (entries: Array<[string, string]>) => entries.map(([key, value]) => ({ key, value }));

const ORDER_SHIPPED: Array<[string, string]> = [
  ['sendbird_version', '1'],
  ['sendbird_template', 'order_shipped'],
  ['sendbird_receiver', '{{custom_attribute.${sendbird_id}}}'],
  ['sendbird_event_name', 'Order shipped push'],
  ['sendbird_var.first_name', "{{${first_name} | default: 'there'}}"],
  ['sendbird_var.order.id', 'A-1001'],
  ['sendbird_var.carrier', 'DHL "Express"'],
  ['sendbird_var.tracking_url', 'https://t.example/A-1001'],
];

/** Order shipped, every field, through the panel as a marketer types it (the Receiver: Sendbird's custom attribute). */
async function fillOrderShipped(panel: Locator): Promise<void> {
  await choosePanelTemplate(panel, /^Order shipped/);
  await panelField(panel, 'First name').fill("{{${first_name} | default: 'there'}}");
  await panelField(panel, 'Order number').fill('A-1001');
  await panelField(panel, 'Carrier').fill('DHL "Express"');
  await panelField(panel, 'Tracking link').fill('https://t.example/A-1001');
  await panelField(panel, 'Receiver').fill('{{custom_attribute.${sendbird_id}}}');
  await panelField(panel, 'Event name').fill('Order shipped push');
}

async function expectOrderShippedShown(panel: Locator): Promise<void> {
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('Order shipped');
  await expect(panelField(panel, 'First name')).toHaveValue("{{${first_name} | default: 'there'}}");
  await expect(panelField(panel, 'Carrier')).toHaveValue('DHL "Express"');
  await expect(panelField(panel, 'Receiver')).toHaveValue('{{custom_attribute.${sendbird_id}}}');
  await expect(panelField(panel, 'Event name')).toHaveValue('Order shipped push');
}

const rowsOf = async (page: Page, slot: string) => pairs(pairsOf((await composers(page))[slot]) as Array<[string, string]>);
const headersOf = async (page: Page, slot: string) => (await composers(page))[slot]?.headers.map((h) => [h.key, h.value]);

for (const variant of BRAZE_VARIANTS) {
  test(`variant ${variant} (${BRAZE_VARIANT_HOSTS[variant]}): template → fields → exact body pairs, headers and the marketer's pair untouched, Send Test decoded, restored after a tab switch and a reload`, async ({
    context,
    extensionId,
    sandbox,
  }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    await page.goto(brazeUrl(variant, 'campaign', 'sendbird-welcome'));
    await openComposer(page, variant);
    const headersBefore = await headersOf(page, 'message');
    expect(headersBefore).toEqual([
      ['Api-token', SANDBOX_BRAZE_INTEGRATION_TOKEN],
      ['Content-Type', 'application/json'],
    ]);

    const panel = sendbirdPanel(page);
    await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toBeEnabled();
    await expect(panelField(panel, 'Receiver')).toHaveValue('{{${user_id}}}');
    await fillOrderShipped(panel);
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    await expect.poll(async () => byOwner(await rowsOf(page, 'message'))).toEqual(byOwner(pairs([['campaign_source', 'braze'], ...ORDER_SHIPPED])));
    expect(await headersOf(page, 'message')).toEqual(headersBefore);
    expect((await composers(page)).message?.url).toBe(SENDBIRD_BRAZE.realtime);

    // Braze renders the Liquid for the chosen user and posts the flat body to Sendbird's realtime route.
    await sendTest(page, variant, 'user-bo');
    await expect.poll(() => sandbox.sendbird.brazeWebhooks.length).toBe(1);
    const [received] = sandbox.sendbird.brazeWebhooks;
    expect(received?.endpoint).toBe('realtime');
    expect(received?.decoded).toMatchObject({
      ok: true,
      request: {
        targets: ['sb-user-bo'],
        template: { key: 'order_shipped', variables: { 'sb-user-bo': { first_name: 'there', 'order.id': 'A-1001', carrier: 'DHL "Express"', tracking_url: 'https://t.example/A-1001' } } },
        event_name: 'Order shipped push',
      },
    });

    // Back in Compose (B re-mounts it, C only shows it again): the same panel, the same pairs.
    await showCompose(page, variant);
    await expectOrderShippedShown(panel);
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    expect(byOwner(await rowsOf(page, 'message'))).toEqual(byOwner(pairs([['campaign_source', 'braze'], ...ORDER_SHIPPED])));

    // Saved and reloaded: the panel comes back from the pairs alone.
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
    await page.reload();
    await openComposer(page, variant);
    await expectOrderShippedShown(sendbirdPanel(page));
    await expect(panelField(sendbirdPanel(page), 'Order number')).toHaveValue('A-1001');
    expect(byOwner(await rowsOf(page, 'message'))).toEqual(byOwner(pairs([['campaign_source', 'braze'], ...ORDER_SHIPPED])));
  });
}

/** Opens a Canvas step's composer (b shows them all side by side; a and c one at a time, by its card). */
async function openStep(page: Page, variant: string, step: string): Promise<Locator> {
  if (variant !== 'b') await page.getByRole('button', { name: new RegExp(`^${step}`) }).click();
  const region = page.getByRole('region', { name: step });
  await region.getByRole('textbox', { name: 'Webhook URL' }).waitFor();
  return region;
}

const closeStep = async (page: Page, variant: string) => {
  if (variant !== 'b') await page.getByRole('button', { name: 'Done' }).click();
};

for (const variant of BRAZE_VARIANTS) {
  test(`variant ${variant}: a Canvas's two webhook steps keep their own values, and a step opened again comes back from its pairs`, async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    await page.goto(brazeUrl(variant, 'canvas', 'sendbird-journey'));

    let panel = sendbirdPanel(await openStep(page, variant, 'Reminder'));
    await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
    await panelField(panel, 'First name').fill('from the reminder');
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    await closeStep(page, variant);

    panel = sendbirdPanel(await openStep(page, variant, 'Welcome message'));
    await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
    await panelField(panel, 'First name').fill('from the welcome');
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    const welcomePairs = (firstName: string) => byOwner(pairs([['sendbird_version', '1'], ['sendbird_template', 'welcome_series_1'], ['sendbird_receiver', '{{${user_id}}}'], ['sendbird_var.first_name', firstName]]));
    await expect.poll(async () => [byOwner(await rowsOf(page, 'step-1')), byOwner(await rowsOf(page, 'step-3'))]).toEqual([welcomePairs('from the welcome'), welcomePairs('from the reminder')]);
    await closeStep(page, variant);

    // a re-creates the step's composer, c shows its hidden one again, b never hid it.
    panel = sendbirdPanel(await openStep(page, variant, 'Reminder'));
    await expect(panelField(panel, 'First name')).toHaveValue('from the reminder');
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    expect([byOwner(await rowsOf(page, 'step-1')), byOwner(await rowsOf(page, 'step-3'))]).toEqual([welcomePairs('from the welcome'), welcomePairs('from the reminder')]);
    expect(Object.keys(await composers(page)).sort()).toEqual(['step-1', 'step-3']); // the Email step has no composer
  });

  test(`variant ${variant}: Raw text is explained, with a button that switches it; never switched on its own`, async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    await page.goto(brazeUrl(variant, 'campaign', 'sendbird-welcome', 'braze-body=raw'));
    await openComposer(page, variant);
    const panel = sendbirdPanel(page);
    const explained = 'Sendbird fields need the Request body set to "JSON key-value pairs"; it is now Raw text.';
    await expect(panel.getByRole('status')).toHaveText(explained);
    // A template chosen meanwhile is no reason to switch either.
    await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
    await expect(panel.getByRole('status')).toHaveText(explained);
    expect((await composers(page)).message?.bodyMode).toBe('raw');

    await panel.getByRole('button', { name: 'Use key-value pairs' }).click();
    await expect.poll(async () => (await composers(page)).message?.bodyMode).toBe('pairs');
    await panelField(panel, 'First name').fill('Ann');
    await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
    await expect
      .poll(async () => byOwner(await rowsOf(page, 'message')))
      .toEqual(byOwner(pairs([['campaign_source', 'braze'], ['sendbird_version', '1'], ['sendbird_template', 'welcome_series_1'], ['sendbird_receiver', '{{${user_id}}}'], ['sendbird_var.first_name', 'Ann']])));
  });
}

test('a composer whose Webhook URL is another service’s gets only the switch, and nothing is written', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto(brazeUrl('b', 'campaign', 'order-system'));
  await openComposer(page, 'b');
  const before = await composers(page);
  expect(before.message?.url).toBe(OTHER_SERVICE_URL);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('switch', { name: 'Use a Sendbird template' })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveCount(0);
  // The panel is there and inert: the composer holds exactly what it held.
  expect(await composers(page)).toEqual(before);
  expect(pairsOf((await composers(page)).message)).toEqual([['order_id', '{{custom_attribute.${last_order}}}']]);
});

test('with no add control in the body, the exact pairs and the whole raw body to copy by hand', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome', 'braze-change=add'));
  await openComposer(page, 'a');
  const panel = sendbirdPanel(page);
  await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
  await panelField(panel, 'First name').fill("{{${first_name} | default: 'there'}}");
  await expect(panel.getByRole('status').first()).toHaveText("Braze's editor changed; copy these pairs by hand.");
  const expected: Array<[string, string]> = [
    ['sendbird_version', '1'],
    ['sendbird_template', 'welcome_series_1'],
    ['sendbird_receiver', '{{${user_id}}}'],
    ['sendbird_var.first_name', "{{${first_name} | default: 'there'}}"],
  ];
  const table = panel.getByRole('table', { name: 'Pairs to copy' });
  await expect(table.getByRole('row')).toHaveText(['KeyValue', ...expected.map(([key, value]) => key + value)]);
  await expect(panel.getByText('Or paste this into Request body → Raw text, and add the request header Content-Type: application/json.')).toBeVisible();
  const body = JSON.stringify(Object.fromEntries(expected), null, 2);
  await expect(panel.locator('pre')).toHaveText(body);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy body' }).click();
  await expect(panel.getByText('Copied.')).toBeVisible();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(Object.fromEntries(expected));
  // The marketer's own pair is as it was; nothing was half written.
  expect(pairsOf((await composers(page)).message)).toEqual([['campaign_source', 'braze']]);

  // What a maintainer needs: the composer was found, its add control was not; no value in it.
  const report = await copiedReport(page, panel);
  expect(JSON.parse(report)).toMatchObject({
    dashboard: 'Braze',
    host: BRAZE_VARIANT_HOSTS.a,
    attachedBy: 'recognition',
    elements: { composeTab: { found: true }, webhookUrl: { found: true, sendbirdSelected: true }, pairsChoice: { found: true, how: 'input type=radio' }, keyValueInputs: { found: true, count: 1 }, addControl: { found: false } },
  });
  for (const secret of ['campaign_source', 'braze"', 'welcome_series_1', 'first_name', SENDBIRD_BRAZE.realtime, SANDBOX_BRAZE_INTEGRATION_TOKEN]) expect(report, secret).not.toContain(secret);
});
