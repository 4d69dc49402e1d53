/**
 * Steps a person takes in the sandbox's Braze stand-ins, for the browser tests: those the demo and
 * the bench take too are in sandbox/braze/steps.ts (re-exported here); the rest need Playwright's
 * expect or read the stand-in's own state. They lean on the stand-ins' own words, so they are for
 * tests of the stand-ins and for setting up a composer, never for finding what the extension must find.
 */
import type { Locator, Page } from '@playwright/test';
import { BRAZE_VARIANT_HOSTS, type BrazeVariant } from '../../sandbox/braze/hosts';
import type { ComposerState } from '../../sandbox/braze/model';
import type { Scope } from '../../sandbox/braze/steps';
import { expect } from './fixtures';

export { brazeUrl, choosePanelTemplate, openComposer, panelField, sendTest, showCompose, type Scope } from '../../sandbox/braze/steps';

export const BRAZE_VARIANTS = Object.keys(BRAZE_VARIANT_HOSTS) as BrazeVariant[];

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

/** The stand-in's own state of every composer on the page (main world; the extension never reads it). */
export function composers(page: Page): Promise<Record<string, ComposerState>> {
  return page.evaluate(() => (window as unknown as { __brazeStandIn: { composers: Record<string, ComposerState> } }).__brazeStandIn.composers);
}

export const pairsOf = (state: ComposerState | undefined) => (state?.pairs ?? []).filter((p) => p.key).map((p) => [p.key, p.value]);
