/**
 * `npm run demo`: builds the extension, starts the sandbox (Sendbird and CleverTap stand-ins at their
 * real host names), and opens Chromium with the extension loaded and set up, on the sandbox's
 * CleverTap campaigns page. Without a display it runs headless, walks the marketer's flow itself and
 * writes screenshots to the folder it names. Ctrl-C stops it; nothing is left running.
 *
 *   npm run demo                      # a window when there is a display, else headless
 *   npm run demo -- --headless        # always headless
 *   npm run demo -- --out docs/screenshots
 *   npm run demo -- --no-build        # use the dist/ that is there (the tests do)
 *   npm run demo -- --relay           # CleverTap → the relay (relay/) → Sendbird's send API stand-in
 *   npm run demo -- --store docs/store  # also the Chrome Web Store's 1280×800 screenshots and 440×280 tile
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { SANDBOX_RELAY_HOST } from '../sandbox/constants';
import type { Page } from 'playwright-core';
import { launchWithExtension, setUpExtension, type Launched } from '../sandbox/browser';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { ensureChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'demo-output');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const storeIndex = args.indexOf('--store');
const storeDir = storeIndex >= 0 && args[storeIndex + 1] ? resolve(args[storeIndex + 1]!) : null;
const headless = args.includes('--headless') || !hasDisplay || process.env.CI === 'true' || storeDir !== null;
const viaRelay = args.includes('--relay');
// Accounts named *RELAY* send their Sendbird webhook through the sandbox's relay.
const CAMPAIGNS = `https://eu1.dashboard.clevertap.com/${viaRelay ? 'SBX-RELAY-ONE-1' : 'SBX-ONE-1'}/campaigns`;

let sandbox: Sandbox | null = null;
let launched: Launched | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await launched?.context.close().catch(() => undefined);
    if (launched) rmSync(launched.userDataDir, { recursive: true, force: true });
    await sandbox?.close().catch(() => undefined);
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log('\ndemo: stopping (browser and sandbox closed)');
    void stop(0);
  });
}

function step(text: string) {
  console.log(`demo: ${text}`);
}

async function walkTheFlow(page: Page, popup: Page) {
  const shot = async (target: Page | ReturnType<Page['locator']>, name: string, storeName?: string) => {
    await target.screenshot({ path: resolve(outDir, name) });
    step(`  wrote ${resolve(outDir, name)}`);
    // The page views double as the Chrome Web Store's screenshots (the headless page is 1280×800).
    if (storeDir && storeName) {
      mkdirSync(storeDir, { recursive: true });
      await target.screenshot({ path: resolve(storeDir, storeName) });
      step(`  wrote ${resolve(storeDir, storeName)}`);
    }
  };
  await shot(popup, 'popup.png');

  await page.goto(CAMPAIGNS);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  const tile = page.getByRole('button', { name: 'Sendbird', exact: true });
  await tile.waitFor();
  await shot(page, 'channel-tile.png', 'screenshot-1-channel-tile.png');

  await tile.click();
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const panel = page.getByRole('region', { name: 'Sendbird' });
  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await panel.getByRole('option', { name: /^Order shipped/ }).click();
  const field = (name: string) => panel.getByRole('textbox', { name, exact: true });
  await field('First name').fill('{{Profile.first_name | default: "there"}}');
  await field('Order number').fill('A-1001');
  await field('Carrier').fill('DHL Express');
  await field('Tracking link').fill('https://track.example/A-1001');
  await field('Event name').fill('Order shipped');
  await panel.getByRole('status').filter({ hasText: 'Saved to webhook' }).waitFor();
  await shot(page, 'editor-with-panel.png', 'screenshot-2-panel.png');

  const editor = page.locator('[role="dialog"], dialog').filter({ hasText: 'Create Webhook Content' });
  await editor.getByRole('button', { name: 'Preview and Test' }).click();
  await editor.getByText(/^Test sent/).waitFor();
  if (viaRelay && sandbox?.sendbird.sends.sent.length === 0) throw new Error('the relay sent nothing to Sendbird');
  await editor.locator('pre').scrollIntoViewIfNeeded();
  await shot(editor.locator('pre'), 'payload-preview.png');
}

/** The store's promotional tile, 440×280 (its 1280×800 screenshots come from walkTheFlow). */
async function storeTile(page: Page) {
  if (!storeDir) return;
  const icon = readFileSync(resolve('public/icons/icon-128.png')).toString('base64');
  mkdirSync(storeDir, { recursive: true });
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 32px;box-sizing:border-box;background:#6210cc;color:#fff;font:600 26px system-ui,sans-serif">
    <img src="data:image/png;base64,${icon}" width="96" height="96" alt=""><div>Sendbird templates<br><span style="font-weight:400;font-size:20px">in CleverTap's webhook editor</span></div></body>`);
  await page.screenshot({ path: resolve(storeDir, 'promo-tile-440x280.png') });
  step(`  wrote ${resolve(storeDir, 'promo-tile-440x280.png')}`);
}

async function main() {
  // Before the build, so that a machine without a browser learns it (or gets one) first.
  ensureChromium({ log: step });
  if (!args.includes('--no-build')) {
    step('building the extension');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) return stop(build.status ?? 1);
  }

  sandbox = await startSandbox();
  step(`sandbox on 127.0.0.1:${sandbox.port} for *.dashboard.clevertap.com and *.notifications.sendbird.com`);
  launched = await launchWithExtension(sandbox, { headless, viewport: headless ? { width: 1280, height: 800 } : null });
  const { context, extensionId } = launched;
  if (!extensionId) throw new Error('the extension did not load');

  step('setting up the extension with the sandbox App ID and API token');
  const popup = await setUpExtension(context, extensionId, { testConnection: true });
  await popup.setViewportSize({ width: 420, height: 760 });
  if (viaRelay) {
    step(`Destination: Your relay, https://${SANDBOX_RELAY_HOST}; what reaches Sendbird's send API is printed below`);
    await popup.getByRole('radio', { name: 'Your relay' }).check();
    await popup.getByRole('textbox', { name: 'Relay base URL' }).fill(`https://${SANDBOX_RELAY_HOST}`);
    await popup.getByRole('button', { name: 'Use this relay' }).click();
    await popup.getByRole('status').filter({ hasText: 'Destination saved.' }).waitFor();
    sandbox.sendbird.sends.onSent = (sent) => step(`Sendbird's send API received: ${JSON.stringify(sent)}`);
  }

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    step(`no display: walking the marketer's flow headless, screenshots in ${outDir}`);
    await walkTheFlow(await context.newPage(), popup);
    await storeTile(await context.newPage());
    step('done');
    return stop(0);
  }

  await popup.close();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(CAMPAIGNS);
  step(`ready: ${CAMPAIGNS}`);
  step('click + Campaign, then the Sendbird tile, then Go To Editor. Ctrl-C (or closing the browser) stops the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  return stop(0);
}

main().catch((error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  void stop(1);
});
