/**
 * When the webhook editor is not recognised (its title renamed, a redesign), the marketer calls the
 * panel by hand from the toolbar popup; with no editor at all it comes as a floating card. Either way
 * a diagnostic report tells a maintainer what was found, and nothing of the marketer's.
 */
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import { expect, test } from './fixtures';
import { bodyInputs, byOwner, chooseTemplate, configureExtension, copiedReport, editorWindow, newWebhookCampaign, openEditor, popupAbout, sendbirdPanel, standInPairs, typeMarketerPair } from './helpers';

test('on a dashboard whose window title was renamed, the popup shows the panel in the editor, and it writes the pairs', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu2', account: 'SBX-ONE-1' });
  const editor = await openEditor(page);
  await expect(bodyInputs(editor, 'Key')).toHaveCount(1);
  await expect(sendbirdPanel(page)).toHaveCount(0); // not recognised: the title is not "Create Webhook Content"

  const popup = await popupAbout(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show Sendbird panel on this page' }).click();
  await expect(popup.getByText('The Sendbird panel is on the page.')).toBeVisible();
  // The toolbar popup closes as the marketer goes back to the page.
  await popup.close();
  await page.bringToFront();

  const panel = editor.locator('sendbird-template-panel').getByRole('region', { name: 'Sendbird' });
  await expect(panel).toBeVisible();
  await typeMarketerPair(editor, 'utm_source', 'crm');
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await panel.getByRole('textbox', { name: 'First name', exact: true }).fill('SECRET-FIRST-NAME');
  await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
  await expect.poll(async () => byOwner(await standInPairs(page))).toEqual(
    byOwner([
      { key: 'utm_source', value: 'crm' },
      { key: 'sendbird_version', value: '1' },
      { key: 'sendbird_template', value: 'welcome_series_1' },
      { key: 'sendbird_receiver', value: 'SendbirdID' },
      { key: 'sendbird_var.first_name', value: 'SECRET-FIRST-NAME' },
    ]),
  );

  // The report names what was found and how, and holds nothing the marketer typed or chose.
  const text = await copiedReport(page, panel);
  const report = JSON.parse(text);
  expect(report).toMatchObject({
    dashboard: 'CleverTap',
    host: 'eu2.dashboard.clevertap.com',
    attachedBy: 'by-hand',
    extensionVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    // The smallest element holding the body's rows, never more of the page.
    window: { tag: 'div', role: null },
    row: { tag: 'div', role: null },
    elements: {
      title: { found: false },
      formatJson: { found: true, how: 'input type=radio' },
      bodyCustom: { found: true, how: 'input type=radio' },
      keyValueInputs: { found: true, how: 'input type=text', count: 5 },
      addControl: { found: true, how: 'button' },
      removeControls: { found: true, how: 'button', count: 5 },
      webhookSelector: { found: true, how: 'select', sendbirdSelected: true },
    },
  });
  for (const secret of ['SECRET-FIRST-NAME', 'crm', 'utm_source', 'welcome_series_1', 'Welcome', 'SBX-ONE-1', 'Sendbird single', SANDBOX_TOKEN, SANDBOX_APP_ID, SANDBOX_APP_ID.toLowerCase()]) {
    expect(text, secret).not.toContain(secret);
  }
});

test('with no editor on the page, the panel comes as a floating card with the pairs to copy and the report', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns');
  await expect(page.getByRole('button', { name: '+ Campaign' })).toBeVisible();

  const popup = await popupAbout(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show Sendbird panel on this page' }).click();
  await expect(popup.getByText('No webhook editor was found: the Sendbird panel is shown as a card on the page.')).toBeVisible();
  // The toolbar popup closes as the marketer goes back to the page.
  await popup.close();
  await page.bringToFront();

  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText('No webhook editor was found on this page; copy these pairs into it by hand.');
  await chooseTemplate(page, /^Password reset/);
  await panel.getByRole('textbox', { name: 'Reset link', exact: true }).fill('https://example.com/r/SECRET');
  await expect(panel.getByRole('table', { name: 'Pairs to copy' }).getByRole('row')).toContainText([/sendbird_template\s*password_reset/, /sendbird_var\.reset_link\s*https:\/\/example\.com\/r\/SECRET/]);

  const text = await copiedReport(page, panel);
  expect(JSON.parse(text)).toMatchObject({
    attachedBy: 'floating',
    window: null,
    elements: { title: { found: false }, keyValueInputs: { found: false, count: 0 }, addControl: { found: false }, webhookSelector: { found: false } },
  });
  expect(text).not.toContain('SECRET');
  expect(text).not.toContain('password_reset');

  await panel.getByRole('button', { name: 'Close Sendbird panel' }).click();
  await expect(panel).toHaveCount(0);
});

test('on a tab that is not a CleverTap dashboard, the popup says the panel works there only', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`https://api-${SANDBOX_APP_ID.toLowerCase()}.notifications.sendbird.com/`);
  const popup = await popupAbout(context, extensionId, page);
  await expect(popup.getByText('The Sendbird panel works on CleverTap or Braze dashboards only.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Show Sendbird panel on this page' })).toHaveCount(0);
});

test('on a recognised editor, the popup only brings the panel that is already there', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'mec1' });
  await openEditor(page);
  await expect(sendbirdPanel(page)).toHaveCount(1);
  const popup = await popupAbout(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show Sendbird panel on this page' }).click();
  await expect(popup.getByText('The Sendbird panel is on the page.')).toBeVisible();
  // The toolbar popup closes as the marketer goes back to the page.
  await popup.close();
  await page.bringToFront();
  await expect(sendbirdPanel(page)).toHaveCount(1);
  await expect(editorWindow(page).locator('sendbird-template-panel')).toHaveCount(1);
});
