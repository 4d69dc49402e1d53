/**
 * Steps a person takes in the Braze stand-ins, by what each variant shows (README, "The Braze
 * stand-ins"), shared by the browser tests (tests/browser/braze-helpers.ts), the demo and the bench.
 * They lean on the stand-ins' own words, so they set up a composer and drive the Sendbird panel in
 * it; they are never how the extension finds anything.
 */
import type { Locator, Page } from 'playwright-core';
import { BRAZE_VARIANT_HOSTS, BRAZE_WORKSPACE, type BrazeVariant } from './hosts';
import type { PlaceKind } from './model';
import { paths } from './paths';

/** A place (a campaign, a Canvas, a template) on the variant's host. */
export function brazeUrl(variant: BrazeVariant, kind: PlaceKind, id: string, query = ''): string {
  return `https://${BRAZE_VARIANT_HOSTS[variant]}${paths.place(kind, id, BRAZE_WORKSPACE)}${query ? `?${query}` : ''}`;
}

/** The variant's campaigns list: a Braze page with no composer on it. */
export const brazeCampaignsUrl = (variant: BrazeVariant): string => `https://${BRAZE_VARIANT_HOSTS[variant]}${paths.campaigns(BRAZE_WORKSPACE)}`;

/** The composer a person works in: the page, or one step's or variant's region. */
export type Scope = Page | Locator;

/** C creates a campaign's or template's composer only when Edit message is clicked. */
export async function openComposer(page: Page, variant: BrazeVariant): Promise<void> {
  if (variant === 'c') await page.getByRole('button', { name: 'Edit message' }).click();
  await page.getByRole('textbox', { name: 'Webhook URL' }).first().waitFor();
}

export async function showCompose(scope: Scope, variant: BrazeVariant): Promise<void> {
  await (variant === 'b' ? scope.getByRole('link', { name: 'Compose' }) : scope.getByRole('tab', { name: 'Compose' })).click();
}

const USER_LABEL: Record<BrazeVariant, string> = { a: 'Test as', b: 'Preview as user', c: 'Send as' };

/** Test tab → this user → Send Test; returns the status line once it says something. */
export async function sendTest(scope: Scope, variant: BrazeVariant, userId: string): Promise<Locator> {
  await (variant === 'b' ? scope.getByRole('link', { name: 'Test' }) : scope.getByRole('tab', { name: 'Test' })).click();
  await scope.getByLabel(USER_LABEL[variant]).selectOption(userId);
  await scope.getByRole('button', { name: 'Send Test' }).click();
  const status = scope.getByRole('status').filter({ hasText: /\d{3}|Could not/ });
  await status.waitFor();
  return status;
}

/** A field of the Sendbird panel by its label: the Receiver offers choices, so it is a combobox. */
export function panelField(panel: Locator, name: string): Locator {
  return panel.getByRole('textbox', { name, exact: true }).or(panel.getByRole('combobox', { name, exact: true }));
}

/** Chooses a template in one Sendbird panel (a page may hold several, one per composer). */
export async function choosePanelTemplate(panel: Locator, name: string | RegExp): Promise<void> {
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await panel.getByRole('option', { name }).click();
}
