/**
 * Sendbird's faults on screen, with the cached list still usable where there is one. Driven through
 * the popup's Test connection and the CleverTap panel.
 */
import { SANDBOX_APP_ID, SANDBOX_TOKEN, appHost } from '../../sandbox/constants';
import type { SendbirdFault } from '../../sandbox/sendbird-stand-in';
import { expect, test } from './fixtures';
import { configureExtension, newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

/**
 * One browser test per path a failure takes to the screen: the words of every failure are unit
 * tests (src/shared/failure-words.test.ts) and how each answer becomes a failure is
 * src/background/sendbird-client.test.ts. What only a real browser shows stays here: the network
 * going away, a list cut at its page bound, a redirect, and the panel's cached list.
 */
const CASES: Array<{ name: string; fault?: SendbirdFault; offline?: boolean; message: string | RegExp }> = [
  { name: 'has_more forever', fault: { kind: 'has-more-forever' }, message: 'Connected: showing the first 20 templates; Sendbird has more.' },
  { name: 'offline', offline: true, message: 'You are offline. Connect to the internet and try again.' },
];

for (const c of CASES) {
  test(`Test connection: ${c.name}`, async ({ popup, sandbox, context }) => {
    await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
    await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
    if (c.fault) sandbox.sendbird.setFault(c.fault);
    if (c.offline) await context.setOffline(true);
    await popup.getByRole('button', { name: 'Test connection' }).click();
    await expect(popup.getByRole('status')).toHaveText(c.message);
  });
}

test('Test connection: a redirecting API gets its own message, and the token never follows the redirect', async ({ popup, sandbox }) => {
  const collector = 'https://api-00000000-0000-4000-8000-00000000c011.notifications.sendbird.com/v3/notifications/templates';
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
  sandbox.sendbird.setFault({ kind: 'redirect', to: collector });
  await popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(popup.getByRole('status')).toHaveText(
    `The API at ${appHost(SANDBOX_APP_ID)} answered with a redirect. The API token is sent only to the address it was saved for, so nothing was sent on. Check Advanced → API base URL.`,
  );
  // The sandbox answers the collector's host too: it was never asked, with or without the token.
  expect(sandbox.sendbird.requests.filter((r) => r.host === new URL(collector).host)).toEqual([]);
  expect(sandbox.sendbird.requests.filter((r) => r.host === appHost(SANDBOX_APP_ID))).toHaveLength(1);
});

test('the panel keeps the cached list usable while Sendbird is unreachable, and says how old it is', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText('Pick a Sendbird template.');

  sandbox.sendbird.setFault({ kind: 'malformed' });
  await panel.getByRole('button', { name: 'Refresh templates' }).click();
  await expect(panel.getByRole('status')).toHaveText(/could not read\. .* Showing templates from .+\.$/);
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await expect(panel.getByRole('option')).toHaveCount(10);
});

test('a template deleted in Sendbird after the campaign was saved is named, and its pairs kept', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const saved = [
    { key: 'sendbird_version', value: '1' },
    { key: 'sendbird_template', value: 'back_in_stock' },
    { key: 'sendbird_receiver', value: 'SendbirdID' },
    { key: 'sendbird_var.product_name', value: 'Shoes' },
    { key: 'sendbird_var.size', value: '42' },
  ];
  sandbox.clevertap.campaigns.set('901', { id: '901', webhookId: 'wh-101', format: 'json', bodyMode: 'pairs', rows: saved });
  const templates = JSON.parse(JSON.stringify((await import('../../sandbox/sendbird-stand-in')).loadSandboxTemplates())) as Array<{ key: string }>;
  sandbox.sendbird.setTemplates(templates.filter((t) => t.key !== 'back_in_stock'));
  const page = await context.newPage();
  await page.goto('https://in1.dashboard.clevertap.com/SBX-ACC-1/campaigns/901/webhook');
  await openEditor(page);
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText(
    'The template "back_in_stock" saved in this campaign no longer exists in Sendbird. The pairs are kept as they are; pick another template to replace them.',
  );
  await expect(sendbirdPanel(page).getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('back_in_stock');
});
