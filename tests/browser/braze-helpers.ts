/**
 * Steps a person takes in the sandbox's Braze stand-ins, by what each variant shows (README, "The
 * Braze stand-ins"). They lean on the stand-ins' own words, so they are for tests of the
 * stand-ins and for setting up a composer, never for finding what the extension must find; and,
 * at the end, steps in the Sendbird panel of one composer.
 */
import type { Locator, Page } from '@playwright/test';
import { BRAZE_VARIANT_HOSTS, BRAZE_WORKSPACE, type BrazeVariant } from '../../sandbox/braze/hosts';
import type { ComposerState, PlaceKind } from '../../sandbox/braze/model';
import { expect } from './fixtures';

export const BRAZE_VARIANTS = Object.keys(BRAZE_VARIANT_HOSTS) as BrazeVariant[];

export function brazeUrl(variant: BrazeVariant, kind: PlaceKind, id: string, query = ''): string {
  const host = `https://${BRAZE_VARIANT_HOSTS[variant]}`;
  const path = kind === 'template' ? `/engagement/templates_and_media/webhook_templates/${BRAZE_WORKSPACE}/${id}` : `/engagement/${kind === 'campaign' ? 'campaigns' : 'canvas'}/${id}/${BRAZE_WORKSPACE}`;
  return host + path + (query ? `?${query}` : '');
}

/** The composer a person works in: the page, or one step's or variant's region. */
export type Scope = Page | Locator;

/** C creates a campaign's or template's composer only when Edit message is clicked. */
export async function openComposer(page: Page, variant: BrazeVariant): Promise<void> {
  if (variant === 'c') await page.getByRole('button', { name: 'Edit message' }).click();
  await page.getByRole('textbox', { name: 'Webhook URL' }).first().waitFor();
}

function section(scope: Scope, variant: BrazeVariant, title: 'body' | 'headers'): Locator {
  const words = { a: { body: 'Request body', headers: 'Request headers' }, b: { body: 'Request Body', headers: 'Request Headers' }, c: { body: 'Request Body', headers: 'Request Headers' } }[variant][title];
  if (variant === 'a') return scope.getByRole('region', { name: words });
  if (variant === 'b') return scope.getByRole('group', { name: words });
  return scope.getByText(words, { exact: true }).locator('..');
}

export const bodySection = (scope: Scope, variant: BrazeVariant) => section(scope, variant, 'body');

/** A's headers are in its Settings tab; b and c show them in Compose. */
export async function headersSection(scope: Scope, variant: BrazeVariant): Promise<Locator> {
  if (variant === 'a') await scope.getByRole('tab', { name: 'Settings' }).click();
  return section(scope, variant, 'headers');
}

export async function showCompose(scope: Scope, variant: BrazeVariant): Promise<void> {
  await (variant === 'b' ? scope.getByRole('link', { name: 'Compose' }) : scope.getByRole('tab', { name: 'Compose' })).click();
}

/** Types a key/value pair into the section's last empty row, adding a row first when there is none. */
export async function addRow(rows: Locator, key: string, value: string): Promise<void> {
  const boxes = rows.getByRole('textbox');
  const count = await boxes.count();
  if (count === 0 || (await boxes.nth(count - 2).inputValue()) !== '') {
    await rows.getByRole('button', { name: /add/i }).click();
    await expect(boxes).toHaveCount(count + 2);
  }
  const last = (await boxes.count()) - 2;
  // Tab after typing: C's inputs keep what is typed until the change a blur makes.
  await boxes.nth(last).fill(key);
  await boxes.nth(last).press('Tab');
  await boxes.nth(last + 1).fill(value);
  await boxes.nth(last + 1).press('Tab');
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

/** The stand-in's own state of every composer on the page (main world; the extension never reads it). */
export function composers(page: Page): Promise<Record<string, ComposerState>> {
  return page.evaluate(() => (window as unknown as { __brazeStandIn: { composers: Record<string, ComposerState> } }).__brazeStandIn.composers);
}

export const pairsOf = (state: ComposerState | undefined) => (state?.pairs ?? []).filter((p) => p.key).map((p) => [p.key, p.value]);

/** A field of the Sendbird panel by its label: the Receiver offers choices, so it is a combobox. */
export function panelField(panel: Locator, name: string): Locator {
  return panel.getByRole('textbox', { name, exact: true }).or(panel.getByRole('combobox', { name, exact: true }));
}

/** Chooses a template in one Sendbird panel (a page may hold several, one per composer). */
export async function choosePanelTemplate(panel: Locator, name: string | RegExp): Promise<void> {
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await panel.getByRole('option', { name }).click();
}
