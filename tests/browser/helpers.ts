/** Steps a person takes in the popup and in CleverTap's dashboard, by accessible names. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import { extensionControlPage } from './control-page';
import { expect } from './fixtures';

/**
 * Saves the sandbox's credentials with one message from an extension page, as the popup's Save
 * sends it (without Test connection: the cache stays empty). Tests of the popup itself type them.
 */
export async function configureExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await extensionControlPage(context, extensionId);
  const answer = await page.evaluate(
    (credentials) => chrome.runtime.sendMessage({ type: 'settings/save', ...credentials }),
    { appId: SANDBOX_APP_ID, token: SANDBOX_TOKEN, apiBaseUrl: '' },
  );
  expect(answer).toMatchObject({ ok: true });
}

/**
 * The Webhook selector, whichever kind the page made it: a native select or a custom combobox
 * (both a combobox named Webhook), or a list always shown (a listbox named Webhook).
 */
async function webhookSelector(page: Page): Promise<{ control: Locator; kind: 'native' | 'combobox' | 'listbox' }> {
  const control = page.getByRole('combobox', { name: 'Webhook', exact: true }).or(page.getByRole('listbox', { name: 'Webhook', exact: true }));
  await control.waitFor();
  const { tag, role } = await control.evaluate((el) => ({ tag: el.tagName, role: el.getAttribute('role') }));
  return { control, kind: tag === 'SELECT' ? 'native' : role === 'listbox' ? 'listbox' : 'combobox' };
}

/** Chooses a webhook in the Start here selector, as a person would. */
export async function chooseWebhook(page: Page, name: string): Promise<void> {
  const { control, kind } = await webhookSelector(page);
  if (kind === 'native') return void (await control.selectOption({ label: name }));
  if (kind === 'combobox') await control.click();
  await page.getByRole('option', { name, exact: true }).click();
}

export async function selectedWebhookName(page: Page): Promise<string> {
  const { control, kind } = await webhookSelector(page);
  if (kind === 'native') return (await control.locator('option:checked').textContent())?.trim() ?? '';
  if (kind === 'listbox') return (await control.getByRole('option', { selected: true }).textContent())?.trim() ?? '';
  return (await control.textContent())?.trim() ?? '';
}

/**
 * The webhook editor window, whichever element it is and whatever its title: the smallest element
 * holding both its Close (×) and its Preview and Test buttons.
 */
export function editorWindow(page: Page): Locator {
  return page
    .locator('div, section, dialog')
    .filter({ has: page.getByRole('button', { name: 'Close', exact: true }) })
    .filter({ has: page.getByRole('button', { name: 'Preview and Test', exact: true }) })
    .last();
}

/** A Messaging Channels tile, whether the page made it a button or a link. */
export function channelTile(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }));
}

export function sendbirdPanel(page: Page | Locator): Locator {
  return page.getByRole('region', { name: 'Sendbird' });
}

/** Opens the popup as a tab after `page`, so that it is about `page` (the tab used before it). */
export async function popupAbout(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  await page.bringToFront();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return popup;
}

/** Copy diagnostic report, as the marketer clicks it; the report as the clipboard holds it. */
export async function copiedReport(page: Page, panel: Locator): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // Each copy button says Copied. beside itself: one more of them says the report was copied.
  const copied = panel.getByText('Copied.');
  const before = await copied.count();
  await panel.getByRole('button', { name: 'Copy diagnostic report' }).click();
  await expect(copied).toHaveCount(before + 1);
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Campaigns → + Campaign → Webhooks → the webhook chosen in Start here; the editor not yet open.
 * Returns the new campaign's id (from its URL).
 */
export async function newWebhookCampaign(
  page: Page,
  { region = 'eu1', account = 'SBX-ACC-1', webhook = 'Sendbird single', query = '' }: { region?: string; account?: string; webhook?: string; query?: string } = {},
): Promise<string> {
  await page.goto(`https://${region}.dashboard.clevertap.com/${account}/campaigns`);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await channelTile(page, 'Webhooks').click();
  if (query) await page.goto(page.url() + query);
  await chooseWebhook(page, webhook);
  return /campaigns\/(\d+)\/webhook/.exec(page.url())?.[1] ?? '';
}

export async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = editorWindow(page);
  await expect(editor).toBeVisible();
  return editor;
}

export async function closeEditor(page: Page, how: 'done' | 'discard'): Promise<void> {
  const editor = editorWindow(page);
  if (how === 'done') await editor.getByRole('button', { name: /^(Done|Save)$/ }).click();
  else await editor.getByRole('button', { name: 'Close' }).click();
  // Some dashboards remove the window, others only hide it.
  await expect(editor).toBeHidden();
}

/**
 * The body's Key (or Value) inputs: not those of the window's URL key-value section, which the
 * stand-ins that have one show as a group of its own.
 */
export function bodyInputs(editor: Locator, placeholder: 'Key' | 'Value'): Locator {
  return editor.locator(`input[placeholder="${placeholder}"]:not(fieldset *)`);
}

/** Types into one of CleverTap's own key-value rows of the body, as the marketer would. */
export async function typeMarketerPair(editor: Locator, key: string, value: string): Promise<void> {
  const keys = bodyInputs(editor, 'Key');
  // The body's add control comes after the URL section's own, where there is one.
  const add = editor.getByRole('button', { name: /Key-Value Pair/ }).last();
  await add.waitFor(); // the rows render with it, possibly after the window
  // Some dashboards show no row on a new campaign: add one when none is empty.
  const count = await keys.count();
  if (count === 0 || (await keys.last().inputValue()) !== '') {
    await add.click();
    await expect(keys).toHaveCount(count + 1);
  }
  await keys.last().fill(key);
  await keys.last().press('Tab');
  await bodyInputs(editor, 'Value').last().fill(value);
  await bodyInputs(editor, 'Value').last().press('Tab');
}

export async function chooseTemplate(page: Page, name: string | RegExp): Promise<void> {
  const panel = sendbirdPanel(page);
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await panel.getByRole('option', { name }).click();
}

/** The rows as the stand-in itself holds them (CleverTap's state, not the DOM). */
export async function standInPairs(page: Page): Promise<Array<{ key: string; value: string }>> {
  return page.evaluate(() => {
    const editor = (window as unknown as { __ctStandIn: { editor: { rows: Array<{ key: string; value: string }> } | null } }).__ctStandIn.editor;
    return (editor?.rows ?? []).filter((r) => r.key !== '' || r.value !== '').map(({ key, value }) => ({ key, value }));
  });
}

/**
 * The rows in a comparable form: the marketer's pairs in their order, the extension's sorted by key
 * (the contract fixes their keys and values, not their order).
 */
export function byOwner(pairs: Array<{ key: string; value: string }>) {
  const owned = pairs.filter((p) => p.key.startsWith('sendbird_'));
  return {
    marketer: pairs.filter((p) => !p.key.startsWith('sendbird_')),
    extension: [...owned].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/**
 * Turns the extension off and on again, as an update does to an open tab: through
 * chrome://extensions' own `chrome.management`, which its switch calls too. Clicking the switch
 * itself was seen to be ignored for a whole minute on a busy machine; each call ends when the
 * change is made. One page does both (opening chrome://extensions takes a second on this machine).
 */
export async function turnExtensionOffAndOn(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  const states = await page.evaluate(async (id) => {
    const seen: boolean[] = [];
    for (const on of [false, true]) {
      await chrome.management.setEnabled(id, on);
      seen.push((await chrome.management.get(id)).enabled);
    }
    return seen;
  }, extensionId);
  expect(states).toEqual([false, true]);
  await page.close();
}
