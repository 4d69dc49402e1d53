/**
 * Playwright fixtures: the built extension loaded into the system Chromium, with the sandbox
 * answering at Sendbird's and CleverTap's real host names.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../../sandbox/browser';
import { startSandbox, type Sandbox } from '../../sandbox/server';

interface Fixtures {
  /** Browser UI language (`--lang`), e.g. 'ko'. */
  lang: string | undefined;
  /** prefers-color-scheme of every page. */
  scheme: 'light' | 'dark';
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  popup: Page;
}

export const test = base.extend<Fixtures, { sandbox: Sandbox }>({
  sandbox: [
    async ({}, use) => {
      const sandbox = await startSandbox();
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  lang: [undefined, { option: true }],
  scheme: ['light', { option: true }],
  context: async ({ sandbox, lang, scheme }, use) => {
    sandbox.sendbird.reset();
    sandbox.clevertap.reset();
    sandbox.relay.reset();
    const launched = await launchWithExtension(sandbox, { lang, colorScheme: scheme });
    await use(launched.context as unknown as BrowserContext);
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 60_000 });
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  popup: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await use(page);
  },
});

export { expect };
