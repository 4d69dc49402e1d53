/**
 * The dashboard pages the bench measures the extension's standing cost on (DOM churn, idle and
 * after a click; heap), each opened the same way with and without the extension. Per dashboard a
 * page with no editor, where the bootstrap alone runs; CleverTap's webhook campaign, where the panel
 * is loaded ahead but not shown; and Braze's composer page, where the panel is mounted (Braze has no
 * sign that a composer is next, so its panel loads when one shows).
 */
import type { Locator, Page } from 'playwright-core';
import { brazeCampaignsUrl, brazeUrl, openComposer } from '../sandbox/braze/steps';
import { builtFile } from '../sandbox/browser';

export interface CostPage {
  /** The row's words, e.g. "CleverTap" or "Braze, composer with the panel". */
  label: string;
  url: string;
  /**
   * Waits until the page shows what it is measured in (with the extension: what the extension
   * brings to it too) and returns what a person's click lands on.
   */
  settle: (page: Page, withExtension: boolean) => Promise<Locator>;
}

/** The page's own heading, once shown: where "after a click" clicks, as a person clicking on the page. */
async function heading(page: Page, name: string): Promise<Locator> {
  const found = page.getByRole('heading', { name, exact: true });
  await found.waitFor();
  return found;
}

/** The Sendbird panel shown with its template list loaded (Refresh templates is enabled again then). */
async function panelLoaded(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Sendbird' });
  await panel.getByRole('combobox', { name: 'Sendbird template' }).waitFor();
  await panel.getByRole('button', { name: 'Refresh templates', disabled: false }).waitFor();
}

const CLEVERTAP_CAMPAIGNS = 'https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns';
const BRAZE_VARIANT = 'a';

/** CleverTap's campaigns list: no campaign shown, so nothing is preloaded. */
export const clevertapList: CostPage = { label: 'CleverTap', url: CLEVERTAP_CAMPAIGNS, settle: (page) => heading(page, 'Campaigns') };

/** CleverTap's channel list after + Campaign, the Sendbird tile shown (the heap's page: the tile is the extension's only addition). */
export const clevertapChannels: CostPage = {
  label: 'CleverTap',
  url: CLEVERTAP_CAMPAIGNS,
  async settle(page, withExtension) {
    await page.getByRole('button', { name: '+ Campaign' }).click();
    await page.getByText('Messaging Channels').waitFor();
    if (withExtension) await page.getByRole('button', { name: 'Sendbird', exact: true }).waitFor();
    return heading(page, 'Campaigns');
  },
};

/** From CleverTap's campaigns list to a new webhook campaign's What section, the Sendbird webhook chosen. */
async function newSendbirdWebhookCampaign(page: Page): Promise<void> {
    await page.getByRole('button', { name: '+ Campaign' }).click();
    await page.getByRole('button', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('combobox', { name: 'Webhook', exact: true }).selectOption({ label: 'Sendbird single' });
}

/**
 * A new webhook campaign's What section, Go To Editor shown and not clicked: the page where the
 * panel is loaded ahead (and warms itself), so its rows are preloading's standing cost. With the
 * extension it is measured once the panel's chunk has loaded and the page has been idle twice after
 * that. The warm-up (a template list asked of the background, then one render at idle time) leaves
 * nothing the page can see, so this is not a proof that it is done: a later warm-up lands in the
 * measured churn (counted against the extension), but the heap can then be read before its render.
 */
export const clevertapCampaign: CostPage = {
  label: 'CleverTap, webhook campaign, panel loaded ahead',
  url: CLEVERTAP_CAMPAIGNS,
  async settle(page, withExtension) {
    const chunk = `/${builtFile('src/content/panel/attach.tsx')}`;
    const loaded = withExtension ? page.waitForEvent('requestfinished', (request) => request.url().endsWith(chunk)) : null;
    loaded?.catch(() => undefined); // awaited below; a step failing before must not leave it unhandled
    await newSendbirdWebhookCampaign(page);
    await page.getByRole('button', { name: 'Go To Editor' }).waitFor();
    if (loaded) {
      await loaded;
      for (let idle = 0; idle < 2; idle++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    }
    return heading(page, 'What');
  },
};

/** CleverTap's Create Webhook Content window opened on a new webhook campaign; with the extension, its panel mounted and its list loaded. */
export const clevertapEditor: CostPage = {
  label: 'CleverTap, editor with the panel',
  url: CLEVERTAP_CAMPAIGNS,
  async settle(page, withExtension) {
    await newSendbirdWebhookCampaign(page);
    await page.getByRole('button', { name: 'Go To Editor' }).click();
    const firstKey = page.getByPlaceholder('Key', { exact: true }).first();
    await firstKey.waitFor();
    if (withExtension) await panelLoaded(page);
    return firstKey; // the window covers the page's heading
  },
};

/** Braze's campaigns list: no composer, so only the bootstrap runs. */
export const brazeList: CostPage = { label: 'Braze, no composer', url: brazeCampaignsUrl(BRAZE_VARIANT), settle: (page) => heading(page, 'Campaigns') };

/** A Sendbird campaign's webhook composer; with the extension, its panel mounted and its template list usable. */
export const brazeComposer: CostPage = {
  label: 'Braze, composer with the panel',
  url: brazeUrl(BRAZE_VARIANT, 'campaign', 'sendbird-welcome'),
  async settle(page, withExtension) {
    await openComposer(page, BRAZE_VARIANT);
    if (withExtension) await panelLoaded(page);
    return heading(page, 'Welcome (Sendbird)');
  },
};
