/**
 * The panel's chunk is loaded ahead, at idle time, once a page shows a webhook campaign's Go To
 * Editor (so the first opening is as quick as a reopening), and never on a page that shows none.
 * Which chunks the content script loads is read from the page's requests for the extension's files,
 * named by the build's own chunk graph.
 */
import type { Page } from '@playwright/test';
import { builtFile } from '../../sandbox/browser';
import { expect, test } from './fixtures';
import { channelTile, configureExtension, newWebhookCampaign, openEditor, popupAbout, sendbirdPanel } from './helpers';

const PANEL_CHUNK = builtFile('src/content/panel/attach.tsx');
const BY_HAND_CHUNK = builtFile('src/content/panel/by-hand.ts');

/** Every extension file the page's content script asks for, in the order asked. */
function extensionRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:') asked.push(url.pathname.slice(1));
  });
  return asked;
}

test('a dashboard page that shows no webhook campaign loads no panel, up to the moment the panel is asked for by hand', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  const asked = extensionRequests(page);
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns');
  await page.getByRole('button', { name: '+ Campaign' }).click();
  // The channel list has rendered and the content script has seen it: its Sendbird tile is there.
  await expect(channelTile(page, 'Sendbird')).toBeVisible();
  // Idle callbacks run in the order they were asked for: once this one has run, any preload the
  // content script asked for while the list rendered has started its imports.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

  // The sentinel: the panel asked for by hand loads its chunk through the by-hand module, so a
  // panel chunk loaded before is asked for before that module, and one never loaded comes after it.
  const popup = await popupAbout(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show Sendbird panel on this page' }).click();
  await expect(sendbirdPanel(page)).toBeVisible();

  expect(asked).toContain(BY_HAND_CHUNK);
  expect(asked.indexOf(PANEL_CHUNK)).toBeGreaterThan(asked.indexOf(BY_HAND_CHUNK));
});

test("a webhook campaign's page loads the panel ahead, before Go To Editor is clicked, without touching the page", async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  const asked = extensionRequests(page);
  const panelLoaded = page.waitForEvent('requestfinished', (request) => request.url().endsWith(`/${PANEL_CHUNK}`));
  await newWebhookCampaign(page);
  await expect(page.getByRole('button', { name: 'Go To Editor' })).toBeVisible();

  await panelLoaded; // no click yet: the page showed the campaign, and that was enough
  expect(asked).toContain(PANEL_CHUNK);
  // Loaded, not shown: nothing of the extension's is in the page until the window opens.
  await expect(page.locator('sendbird-template-panel')).toHaveCount(0);
  expect(await page.locator('link[href^="chrome-extension:"]').count()).toBe(0);

  await openEditor(page);
  await expect(sendbirdPanel(page).getByRole('combobox', { name: 'Sendbird template' })).toBeEnabled();
  expect(asked.filter((file) => file === PANEL_CHUNK)).toHaveLength(1);
});
