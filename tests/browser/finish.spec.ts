/** The finish a person expects: live preview, keyboard-only use, accessibility, Korean, dark mode. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import { expect, test } from './fixtures';
import { chooseTemplate, configureExtension, editorWindow, newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

async function openSendbirdEditor(page: Page, region = 'eu1') {
  await newWebhookCampaign(page, { region });
  return openEditor(page);
}

test('the preview follows what is typed, shows Liquid as a labelled placeholder, and renders HTML as text', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await openSendbirdEditor(page);
  const panel = sendbirdPanel(page);
  await chooseTemplate(page, /^Order shipped/);
  const preview = panel.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Order {order.id} ships with {carrier}.');
  await panel.getByRole('textbox', { name: 'Order number', exact: true }).pressSequentially('A-77');
  await expect(preview).toContainText('Order A-77 ships with {carrier}.');
  await panel.getByRole('textbox', { name: 'First name', exact: true }).fill('{{Profile.first_name | default: "there"}}');
  await expect(preview).toContainText('Your order is on its way, ‹first_name, personalized by CleverTap›');

  await chooseTemplate(page, /^Weekend promo banner/);
  await panel.getByRole('textbox', { name: 'discount_percent', exact: true }).fill('30');
  await expect(preview).toContainText('Hi {user.nickname}, 30% off this weekend');
  await expect(preview.getByRole('img', { name: /^Image: https:\/\/static\.sandbox\.example\/promo\// })).toBeVisible();
  await expect(preview.getByText('Shop now')).toBeVisible();

  await chooseTemplate(page, 'Flash sale');
  await panel.getByRole('textbox', { name: '<script>alert(1)</script>Product', exact: true }).fill('<u>Shoes</u>');
  await expect(preview).toContainText(`<script>document.title='owned'</script>Sale`);
  await expect(preview).toContainText('<b><u>Shoes</u></b> is <i onclick="alert(1)">on sale</i>');
  await expect(preview.locator('b, i, u, script, img:not([role])')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
});

test('the popup works with the keyboard alone', async ({ popup }) => {
  await expect(popup.getByLabel('App ID')).toBeVisible(); // the form renders once storage is read
  await popup.keyboard.press('Tab'); // Open settings in a tab
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('App ID')).toBeFocused();
  await popup.keyboard.type(SANDBOX_APP_ID);
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('API token', { exact: true })).toBeFocused();
  await popup.keyboard.type(SANDBOX_TOKEN);
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Show token' })).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(popup.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'text');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Advanced' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Save' })).toBeFocused();
  // Focus is visible: the focused control draws an outline.
  expect(await popup.getByRole('button', { name: 'Save' }).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toHaveText('Saved.');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Test connection' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toHaveText(/^Connected: \d+ templates$/);
});

test('the panel works with the keyboard alone, and Escape closes only its list', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  const editor = await openSendbirdEditor(page);
  const panel = sendbirdPanel(page);
  await expect(panel.getByRole('status')).toHaveText('Pick a Sendbird template.');
  await editor.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Refresh templates' })).toBeFocused();
  await page.keyboard.press('Tab');
  const combobox = panel.getByRole('combobox', { name: 'Sendbird template' });
  await expect(combobox).toBeFocused();
  await page.keyboard.type('cart');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(editorWindow(page)).toBeVisible();
  await page.keyboard.type('cart');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(combobox).toHaveValue('Abandoned cart reminder');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('textbox', { name: 'First name', exact: true })).toBeFocused();
  await page.keyboard.type('Ann');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Personalize First name' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('group', { name: 'Personalization for First name' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('textbox', { name: 'Profile property' })).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText('Campaign incomplete: 2 fields are empty.');
});

// One page per test: each checks one thing and needs a fraction of its timeout on a slow machine.
test.describe('accessibility', () => {
  test('axe finds no violations in the popup, with a field error shown', async ({ popup }) => {
    await popup.getByLabel('App ID').fill('not-an-id');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByRole('status')).toHaveText('Check the highlighted fields; nothing was sent.');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  });

  test('axe finds no violations in the options page once set up', async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.getByRole('button', { name: 'Copy single URL' })).toBeVisible();
    expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
  });

  test('axe finds no violations in the panel, its open list and its personalization picker', async ({ context, extensionId }) => {
    await configureExtension(context, extensionId);
    const page = await context.newPage();
    await openSendbirdEditor(page);
    await chooseTemplate(page, /^Order shipped/);
    await sendbirdPanel(page).getByRole('combobox', { name: 'Sendbird template' }).click();
    const panelOnly = () => new AxeBuilder({ page }).include('sendbird-template-panel').analyze();
    const results = await panelOnly();
    expect(results.violations).toEqual([]);
    // The panel was really inspected, shadow tree included: its combobox and options were checked.
    const checked = results.passes.flatMap((rule) => rule.nodes.map((node) => JSON.stringify(node.target)));
    expect(checked.some((target) => target.includes('sendbird-template-panel') && target.includes('combobox'))).toBe(true);
    await page.keyboard.press('Escape');
    await sendbirdPanel(page).getByRole('button', { name: 'Personalize Carrier' }).click();
    expect((await panelOnly()).violations).toEqual([]);
  });
});

test.describe('in Korean', () => {
  test.use({ lang: 'ko' });

  test('the popup and the panel speak Korean', async ({ context, popup }) => {
    await expect(popup.getByRole('button', { name: '저장' })).toBeVisible();
    await expect(popup.getByRole('button', { name: '연결 테스트' })).toBeVisible();
    await configureKorean(popup);

    const page = await context.newPage();
    await openSendbirdEditor(page, 'in1');
    const panel = sendbirdPanel(page);
    await expect(panel.getByRole('status')).toHaveText('Sendbird 템플릿을 고르세요.');
    await panel.getByRole('combobox', { name: 'Sendbird 템플릿' }).click();
    await panel.getByRole('option', { name: /^Password reset/ }).click();
    await expect(panel.getByRole('status')).toHaveText('캠페인 미완성: 빈 필드가 2개 있습니다.');
    await expect(panel.getByRole('button', { name: '템플릿 새로고침' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: '수신자', exact: true })).toHaveValue('SendbirdID');
  });
});

async function configureKorean(popup: Page) {
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API 토큰', { exact: true }).fill(SANDBOX_TOKEN);
  await popup.getByRole('button', { name: '저장' }).click();
  await expect(popup.getByRole('status')).toHaveText('저장했습니다.');
}

test('in dark mode, the popup and the panel follow the system colour scheme', async ({ context, extensionId, popup }) => {
  const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await background(popup, 'body')).toBe('rgb(23, 23, 31)');
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSendbirdEditor(page);
  await expect(sendbirdPanel(page)).toBeVisible();
  expect(await sendbirdPanel(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 27, 43)');
  // Text stays readable against its own dark card, whatever CleverTap's page colour is.
  expect(await sendbirdPanel(page).evaluate((el) => getComputedStyle(el).color)).toBe('rgb(236, 236, 243)');
});
