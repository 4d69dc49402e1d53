import { readFileSync } from 'node:fs';
import { SANDBOX_APP_ID, SANDBOX_TOKEN, UNREACHABLE_APP_ID, appHost } from '../../sandbox/constants';
import { expect, test } from './fixtures';

/** What the sandbox serves that a marketer can pick, counted from the data file itself. */
const PICKABLE = (JSON.parse(readFileSync(new URL('../../sandbox/data/templates.json', import.meta.url), 'utf8')) as Array<{ is_archived?: unknown }>).filter(
  (t) => t.is_archived !== true && t.is_archived !== 'true',
).length;

test('an admin saves the credentials, tests the connection and copies the webhook settings', async ({ popup, sandbox, worker }) => {
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toHaveText('Saved.');

  await popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(popup.getByRole('status')).toHaveText(`Connected: ${PICKABLE} templates`);
  // The sandbox pages 5 at a time: the extension followed every page, with the token as header.
  const listCalls = sandbox.sendbird.requests.filter((r) => r.path.startsWith('/v3/notifications/templates'));
  expect(listCalls.length).toBe(Math.ceil(12 / 5));
  expect(listCalls.every((r) => r.token === SANDBOX_TOKEN && r.host === appHost(SANDBOX_APP_ID))).toBe(true);

  const single = `https://${appHost(SANDBOX_APP_ID)}/clevertap/notifications/single`;
  await expect(popup.getByText(single, { exact: true })).toBeVisible();
  await expect(popup.getByText(`https://${appHost(SANDBOX_APP_ID)}/clevertap/notifications/multi`, { exact: true })).toBeVisible();
  // CleverTap's own block: Braze's beside it shows the same header key.
  await expect(popup.getByRole('region', { name: 'CleverTap' }).getByText('Api-token', { exact: true })).toBeVisible();
  await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.getByRole('button', { name: 'Copy single URL' }).click();
  await expect(popup.getByRole('status')).toHaveText('Copied.');
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(single);

  // The App ID is in local storage; the token is nowhere a content script could read.
  const stored = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
  }));
  expect(JSON.stringify(stored.local)).toContain(SANDBOX_APP_ID.toLowerCase());
  expect(JSON.stringify(stored)).not.toContain(SANDBOX_TOKEN);
});

test('a malformed App ID is refused next to the field and nothing is sent', async ({ popup, sandbox }) => {
  await popup.getByLabel('App ID').fill('my-sendbird-app');
  await popup.getByLabel('API token', { exact: true }).fill('token with spaces');
  await popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(popup.getByLabel('App ID')).toHaveAccessibleDescription(/This is not a Sendbird App ID/);
  await expect(popup.getByLabel('API token', { exact: true })).toHaveAccessibleDescription(/has spaces in it/);
  await expect(popup.getByRole('status')).toHaveText('Check the highlighted fields; nothing was sent.');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByLabel('App ID')).toHaveAttribute('aria-invalid', 'true');
  expect(sandbox.sendbird.requests).toEqual([]);
});

test('a token Sendbird rejects gets its own message', async ({ popup }) => {
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill('not-the-right-token');
  await popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(popup.getByRole('status')).toHaveText(
    'The API token was rejected by Sendbird (400401). Copy it again from the Sendbird dashboard.',
  );
});

test('an App ID whose host does not answer gets its own message', async ({ popup }) => {
  await popup.getByLabel('App ID').fill(UNREACHABLE_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
  await popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(popup.getByRole('status')).toHaveText(
    `Could not reach ${appHost(UNREACHABLE_APP_ID)}. Check the App ID (the address is made from it) and your network.`,
  );
});

test('closing the popup mid-typing loses nothing, and forgetting removes everything', async ({ context, extensionId, popup, worker }) => {
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
  await popup.close();

  const reopened = await context.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(reopened.getByLabel('App ID')).toHaveValue(SANDBOX_APP_ID);
  await expect(reopened.getByLabel('API token', { exact: true })).toHaveValue(SANDBOX_TOKEN);
  await reopened.getByRole('button', { name: 'Save' }).click();
  await expect(reopened.getByRole('status')).toHaveText('Saved.');
  await expect(reopened.getByLabel('API token', { exact: true })).toHaveValue('');
  await expect(reopened.getByLabel('API token', { exact: true })).toHaveAccessibleDescription('A token is saved. Leave this empty to keep it.');

  await reopened.getByRole('button', { name: 'Forget credentials' }).click();
  await reopened.getByRole('button', { name: 'Yes, forget them' }).click();
  await expect(reopened.getByRole('status')).toHaveText('Credentials forgotten.');
  await expect(reopened.getByLabel('App ID')).toHaveValue('');
  await expect(reopened.getByRole('button', { name: 'Copy single URL' })).toHaveCount(0);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
});

test('the options page offers the same settings', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByRole('heading', { name: 'Sendbird for CleverTap and Braze' })).toBeVisible();
  await expect(options.getByLabel('App ID')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Test connection' })).toBeVisible();
});
