/**
 * Playwright fixtures: the built extension loaded into the system Chromium, with the sandbox
 * answering at Sendbird's and CleverTap's real host names.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

export interface LaunchOptions {
  userDataDir?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(sandbox: Sandbox, options: LaunchOptions = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/find-chromium.mjs` for how to get one.');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sb-ct-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chrome holds back an extension's requests after a streak of 5xx answers; tests that check
      // recovery right after a fault need it off (the product's own handling is unit-tested).
      '--disable-extensions-http-throttling',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...sandbox.chromiumArgs,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir };
}

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
    const launched = await launchWithExtension(sandbox, { lang, colorScheme: scheme });
    await use(launched.context);
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
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
