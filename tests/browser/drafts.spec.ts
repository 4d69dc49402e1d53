/**
 * A saved draft goes back only into the editor it came from: never into a webhook that is not a
 * Sendbird one, never from one editor into another under the same URL. Anywhere else it is an offer.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseTemplate, chooseWebhook, closeEditor, configureExtension, editorWindow, newWebhookCampaign, openEditor, sendbirdPanel, standInPairs } from './helpers';

/**
 * Watches, in the page's own world, every state of CleverTap's rows and every keystroke in them from
 * now on; `sawSendbirdPair` tells whether a sendbird_* key was there at any moment.
 */
async function watchForSendbirdPairs(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { __sawSendbird: boolean; __ctStandIn: { editor: { rows: Array<{ key: string }> } | null } };
    w.__sawSendbird = false;
    const check = (keys: string[]) => {
      if (keys.some((k) => k.startsWith('sendbird_'))) w.__sawSendbird = true;
    };
    let editor = w.__ctStandIn.editor;
    Object.defineProperty(w.__ctStandIn, 'editor', {
      get: () => editor,
      set: (value) => {
        editor = value;
        check(value?.rows.map((r: { key: string }) => r.key) ?? []);
      },
    });
    for (const type of ['input', 'change']) {
      addEventListener(type, (e) => e.target instanceof HTMLInputElement && check([e.target.value]), true);
    }
  });
  return () => page.evaluate(() => (window as unknown as { __sawSendbird: boolean }).__sawSendbird);
}

/** Removes, as the marketer would, every row whose key starts with sendbird_. */
async function removeSendbirdRowsByHand(editor: Locator): Promise<void> {
  const keys = editor.getByPlaceholder('Key', { exact: true });
  for (;;) {
    const values = await keys.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const index = values.findIndex((v) => v.startsWith('sendbird_'));
    if (index === -1) return;
    await editor.getByRole('button', { name: 'Remove' }).nth(index).click();
    await expect(keys).toHaveCount(values.length - 1);
  }
}

test('a draft never lands in a webhook that is not a Sendbird one', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  const editor = await openEditor(page);
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await sendbirdPanel(page).getByRole('textbox', { name: 'First name', exact: true }).fill('Ann');
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');

  await removeSendbirdRowsByHand(editor);
  await closeEditor(page, 'done');
  await chooseWebhook(page, 'Order system');
  const sawSendbirdPair = await watchForSendbirdPairs(page);
  await openEditor(page);

  const panel = sendbirdPanel(page);
  await panel.getByRole('switch', { name: 'Use a Sendbird template' }).click();
  // The draft is offered, not written: the marketer decides.
  await expect(panel.getByRole('button', { name: /^Restore the values you typed on / })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('');
  expect(await standInPairs(page)).toEqual([]);
  expect(await sawSendbirdPair()).toBe(false);
});

test('two editors under one URL never receive each other’s values; the draft is an offer in both', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/journeys/J-77');
  const goTo = (step: number) => page.getByRole('button', { name: `Go To Editor (Webhook step ${step})` });

  await goTo(1).click();
  await expect(editorWindow(page)).toBeVisible();
  await chooseTemplate(page, /^Password reset/);
  const panel = sendbirdPanel(page);
  await panel.getByRole('textbox', { name: 'Reset link', exact: true }).fill('https://example.com/step-1');
  await expect(panel.getByRole('status')).toHaveText('Campaign incomplete: 1 field is empty.');
  await expect.poll(async () => (await standInPairs(page)).some((p) => p.value === 'https://example.com/step-1')).toBe(true);
  await closeEditor(page, 'discard');

  const sawSendbirdPair = await watchForSendbirdPairs(page);
  await goTo(2).click();
  await expect(panel.getByRole('button', { name: /^Restore the values you typed on / })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('');
  expect(await standInPairs(page)).toEqual([]);
  expect(await sawSendbirdPair()).toBe(false);
  await closeEditor(page, 'discard');

  // Back in step 1, the marketer takes the offer: the values come back and are written.
  await goTo(1).click();
  await panel.getByRole('button', { name: /^Restore the values you typed on / }).click();
  await expect(panel.getByRole('textbox', { name: 'Reset link', exact: true })).toHaveValue('https://example.com/step-1');
  await expect.poll(async () => (await standInPairs(page)).find((p) => p.key === 'sendbird_var.reset_link')?.value).toBe('https://example.com/step-1');
});
