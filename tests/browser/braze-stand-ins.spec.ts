/**
 * The Braze stand-ins themselves, driven as a person would, with no extension loaded: what no test
 * of the extension drives (the relay's batch route by hand, the navigation to a template, the
 * failure flags). Composing a campaign with Send Test and a Canvas's steps on every variant are in
 * braze-flow.spec.ts, through the extension.
 */
import { SANDBOX_RELAY_SECRET } from '../../sandbox/constants';
import { RELAY_BRAZE, SENDBIRD_BRAZE } from '../../sandbox/braze/places';
import { expect, test } from './fixtures';
import { addRow, bodySection, brazeUrl, composers, openComposer, sendTest } from './braze-helpers';

// In order, in one worker: each worker that ran one of these would launch a browser without the extension for it.
test.describe.configure({ mode: 'default' });

const PAIRS: Array<[string, string]> = [
  ['sendbird_version', '1'],
  ['sendbird_template', 'welcome_series_1'],
  ['sendbird_receiver', '{{custom_attribute.${sendbird_id}}}'],
  ['sendbird_var.first_name', "{{${first_name} | default: 'there'}}"],
];

test("variant c through the relay's batch route: the relay sends the chosen user to Sendbird's send API", async ({ plainPage: page, sandbox }) => {
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

test('a webhook template is found through the navigation, without a page load', async ({ plainPage: page }) => {
  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome'));
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  await page.getByRole('link', { name: 'Webhook Templates' }).click();
  await page.getByRole('link', { name: 'Sendbird notification' }).click();
  await expect(page.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(SENDBIRD_BRAZE.realtime);
  expect(new URL(page.url()).pathname).toMatch(/^\/engagement\/templates_and_media\/webhook_templates\/[0-9a-f]{24}\/sendbird-template$/);
  expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
});

test('the failure flags: no add control, values not inputs, Raw text from the start, rows held until released', async ({ plainPage: page }) => {
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
