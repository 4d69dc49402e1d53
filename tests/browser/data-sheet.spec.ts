/**
 * After a whole flow, everything the extension keeps is something src/shared/storage-keys.ts lists
 * (and so docs/privacy.md names, see src/data-sheet.test.ts): no key, prefix or database beyond it.
 */
import { STORAGE } from '../../src/shared/storage-keys';
import { expect, test } from './fixtures';
import { chooseTemplate, configureExtension, newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

const listed = Object.values(STORAGE) as Array<{ key?: unknown; prefix?: string; database?: string }>;
const isListed = (key: string) => listed.some((entry) => entry.key === key || (entry.prefix !== undefined && key.startsWith(entry.prefix)));

test('everything the extension keeps after a full flow is on the data sheet', async ({ context, extensionId, worker }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await openEditor(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await sendbirdPanel(page).getByRole('textbox', { name: 'First name', exact: true }).fill('Ann');
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');

  const kept = await worker.evaluate(async () => ({
    local: Object.keys(await chrome.storage.local.get(null)),
    session: Object.keys(await chrome.storage.session.get(null)),
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
  }));
  expect(kept.local.some((key) => key.startsWith('draft:'))).toBe(true); // the flow did keep things
  expect([...kept.local, ...kept.session].filter((key) => !isListed(key))).toEqual([]);
  expect(kept.databases.filter((name) => !listed.some((entry) => entry.database === name))).toEqual([]);
});

test('the options page shows the version and opens the data sheet, shipped inside the extension', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByText(/^Version \d+\.\d+\.\d+/)).toBeVisible();
  const opened = context.waitForEvent('page');
  await options.getByRole('link', { name: 'What is stored and where it goes' }).click();
  const sheet = await opened;
  await expect(sheet.locator('body')).toContainText('Privacy policy and data sheet');
  await expect(sheet.locator('body')).toContainText('sendbirdApiToken');
});
