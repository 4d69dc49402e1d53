/**
 * A company pre-sets the App ID for every marketer through Chrome policy (managed storage): the
 * popup shows it read-only, the marketer only enters the API token, and the panel works.
 *
 * Chromium on Linux reads policies from /etc/chromium/policies/managed. The test writes a policy for
 * a copy of the extension (another folder is another extension id, so browsers of other tests are
 * not affected) and removes it afterwards. It needs to write there, as root (CI runs as root).
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension } from '../../sandbox/browser';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import { expect, test } from './fixtures';
import { newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

const POLICY_DIR = '/etc/chromium/policies/managed';

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chrome's id for an unpacked extension: its folder's path, hashed, in the letters a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

test('an App ID set by policy shows read-only; the marketer enters only the token, and the panel works', async ({ sandbox }) => {
  test.skip(!canWritePolicies(), `needs write access to ${POLICY_DIR} (root), as in CI`);
  const copy = mkdtempSync(join(tmpdir(), 'sb-ct-managed-'));
  cpSync(DIST, copy, { recursive: true });
  const policy = join(POLICY_DIR, `sendbird-clevertap-test-${unpackedExtensionId(copy)}.json`);
  writeFileSync(policy, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(copy)]: { appId: SANDBOX_APP_ID } } } }));
  const launched = await launchWithExtension(sandbox, { extensionDir: copy });
  try {
    const { context, extensionId } = launched;
    expect(extensionId).toBe(unpackedExtensionId(copy));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    const appId = popup.getByLabel('App ID');
    await expect(appId).toHaveValue(SANDBOX_APP_ID.toLowerCase()); // App IDs are kept lower-case
    await expect(appId).toHaveAttribute('readonly', '');
    await expect(popup.getByText("Set by your company's administrator.")).toBeVisible();
    await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByRole('status')).toHaveText('Saved.');

    const page = await context.newPage();
    await newWebhookCampaign(page);
    await openEditor(page);
    await sendbirdPanel(page).getByRole('combobox', { name: 'Sendbird template' }).click();
    await expect(sendbirdPanel(page).getByRole('option', { name: /^Order shipped/ })).toBeVisible();
  } finally {
    await launched.context.close();
    rmSync(policy, { force: true });
    rmSync(launched.userDataDir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
});
