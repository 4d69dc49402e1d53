/**
 * Launches the system Chromium with the built extension loaded and the sandbox answering at
 * Sendbird's and CleverTap's real host names. Shared by the browser tests, the demo and the bench.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from './constants';
import type { Sandbox } from './server';
import { ensureChromium } from '../scripts/find-chromium.mjs';

export const DIST = resolve(import.meta.dirname, '..', 'dist');

/** The built file of one source module (e.g. the panel's chunk), from dist/.vite/manifest.json. */
export function builtFile(source: string): string {
  const graph = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const file = graph[source]?.file;
  if (!file) throw new Error(`${source} is not in the build`);
  return file;
}

/**
 * The flags every Chromium here starts with: no sandbox (root), no GPU, and none of the background
 * traffic to Google's hosts that this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  userDataDir?: string;
  lang?: string;
  headless?: boolean;
  /** Load the extension (default) or run the same browser without it, for comparisons. */
  withExtension?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Load the extension from another folder than dist/ (a copy: another path is another extension id). */
  extensionDir?: string;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (absent without the extension). */
  worker: Worker | null;
  extensionId: string | null;
  userDataDir: string;
}

export async function launchWithExtension(sandbox: Sandbox, options: LaunchOptions = {}): Promise<Launched> {
  // Installs Debian's Chromium when none is there and this machine allows it; else says how.
  const executablePath = ensureChromium();
  const withExtension = options.withExtension ?? true;
  const headless = options.headless ?? true;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sb-ct-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    // Light, as most dashboards are; a test of dark mode emulates it per page.
    colorScheme: 'light',
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_ARGS,
      // Chrome holds back an extension's requests after a streak of 5xx answers; tests that check
      // recovery right after a fault need it off (the product's own handling is unit-tested).
      '--disable-extensions-http-throttling',
      ...(withExtension ? [`--disable-extensions-except=${options.extensionDir ?? DIST}`, `--load-extension=${options.extensionDir ?? DIST}`] : ['--disable-extensions']),
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...sandbox.chromiumArgs,
    ],
  });
  if (!withExtension) return { context, worker: null, extensionId: null, userDataDir };
  let [worker] = context.serviceWorkers();
  // A slow machine may take a while to start the worker; the default action timeout is not for this.
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 60_000 });
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir };
}

/**
 * Enters the sandbox's App ID and API token in the popup and saves them, as an admin would; with
 * `testConnection`, also runs Test connection (which fills the template cache). Returns the popup.
 */
export async function setUpExtension(context: BrowserContext, extensionId: string, { testConnection = false } = {}): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.getByLabel('App ID').fill(SANDBOX_APP_ID);
  await popup.getByLabel('API token', { exact: true }).fill(SANDBOX_TOKEN);
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.getByRole('status').filter({ hasText: /^Saved\.$/ }).waitFor();
  if (testConnection) {
    await popup.getByRole('button', { name: 'Test connection' }).click();
    await popup.getByRole('status').filter({ hasText: /^Connected/ }).waitFor();
  }
  return popup;
}
