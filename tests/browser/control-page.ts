/**
 * One page of the extension's own, kept open in each browser, through which the tests ask the
 * background what an extension page may ask (save, forget). Opening the popup for each such
 * message cost a second per test; a plain-text page of the extension (its bundled privacy notice)
 * has the same `chrome.runtime` and renders nothing that reacts to storage.
 */
import type { BrowserContext, Page } from '@playwright/test';

const controlPages = new WeakMap<BrowserContext, Page>();

export async function extensionControlPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const known = controlPages.get(context);
  if (known && !known.isClosed()) return known;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/privacy.txt`);
  controlPages.set(context, page);
  return page;
}
