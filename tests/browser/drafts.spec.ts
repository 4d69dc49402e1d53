/**
 * A saved draft goes back only into the editor it was typed in, in its own tab: never into a webhook
 * that is not a Sendbird one, never from one editor into another under the same URL, never from one
 * tab into another. Anywhere else it is an offer. Saving the window drops it.
 */
import type { Page } from '@playwright/test';
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

/** In the open editor: the Welcome template, its First name filled with `firstName`, written to the rows. */
async function welcomeWith(page: Page, firstName: string): Promise<void> {
  await chooseTemplate(page, /^Welcome.*welcome_series_1/);
  await sendbirdPanel(page).getByRole('textbox', { name: 'First name', exact: true }).fill(firstName);
  await expect(sendbirdPanel(page).getByRole('status')).toHaveText('Saved to webhook');
}

test('a draft never lands in a webhook that is not a Sendbird one', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  await openEditor(page);
  await welcomeWith(page, 'Ann');

  // CleverTap's × throws the rows away; the draft is the only copy left. Then another webhook is chosen.
  await closeEditor(page, 'discard');
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

/** Watches one journey step's rows (by step id) in the page's world; true once any value in `forbidden` showed there. */
async function watchStep(page: Page, stepId: string, forbidden: string[]): Promise<() => Promise<boolean>> {
  await page.evaluate(
    ({ stepId, forbidden }) => {
      const w = window as unknown as { __sawForbidden: boolean; __ctStandIn: { editors: Record<string, { rows: Array<{ key: string; value: string }> }> } };
      w.__sawForbidden = false;
      w.__ctStandIn.editors = new Proxy(w.__ctStandIn.editors, {
        set(target, id, state) {
          if (id === stepId && state.rows.some((r: { value: string }) => forbidden.includes(r.value))) w.__sawForbidden = true;
          return Reflect.set(target, id, state);
        },
      });
    },
    { stepId, forbidden },
  );
  return () => page.evaluate(() => (window as unknown as { __sawForbidden: boolean }).__sawForbidden);
}

const stepPairs = (page: Page, stepId: string) =>
  page.evaluate((id) => {
    const editor = (window as unknown as { __ctStandIn: { editors: Record<string, { rows: Array<{ key: string; value: string }> }> } }).__ctStandIn.editors[id];
    return (editor?.rows ?? []).filter((r) => r.key !== '').map(({ key, value }) => ({ key, value }));
  }, stepId);

test('journey steps opened one after the other, a Sendbird webhook shown: step 2 never receives step 1’s values, step 1 gets them back', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/journeys/J-78?webhook=sendbird');
  const goTo = (step: number) => page.getByRole('button', { name: `Go To Editor (Webhook step ${step})` });
  const panel = sendbirdPanel(page);

  await goTo(1).click();
  await chooseTemplate(page, /^Password reset/);
  await panel.getByRole('textbox', { name: 'Reset link', exact: true }).fill('https://example.com/step-1');
  await expect.poll(async () => (await stepPairs(page, 'J-78-1')).some((p) => p.value === 'https://example.com/step-1')).toBe(true);
  await closeEditor(page, 'discard');

  const sawStepOne = await watchStep(page, 'J-78-2', ['https://example.com/step-1', 'password_reset']);
  await goTo(2).click();
  // Another editor under the same URL: offered, never written.
  await expect(panel.getByRole('button', { name: /^Restore the values you typed on / })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Sendbird template' })).toHaveValue('');
  expect(await stepPairs(page, 'J-78-2')).toEqual([]);
  await closeEditor(page, 'discard');
  expect(await sawStepOne()).toBe(false);

  // Step 1 again: its own draft comes back on its own (the × net it exists for).
  await goTo(1).click();
  await expect(panel.getByRole('textbox', { name: 'Reset link', exact: true })).toHaveValue('https://example.com/step-1');
  await expect.poll(async () => (await stepPairs(page, 'J-78-1')).find((p) => p.key === 'sendbird_var.reset_link')?.value).toBe('https://example.com/step-1');
});

test('journey steps open side by side keep their own values, and × in one brings back only its own', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ACC-1/journeys/J-79?webhook=sendbird&steps=together');
  const goTo = (step: number) => page.getByRole('button', { name: `Go To Editor (Webhook step ${step})` });
  const windows = page.getByRole('dialog', { name: 'Create Webhook Content' });
  const panelIn = (step: number) => windows.nth(step - 1).getByRole('region', { name: 'Sendbird' });
  const choose = async (step: number, name: RegExp) => {
    await panelIn(step).getByRole('combobox', { name: 'Sendbird template' }).click();
    await panelIn(step).getByRole('option', { name }).click();
  };

  // Two clicks a few ms apart: on a busy machine the second comes before the bootstrap's scan after
  // the first, and each window must still keep its own opener (or step 1 reopened is not itself).
  await goTo(1).click();
  await goTo(2).click();
  await expect(windows).toHaveCount(2);
  const sawStepOneInTwo = await watchStep(page, 'J-79-2', ['https://example.com/step-1']);
  await choose(1, /^Password reset/);
  await panelIn(1).getByRole('textbox', { name: 'Reset link', exact: true }).fill('https://example.com/step-1');
  await choose(2, /^Welcome.*welcome_series_1/);
  await panelIn(2).getByRole('textbox', { name: 'First name', exact: true }).fill('Step two');
  await expect(panelIn(2).getByRole('status')).toHaveText('Saved to webhook');
  await expect.poll(async () => (await stepPairs(page, 'J-79-1')).some((p) => p.value === 'https://example.com/step-1')).toBe(true);

  await windows.nth(0).getByRole('button', { name: 'Close' }).click();
  await expect(windows).toHaveCount(1);
  await goTo(1).click();
  await expect(windows).toHaveCount(2);
  // Opened again, step 1 is the second window now.
  const stepOne = windows.nth(1).getByRole('region', { name: 'Sendbird' });
  await expect(stepOne.getByRole('textbox', { name: 'Reset link', exact: true })).toHaveValue('https://example.com/step-1');
  await expect.poll(async () => (await stepPairs(page, 'J-79-1')).find((p) => p.key === 'sendbird_var.reset_link')?.value).toBe('https://example.com/step-1');
  expect((await stepPairs(page, 'J-79-2')).find((p) => p.key === 'sendbird_template')?.value).toBe('welcome_series_1');
  expect(await sawStepOneInTwo()).toBe(false);
});

test('two tabs on one campaign keep their own drafts: × in the first brings back the first’s values', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const first = await context.newPage();
  await newWebhookCampaign(first, { region: 'eu1' });
  const second = await context.newPage();
  await second.goto(first.url());

  for (const [page, value] of [[first, 'First tab'], [second, 'Second tab']] as const) {
    await openEditor(page);
    await welcomeWith(page, value);
  }

  await first.bringToFront();
  await closeEditor(first, 'discard');
  await openEditor(first);
  await expect(sendbirdPanel(first).getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('First tab');
  await expect.poll(async () => (await standInPairs(first)).find((p) => p.key === 'sendbird_var.first_name')?.value).toBe('First tab');
});

test('saving the window (Done) drops its draft', async ({ context, extensionId, worker }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  await openEditor(page);
  await welcomeWith(page, 'Ann');
  const drafts = () => worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('draft:')));
  await expect.poll(drafts).toHaveLength(1);
  await closeEditor(page, 'done');
  await expect.poll(drafts).toEqual([]);
});

test('a template chosen while a saved campaign’s window is still settling keeps the shared values it saved', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page, { region: 'eu1' });
  await openEditor(page);
  await welcomeWith(page, 'Ann');
  await closeEditor(page, 'done');

  // The saved campaign again, in a window whose rows come only when the test says so.
  await page.goto(page.url() + '?ct-hold=rows');
  await openEditor(page);
  await chooseTemplate(page, /^Order shipped/);
  await page.evaluate(() => (window as unknown as { __ctStandIn: { releaseRows: () => void } }).__ctStandIn.releaseRows());
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('Ann');
  await expect.poll(async () => (await standInPairs(page)).find((p) => p.key === 'sendbird_template')?.value).toBe('order_shipped');
  expect((await standInPairs(page)).find((p) => p.key === 'sendbird_var.first_name')?.value).toBe('Ann');
});
