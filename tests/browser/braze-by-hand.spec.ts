/**
 * The popup and the hand-called panel on Braze tabs: the popup's Braze block (Sendbird's assumed
 * Braze routes, the relay's when it is chosen, and a relay composer then counting as Sendbird's),
 * the panel called by the shortcut's message as a floating card with its diagnostic report, the
 * popup's button on a recognised composer, and no content script on Braze hosts that are not a
 * dashboard (least privilege).
 */
import type { Page, Worker } from '@playwright/test';
import { SANDBOX_APP_ID, SANDBOX_BRAZE_INTEGRATION_TOKEN, SANDBOX_RELAY_HOST, SANDBOX_RELAY_SECRET, SANDBOX_TOKEN } from '../../sandbox/constants';
import { BRAZE_WORKSPACE } from '../../sandbox/braze/hosts';
import { RELAY_BRAZE, SENDBIRD_BRAZE } from '../../sandbox/braze/places';
import { expect, test } from './fixtures';
import { brazeUrl, choosePanelTemplate, composers, openComposer, panelField, sendTest, showCompose } from './braze-helpers';
import { configureExtension, copiedReport, popupAbout, sendbirdPanel } from './helpers';

const RELAY = `https://${SANDBOX_RELAY_HOST}`;

/**
 * What the keyboard shortcut makes the background send to the tab it was pressed in (headless
 * Chromium fires no shortcut; the background's handler is unit-tested in commands.test.ts).
 */
async function pressShortcutIn(worker: Worker, page: Page): Promise<void> {
  await page.bringToFront();
  // The shortcut's tab is the active one (reading tabs' URLs would need the tabs permission).
  const answer = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'panel/show' });
  });
  expect(answer).toMatchObject({ ok: true });
}

test("the popup shows Braze's Destination URLs and header, and the relay's once chosen, which then count as Sendbird's in the composer", async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto(brazeUrl('b', 'campaign', 'relay-batch'));
  await openComposer(page, 'b');
  // The relay is not chosen yet: its URL is another service's to the panel.
  await expect(sendbirdPanel(page).getByRole('switch', { name: 'Use a Sendbird template' })).toBeVisible();

  const popup = await popupAbout(context, extensionId, page);
  const braze = popup.getByRole('region', { name: 'Braze' });
  await expect(braze.getByText(SENDBIRD_BRAZE.realtime, { exact: true })).toBeVisible();
  await expect(braze.getByText(SENDBIRD_BRAZE.batch, { exact: true })).toBeVisible();
  await expect(braze.getByText('Api-token', { exact: true })).toBeVisible();
  await expect(braze.getByText(/Braze Integration API token from Sendbird/)).toBeVisible();
  await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await braze.getByRole('button', { name: 'Copy batch URL' }).click();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(SENDBIRD_BRAZE.batch);

  await popup.getByRole('group', { name: 'Destination' }).getByRole('radio', { name: 'Your relay' }).check();
  await popup.getByRole('textbox', { name: 'Relay base URL' }).fill(RELAY);
  await popup.getByRole('button', { name: 'Use this relay' }).click();
  await expect(braze.getByText(RELAY_BRAZE.realtime, { exact: true })).toBeVisible();
  await expect(braze.getByText(RELAY_BRAZE.batch, { exact: true })).toBeVisible();
  await expect(braze.getByText(/its value is your relay's secret/)).toBeVisible();
  await expect(braze.getByText(SENDBIRD_BRAZE.realtime, { exact: true })).toHaveCount(0);

  // The open composer hears of the relay: once Braze re-renders it, the panel is the whole panel.
  await page.bringToFront();
  await page.getByRole('link', { name: 'Test' }).click();
  await showCompose(page, 'b');
  const panel = sendbirdPanel(page);
  await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
  await panelField(panel, 'First name').fill("{{${first_name} | default: 'there'}}");
  await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
  expect((await composers(page)).message?.headers.map((h) => [h.key, h.value])).toContainEqual(['Api-token', SANDBOX_RELAY_SECRET]);
  await expect(await sendTest(page, 'b', 'user-ann')).toHaveText('Response: HTTP 200 OK (user user-ann)');
  expect(sandbox.sendbird.sends.sent.map((s) => [s.targets, s.template])).toEqual([[['user-ann'], { key: 'welcome_series_1', variables: { 'user-ann': { first_name: 'Ann' } } }]]);
});

test('the shortcut on a Braze page without a composer brings the floating card, with the pairs, the raw body and a report of structure only', async ({ context, extensionId, worker }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  // C creates the composer only once Edit message is clicked: none yet.
  await page.goto(brazeUrl('c', 'campaign', 'sendbird-welcome'));
  await expect(page.getByRole('button', { name: 'Edit message' })).toBeVisible();
  await pressShortcutIn(worker, page);

  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText('No webhook editor was found on this page; copy these pairs into it by hand.');
  await choosePanelTemplate(panel, /^Welcome.*welcome_series_1/);
  await panelField(panel, 'First name').fill('SECRET-FIRST-NAME');
  await expect(panel.getByRole('table', { name: 'Pairs to copy' }).getByRole('row')).toContainText([/sendbird_receiver\s*\{\{\$\{user_id\}\}\}/, /sendbird_var\.first_name\s*SECRET-FIRST-NAME/]);
  await expect(panel.locator('pre')).toContainText('"sendbird_var.first_name": "SECRET-FIRST-NAME"');

  const text = await copiedReport(page, panel);
  expect(JSON.parse(text)).toMatchObject({
    dashboard: 'Braze',
    host: 'dashboard.au-01.braze.com',
    attachedBy: 'floating',
    extensionVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    window: null,
    elements: { composeTab: { found: false }, webhookUrl: { found: false, sendbirdSelected: 'unknown' }, keyValueInputs: { found: false, count: 0 }, addControl: { found: false } },
  });
  for (const secret of ['SECRET-FIRST-NAME', 'welcome_series_1', 'sendbird-welcome', BRAZE_WORKSPACE, SANDBOX_TOKEN, SANDBOX_BRAZE_INTEGRATION_TOKEN, SANDBOX_APP_ID, SANDBOX_APP_ID.toLowerCase()]) {
    expect(text, secret).not.toContain(secret);
  }

  // The composer then opened is recognised, with a panel of its own; the card closes by its ×.
  await page.getByRole('button', { name: 'Edit message' }).click();
  await expect(page.locator('sendbird-template-panel:not([data-floating])')).toHaveCount(1);
  await page.locator('sendbird-template-panel[data-floating]').getByRole('button', { name: 'Close Sendbird panel' }).click();
  await expect(page.locator('sendbird-template-panel')).toHaveCount(1);
  await expect(page.locator('sendbird-template-panel[data-floating]')).toHaveCount(0);
});

test('the popup on a recognised Braze composer brings the panel already there, and nothing twice', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome'));
  await openComposer(page, 'a');
  await expect(sendbirdPanel(page)).toHaveCount(1);
  const popup = await popupAbout(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show Sendbird panel on this page' }).click();
  await expect(popup.getByText('The Sendbird panel is on the page.')).toBeVisible();
  await expect(page.locator('sendbird-template-panel')).toHaveCount(1);
});

for (const host of ['www.braze.com', 'dashboard-ab.braze.com']) {
  test(`${host} (a Braze host that is not a dashboard) gets no content script: no panel, and the popup says where it works`, async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    // The same composer as on a dashboard host, behind the stand-in's "not a dashboard" banner.
    await page.goto(brazeUrl('a', 'campaign', 'sendbird-welcome').replace('dashboard-01.braze.com', host));
    await expect(page.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(SENDBIRD_BRAZE.realtime);
    // www. is outside the manifest's globs; dashboard-ab. passes them and the script stops at its host check.
    const popup = await popupAbout(context, extensionId, page);
    await expect(popup.getByText('The Sendbird panel works on CleverTap or Braze dashboards only.')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Show Sendbird panel on this page' })).toHaveCount(0);
    await expect(page.locator('sendbird-template-panel')).toHaveCount(0);
  });
}
