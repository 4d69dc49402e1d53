/**
 * Destination = Your relay: the admin points the popup at the relay, and a marketer's Preview and
 * Test in CleverTap goes through the sandbox's relay (relay/) to Sendbird's documented send API,
 * where the stand-in records the notification request.
 */
import AxeBuilder from '@axe-core/playwright';
import { SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, SANDBOX_TOKEN } from '../../sandbox/constants';
import { expect, test } from './fixtures';
import { chooseTemplate, configureExtension, editorWindow, newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

const RELAY = `https://${SANDBOX_RELAY_HOST}`;

test('an admin chooses Your relay: an http or malformed URL is refused at the field, then the relay’s URLs and header show', async ({ context, extensionId, worker }) => {
  await configureExtension(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  const destination = popup.getByRole('group', { name: 'Destination' });
  await expect(destination.getByRole('radio', { name: "Sendbird's endpoints" })).toBeChecked();
  await expect(popup.getByText(/notifications\.sendbird\.com\/clevertap\/notifications\/single$/)).toBeVisible();

  await destination.getByRole('radio', { name: 'Your relay' }).check();
  const url = popup.getByRole('textbox', { name: 'Relay base URL' });
  await url.fill('http://relay.example.com');
  await popup.getByRole('button', { name: 'Use this relay' }).click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/must start with https:\/\//);
  await url.fill('https://relay.example.com/?x=1');
  await popup.getByRole('button', { name: 'Use this relay' }).click();
  await expect(url).toHaveAccessibleDescription(/This is not a base URL/);

  await url.fill(`${RELAY}/`);
  await popup.getByRole('button', { name: 'Use this relay' }).click();
  await expect(popup.getByRole('status')).toHaveText('Destination saved.');
  await expect(popup.getByText(`${RELAY}/clevertap/notifications/single`, { exact: true })).toBeVisible();
  await expect(popup.getByText(`${RELAY}/clevertap/notifications/multi`, { exact: true })).toBeVisible();
  // CleverTap's own block: Braze's beside it shows its header and relay words too.
  const clevertap = popup.getByRole('region', { name: 'CleverTap' });
  await expect(clevertap.getByText('Api-token', { exact: true })).toBeVisible();
  await expect(clevertap.getByText(/its value is your relay's secret/)).toBeVisible();
  await expect(popup.getByText(/notifications\.sendbird\.com\/clevertap/)).toHaveCount(0);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // It stays chosen when the popup opens again, and switching back shows Sendbird's endpoints.
  await popup.reload();
  await expect(popup.getByRole('radio', { name: 'Your relay' })).toBeChecked();
  await expect(popup.getByText(`${RELAY}/clevertap/notifications/multi`, { exact: true })).toBeVisible();
  await popup.getByRole('radio', { name: "Sendbird's endpoints" }).check();
  await expect(popup.getByText(/notifications\.sendbird\.com\/clevertap\/notifications\/multi$/)).toBeVisible();

  const stored = await worker.evaluate(() => chrome.storage.local.get('destination'));
  expect(stored).toEqual({ destination: { kind: 'sendbird', relayBaseUrl: RELAY } });
  expect(JSON.stringify(stored)).not.toContain(SANDBOX_RELAY_SECRET);
  expect(JSON.stringify(stored)).not.toContain(SANDBOX_TOKEN);

  // The URL the admin entered is a live relay (the sandbox's, over https, trusted like the others).
  const health = await context.newPage();
  const answer = await health.goto(`${RELAY}/healthz`);
  expect(answer?.status()).toBe(200);
  expect(await answer?.json()).toMatchObject({ ok: true });
});

test('Preview and Test through the relay arrives at Sendbird’s send API as one batch notification request', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'us1', account: 'SBX-RELAY-1', webhook: 'Sendbird multi' });
  await openEditor(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await sendbirdPanel(page).getByRole('textbox', { name: 'First name', exact: true }).fill('friend');
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');
  await editorWindow(page).getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editorWindow(page).getByText('Test sent: 1 call(s), status 200')).toBeVisible();

  expect(sandbox.clevertap.testCalls.map((c) => c.url)).toEqual([`${RELAY}/clevertap/notifications/multi`]);
  expect(sandbox.sendbird.webhooks).toEqual([]); // Sendbird's own CleverTap endpoint was not used
  expect(sandbox.sendbird.sends.sent).toEqual([
    {
      path: '/v1/notifications',
      mode: 'batch',
      targets: ['sb-user-ann', 'sb-user-bo'],
      template: { key: 'welcome_series_1', variables: { 'sb-user-ann': { first_name: 'friend' }, 'sb-user-bo': { first_name: 'friend' } } },
    },
  ]);
  expect(sandbox.relay.log.map((l) => [l.route, l.outcome])).toEqual([['clevertap/multi', 'sent']]);
});

test('with Liquid, Preview and Test through the relay is one realtime request per user, with each user’s values', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1', account: 'SBX-RELAY-1', webhook: 'Sendbird single' });
  await openEditor(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await sendbirdPanel(page).getByRole('textbox', { name: 'First name', exact: true }).fill('{{Profile.first_name | default: "there"}}');
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');
  await editorWindow(page).getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editorWindow(page).getByText('Test sent: 2 call(s), status 200')).toBeVisible();

  expect(sandbox.sendbird.sends.sent).toEqual([
    { path: '/v1/notifications', mode: 'realtime', targets: ['sb-user-ann'], template: { key: 'welcome_series_1', variables: { 'sb-user-ann': { first_name: 'Ann' } } } },
    { path: '/v1/notifications', mode: 'realtime', targets: ['sb-user-bo'], template: { key: 'welcome_series_1', variables: { 'sb-user-bo': { first_name: 'there' } } } },
  ]);
});
