/**
 * `npm run demo`: builds the extension, starts the sandbox (stand-ins for Sendbird, CleverTap and
 * Braze at their real host names), and opens Chromium with the extension loaded and set up, a tab
 * per chosen dashboard: CleverTap's campaigns page, and a Braze Sendbird campaign's webhook composer.
 * Without a display it runs headless, walks each chosen dashboard's marketer flow itself (the Braze
 * one ends with the Test tab's Send Test, checked as decoded by Sendbird's stand-in) and writes
 * screenshots to the folder it names. Ctrl-C stops it; nothing is left running.
 *
 *   npm run demo                      # both dashboards; a window when there is a display, else headless
 *   npm run demo -- --dashboard braze # or clevertap, or both (the default)
 *   npm run demo -- --headless        # always headless
 *   npm run demo -- --out docs/screenshots
 *   npm run demo -- --no-build        # use the dist/ that is there (the tests do)
 *   npm run demo -- --relay           # CleverTap and Braze → the relay (relay/) → Sendbird's send API stand-in
 *   npm run demo -- --store docs/store  # also the Chrome Web Store's 1280×800 screenshots (CleverTap's) and 440×280 tile
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { SANDBOX_RELAY_HOST } from '../sandbox/constants';
import type { Page } from 'playwright-core';
import { launchWithExtension, setUpExtension, type Launched } from '../sandbox/browser';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { brazeWalk } from './demo/braze';
import { clevertapWalk } from './demo/clevertap';
import type { DemoWalk, Shot } from './demo/walk';
import { ensureChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
};
const outDir = resolve(valueOf('--out') ?? 'demo-output');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const storeValue = valueOf('--store');
const storeDir = storeValue ? resolve(storeValue) : null;
const headless = args.includes('--headless') || !hasDisplay || process.env.CI === 'true' || storeDir !== null;
const viaRelay = args.includes('--relay');
const WALKS: Record<string, DemoWalk[]> = { clevertap: [clevertapWalk], braze: [brazeWalk], both: [clevertapWalk, brazeWalk] };
const dashboardChoice = valueOf('--dashboard') ?? 'both';

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

const shot: Shot = async (target, name, storeName) => {
  await target.screenshot({ path: resolve(outDir, name) });
  step(`  wrote ${resolve(outDir, name)}`);
  // The page views double as the Chrome Web Store's screenshots (the headless page is 1280×800).
  if (storeDir && storeName) {
    mkdirSync(storeDir, { recursive: true });
    await target.screenshot({ path: resolve(storeDir, storeName) });
    step(`  wrote ${resolve(storeDir, storeName)}`);
  }
};

/** The store's promotional tile, 440×280 (its 1280×800 screenshots come from CleverTap's walk). */
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
  const walks = WALKS[dashboardChoice];
  if (!walks) {
    console.error(`demo: --dashboard takes clevertap, braze or both, not "${dashboardChoice}"`);
    return stop(2);
  }
  // Before the build, so that a machine without a browser learns it (or gets one) first.
  ensureChromium({ log: step });
  if (!args.includes('--no-build')) {
    step('building the extension');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) return stop(build.status ?? 1);
  }

  sandbox = await startSandbox();
  step(`sandbox on 127.0.0.1:${sandbox.port} for *.dashboard.clevertap.com, Braze's dashboard hosts and *.notifications.sendbird.com`);
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
    step(`no display: walking the marketer's flow headless in ${walks.map((w) => w.name).join(' and ')}, screenshots in ${outDir}`);
    await shot(popup, 'popup.png');
    for (const walk of walks) {
      step(`${walk.name}: ${walk.startUrl(viaRelay)}`);
      const page = await context.newPage();
      await walk.walk(page, { sandbox, viaRelay, shot, step });
      await page.close();
    }
    if (walks.includes(clevertapWalk)) await storeTile(await context.newPage());
    step('done');
    return stop(0);
  }

  await popup.close();
  for (const [index, walk] of walks.entries()) {
    const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(walk.startUrl(viaRelay));
    step(`ready in ${walk.name}: ${walk.startUrl(viaRelay)}: ${walk.hint}`);
  }
  step('Ctrl-C (or closing the browser) stops the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  return stop(0);
}

main().catch((error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  void stop(1);
});
