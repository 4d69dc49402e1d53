/** What the panel says when things are not as they should be, each with a way forward. */
import { expect, test } from './fixtures';
import { bodyInputs, chooseTemplate, configureExtension, editorWindow, newWebhookCampaign, openEditor, sendbirdPanel, standInPairs } from './helpers';

test('before any setup, the panel says so and opens the settings', async ({ context }) => {
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText(
    'The extension is not set up yet: enter the Sendbird App ID and API token in its settings.',
  );
  const optionsPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open settings' }).click();
  await expect((await optionsPage).getByLabel('App ID')).toBeVisible();
});

test('when Sendbird fails, the cached list stays usable with its age, and Retry recovers', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText('Pick a Sendbird template.');

  sandbox.sendbird.setFault({ kind: 'server-error', times: 100 });
  await panel.getByRole('button', { name: 'Refresh templates' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Sendbird had a problem \(500\)\. Try again in a few minutes\. Showing templates from /);
  await chooseTemplate(page, /^Password reset/);
  await expect(panel.getByRole('textbox', { name: 'Reset link', exact: true })).toBeVisible();

  sandbox.sendbird.setFault(null);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByRole('status')).toHaveText('Campaign incomplete: 2 fields are empty.');
});

test('a rejected token is explained in the panel', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  sandbox.sendbird.setFault({ kind: 'wrong-token' });
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'in1' });
  await openEditor(page);
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText(
    'The API token was rejected by Sendbird (400401). Copy it again from the Sendbird dashboard.',
  );
  await expect(sendbirdPanel(page).getByRole('button', { name: 'Retry' })).toBeVisible();
});

for (const region of ['eu1', 'in1']) {
  test(`on Custom Body the panel explains and switches only when asked (${region})`, async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    await newWebhookCampaign(page, { region });
    const editor = await openEditor(page);
    const customBody = region === 'eu1' ? editor.getByRole('radio', { name: 'Custom Body' }) : editor.getByRole('button', { name: 'Custom Body' });
    await customBody.click();
    const panel = sendbirdPanel(page);
    await expect(panel.getByRole('status')).toHaveText('Sendbird fields need "Profile Variables & custom key value pairs" with JSON.');
    await expect(bodyInputs(editor, 'Key')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Use key-value pairs' }).click();
    await expect(bodyInputs(editor, 'Key')).not.toHaveCount(0);
    await expect(panel.getByRole('status')).toHaveText('Pick a Sendbird template.');
  });
}

test("when CleverTap's editor changed, the exact pairs are offered to copy by hand", async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { query: '?ct-change=rows' });
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await panel.getByRole('textbox', { name: 'First name', exact: true }).fill('friend');
  await expect(panel.getByRole('status')).toHaveText("CleverTap's editor changed; copy these pairs by hand.");
  const table = panel.getByRole('table', { name: 'Pairs to copy' });
  await expect(table.getByRole('row')).toHaveText([/Key\s*Value/, /sendbird_version\s*1/, /sendbird_template\s*welcome_series_1/, /sendbird_receiver\s*SendbirdID/, /sendbird_var\.first_name\s*friend/]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy pairs' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'sendbird_version\t1\nsendbird_template\twelcome_series_1\nsendbird_receiver\tSendbirdID\nsendbird_var.first_name\tfriend',
  );
});

test('a campaign saved with a now archived template keeps its pairs and says so', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const saved = [
    { key: 'utm_campaign', value: 'spring' },
    { key: 'sendbird_version', value: '1' },
    { key: 'sendbird_template', value: 'old_spring_sale' },
    { key: 'sendbird_receiver', value: 'SendbirdID' },
    { key: 'sendbird_var.first_name', value: 'Ann' },
  ];
  sandbox.clevertap.campaigns.set('900', { id: '900', webhookId: 'wh-101', format: 'json', bodyMode: 'pairs', rows: saved });
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns/900/webhook');
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText(
    'The template "old_spring_sale" saved in this campaign is archived in Sendbird. The pairs are kept as they are; pick another template to replace them.',
  );
  expect(await standInPairs(page)).toEqual(saved);
  await chooseTemplate(page, /^Back in stock/);
  await expect(panel.getByRole('status')).toHaveText('Campaign incomplete: 2 fields are empty.');
  await expect.poll(async () => (await standInPairs(page)).find((p) => p.key === 'sendbird_template')?.value).toBe('back_in_stock');
  expect((await standInPairs(page))[0]).toEqual({ key: 'utm_campaign', value: 'spring' });
});

test('a saved template Sendbird could not be asked about is named with the reason, and Retry asks again', async ({ context, extensionId, sandbox }) => {
  await configureExtension(context, extensionId);
  const saved = [
    { key: 'sendbird_version', value: '1' },
    { key: 'sendbird_template', value: 'old_spring_sale' },
    { key: 'sendbird_receiver', value: 'SendbirdID' },
    { key: 'sendbird_var.first_name', value: 'Ann' },
  ];
  sandbox.clevertap.campaigns.set('901', { id: '901', webhookId: 'wh-101', format: 'json', bodyMode: 'pairs', rows: saved });
  sandbox.sendbird.setFault({ kind: 'server-error', times: 100 }, 'get');
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns/901/webhook');
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText(
    'Sendbird could not say whether the template "old_spring_sale" saved in this campaign still exists: Sendbird had a problem (500). Try again in a few minutes. The pairs are kept as they are.',
  );
  expect(await standInPairs(page)).toEqual(saved);
  sandbox.sendbird.setFault(null);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^The template "old_spring_sale" saved in this campaign is archived in Sendbird\./);
});

test('Liquid on the multi webhook gets a warning', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'in1', webhook: 'Sendbird multi' });
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  const firstName = panel.getByRole('textbox', { name: 'First name', exact: true });
  await firstName.fill('friend');
  await expect(panel.getByText(/one request per user to the multi webhook/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Personalize First name' }).click();
  await panel.getByRole('textbox', { name: 'Profile property' }).fill('first_name');
  await panel.getByRole('textbox', { name: 'Fallback text' }).fill('there');
  await panel.getByRole('button', { name: 'Insert' }).click();
  await expect(firstName).toHaveValue('friend{{Profile.first_name | default: "there"}}');
  await expect(panel.getByText('A field uses Liquid: CleverTap will send one request per user to the multi webhook. Consider the single webhook.')).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
  await expect(editorWindow(page)).toBeVisible();
});
