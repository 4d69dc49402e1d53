/**
 * The marketer's flow in Braze's webhook composer, with the built extension, on the three Braze
 * stand-ins that differ in everything the host contract leaves open (braze-host-contract.md): a
 * template and its fields land as exact pairs in the Request body's rows, the headers and the
 * marketer's own pairs stay as they were, Braze's Send Test reaches Sendbird's stand-in decoded,
 * and the panel comes back from the pairs alone after a tab switch and a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { SANDBOX_BRAZE_INTEGRATION_TOKEN } from '../../sandbox/constants';
import { BRAZE_VARIANT_HOSTS, type BrazeVariant } from '../../sandbox/braze/hosts';
import { SENDBIRD_BRAZE } from '../../sandbox/braze/places';
import { expect, test } from './fixtures';
import { BRAZE_VARIANTS, brazeUrl, composers, openComposer, pairsOf, sendTest, showCompose } from './braze-helpers';
import { byOwner, configureExtension, sendbirdPanel } from './helpers';

/** A field of the panel by its label: the Receiver offers choices, so it is a combobox. */
export function panelField(panel: Locator, name: string): Locator {
  return panel.getByRole('textbox', { name, exact: true }).or(panel.getByRole('combobox', { name, exact: true }));
}

export async function choosePanelTemplate(panel: Locator, name: string | RegExp): Promise<void> {
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await panel.getByRole('option', { name }).click();
}

const pairs = (entries: Array<[string, string]>) => entries.map(([key, value]) => ({ key, value }));

export const ORDER_SHIPPED: Array<[string, string]> = [
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
export async function fillOrderShipped(panel: Locator): Promise<void> {
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

export type { BrazeVariant };
