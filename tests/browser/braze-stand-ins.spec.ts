/**
 * The Braze stand-ins themselves, driven as a person would, with no extension loaded: every
 * variant's composer takes a Webhook URL, headers and pairs, and its Send Test reaches Sendbird's
 * stand-in (or the relay) with the body rendered for the chosen user. Tests of the extension on
 * Braze rely on these working.
 */
import type { Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../../sandbox/browser';
import { SANDBOX_BRAZE_INTEGRATION_TOKEN, SANDBOX_RELAY_SECRET } from '../../sandbox/constants';
import { BRAZE_VARIANT_HOSTS } from '../../sandbox/braze/hosts';
import { RELAY_BRAZE, SENDBIRD_BRAZE } from '../../sandbox/braze/places';
import { test as base, expect } from './fixtures';
import { BRAZE_VARIANTS, addRow, bodySection, brazeUrl, composers, headersSection, openComposer, pairsOf, sendTest, showCompose } from './braze-helpers';

/** One Chromium per worker without the extension: nothing here may depend on it. */
const test = base.extend<{ page: Page }, { plain: Launched }>({
  plain: [
    async ({ sandbox }, use) => {
      const launched = await launchWithExtension(sandbox, { withExtension: false });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ plain, sandbox }, use) => {
    sandbox.sendbird.reset();
    sandbox.braze.reset();
    sandbox.relay.reset();
    const page = await plain.context.newPage();
    await use(page);
    await page.close();
  },
});

const PAIRS: Array<[string, string]> = [
  ['sendbird_version', '1'],
  ['sendbird_template', 'welcome_series_1'],
  ['sendbird_receiver', '{{custom_attribute.${sendbird_id}}}'],
  ['sendbird_var.first_name', "{{${first_name} | default: 'there'}}"],
];

const STATUS_WORDS = { a: 'Webhook test sent to user-bo: 200 OK', b: 'Response: HTTP 200 OK (user user-bo)', c: 'Test webhook for user-bo returned status code 200' };

for (const variant of BRAZE_VARIANTS) {
  test(`variant ${variant} (${BRAZE_VARIANT_HOSTS[variant]}): a new campaign composed by hand, Send Test decoded by Sendbird's stand-in, kept on reload`, async ({ page, sandbox }) => {
    await page.goto(brazeUrl(variant, 'campaign', 'new-webhook'));
    await openComposer(page, variant);
    await page.getByRole('textbox', { name: 'Webhook URL' }).fill(SENDBIRD_BRAZE.realtime);
    await addRow(await headersSection(page, variant), 'Api-token', SANDBOX_BRAZE_INTEGRATION_TOKEN);
    await showCompose(page, variant);
    const body = bodySection(page, variant);
    for (const [key, value] of PAIRS) await addRow(body, key, value);
    await expect(page.locator('pre').first()).toContainText('"sendbird_receiver": "{{custom_attribute.${sendbird_id}}}"');

    const status = await sendTest(page, variant, 'user-bo');
    await expect(status).toHaveText(STATUS_WORDS[variant]);
    expect(sandbox.sendbird.brazeWebhooks.map((w) => w.endpoint)).toEqual(['realtime']);
    const [received] = sandbox.sendbird.brazeWebhooks;
    expect(received?.body).toEqual({ sendbird_version: '1', sendbird_template: 'welcome_series_1', sendbird_receiver: 'sb-user-bo', 'sendbird_var.first_name': 'there' });
    expect(received?.decoded).toMatchObject({ ok: true, request: { targets: ['sb-user-bo'], template: { key: 'welcome_series_1', variables: { 'sb-user-bo': { first_name: 'there' } } } } });

    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
    await page.reload();
    await openComposer(page, variant);
    await expect(page.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(SENDBIRD_BRAZE.realtime);
    await expect.poll(async () => pairsOf((await composers(page)).message)).toEqual(PAIRS);
  });

  test(`variant ${variant}: a Canvas's two webhook steps keep their own rows`, async ({ page }) => {
    await page.goto(brazeUrl(variant, 'canvas', 'sendbird-journey'));
    // B shows every step's composer side by side; a and c open one step at a time by its card.
    if (variant !== 'b') await page.getByRole('button', { name: /^Reminder/ }).click();
    const reminder = page.getByRole('region', { name: 'Reminder' });
    await addRow(bodySection(reminder, variant), 'only_here', 'step 3');
    if (variant !== 'b') {
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: /^Welcome message/ }).click();
    }
    const welcome = page.getByRole('region', { name: 'Welcome message' });
    await expect(welcome.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(SENDBIRD_BRAZE.realtime);
    await addRow(bodySection(welcome, variant), 'mine', 'step 1');
    const all = await composers(page);
    expect([pairsOf(all['step-1']), pairsOf(all['step-3'])]).toEqual([[['mine', 'step 1']], [['only_here', 'step 3']]]);
    expect(Object.keys(all).sort()).toEqual(['step-1', 'step-3']); // the Email step has no composer
  });
}

test("variant c through the relay's batch route: the relay sends the chosen user to Sendbird's send API", async ({ page, sandbox }) => {
  await page.goto(brazeUrl('c', 'campaign', 'relay-batch'));
  await openComposer(page, 'c');
  await expect(page.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(RELAY_BRAZE.batch);
  // The seeded Api-token header carries the relay's secret; only the pairs are typed.
  expect((await composers(page)).message?.headers.map((h) => [h.key, h.value])).toContainEqual(['Api-token', SANDBOX_RELAY_SECRET]);
  for (const [key, value] of PAIRS) await addRow(bodySection(page, 'c'), key, value);
  await expect(await sendTest(page, 'c', 'user-ann')).toHaveText('Test webhook for user-ann returned status code 200');
  expect(sandbox.sendbird.sends.sent.map((s) => [s.mode, s.targets, s.template])).toEqual([['realtime', ['sb-user-ann'], { key: 'welcome_series_1', variables: { 'sb-user-ann': { first_name: 'Ann' } } }]]);
  expect(sandbox.sendbird.brazeWebhooks).toEqual([]);
});

test('a webhook template is found through the navigation, without a page load', async ({ page }) => {
  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome'));
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  await page.getByRole('link', { name: 'Webhook Templates' }).click();
  await page.getByRole('link', { name: 'Sendbird notification' }).click();
  await expect(page.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(SENDBIRD_BRAZE.realtime);
  expect(new URL(page.url()).pathname).toMatch(/^\/engagement\/templates_and_media\/webhook_templates\/[0-9a-f]{24}\/sendbird-template$/);
  expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
});

test('the failure flags: no add control, values not inputs, Raw text from the start, rows held until released', async ({ page }) => {
  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome', 'braze-change=add'));
  const body = bodySection(page, 'a');
  await expect(body.getByRole('textbox').first()).toHaveValue('campaign_source');
  // Only the rows' own "Remove pair" buttons are left (whose names say "pair" too).
  await expect(body.getByRole('button', { name: /add/i })).toHaveCount(0);
  await expect(body.getByRole('button', { name: /pair/i })).toHaveText(['🗑']);

  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome', 'braze-change=values'));
  const rich = bodySection(page, 'a').getByRole('textbox', { name: 'Value' });
  await expect(rich).toHaveText('braze');
  expect(await rich.evaluate((el) => [el.tagName, el.getAttribute('contenteditable')])).toEqual(['DIV', 'true']);

  await page.goto(brazeUrl('b', 'campaign', 'sendbird-welcome', 'braze-body=raw'));
  await expect(page.getByRole('button', { name: 'Raw text', pressed: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Raw text body' })).toBeVisible();
  await page.getByRole('button', { name: 'JSON key-value pairs' }).click();
  await expect(bodySection(page, 'b').getByRole('textbox', { name: 'Key' })).toHaveValue('campaign_source');

  await page.goto(brazeUrl('c', 'campaign', 'sendbird-welcome', 'braze-hold=rows'));
  await openComposer(page, 'c');
  const held = bodySection(page, 'c');
  await expect(held.getByText('Loading…')).toBeVisible();
  await expect(held.getByRole('textbox')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { __brazeStandIn: { releaseRows: () => void } }).__brazeStandIn.releaseRows());
  await expect(held.getByRole('textbox').first()).toHaveValue('campaign_source');
});
