/**
 * Playwright fixtures: the built extension loaded into the system Chromium, with the sandbox
 * answering at Sendbird's and CleverTap's real host names.
 *
 * Each worker keeps one Chromium with the extension for the tests that can share it, and puts it
 * back as new between tests: the extension forgets its credentials, its storage is emptied, every
 * page is closed, the network is back on. A test that fails, or whose reset does not hold, gets the
 * browser closed, so the next test starts from a new one. One tab of the test's is kept, on
 * about:blank, for the next test's first page (see `keepOneTab`). Tests that need a browser of their own
 * (another language, the worker stopped, the extension turned off and on) ask for it with
 * `test.use({ freshBrowser: true })` or by setting `lang`. A colour scheme needs none: it is
 * emulated per page (`page.emulateMedia`), as Playwright's own `colorScheme` option does. The tests
 * of the stand-ins themselves ask for `plainPage`: a page in a second Chromium of the worker's,
 * without the extension, launched only in a worker that runs one of them.
 */
import { test as base, expect as playwrightExpect, type BrowserContext, type Page, type TestInfo, type Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension, type Launched } from '../../sandbox/browser';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { extensionControlPage } from './control-page';

interface Fixtures {
  /** Browser UI language (`--lang`), e.g. 'ko'. */
  lang: string | undefined;
  /** This test launches a browser of its own instead of the worker's shared one. */
  freshBrowser: boolean;
  /** A page in the worker's Chromium without the extension, for tests of the stand-ins themselves. */
  plainPage: Page;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  popup: Page;
}

interface SharedBrowser {
  /** The worker's browser, launched on first use. */
  get(): Promise<Launched>;
  /** Puts it back as new; false when that did not hold (then it is closed). */
  reset(): Promise<boolean>;
  close(): Promise<void>;
}

async function closeLaunched(launched: Launched): Promise<void> {
  await launched.context.close().catch(() => undefined);
  rmSync(launched.userDataDir, { recursive: true, force: true });
}

function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ? Promise.resolve(worker) : context.waitForEvent('serviceworker', { timeout: 60_000 });
}

/**
 * The tabs a test opens, and one of them kept for the next test. Opening a tab starts a renderer
 * process, which costs this machine about half a core-second; a tab brought back to about:blank
 * keeps its process for the next page of the same site (measured: 1.9 → 1.2 core-seconds per
 * dashboard walk). Kept only when nothing of the test's can reach the next: the listeners the test
 * added are removed (Playwright's own stay), and a tab the test gave anything that outlives a
 * navigation (a route, an init script, a binding, emulation, a CDP session) is closed instead.
 * In the extension, the only state kept per tab id is Refresh's throttle, which belongs to one set
 * of credentials: every test saves its own.
 */
interface TabKeeper {
  /** The kept tab, brought to the front, for the test's first `context.newPage()`. */
  take(): Promise<Page | null>;
  /** Chooses the tab to keep among the test's and brings it back to about:blank; closes the others. */
  keepOne(except: Page): Promise<void>;
}

/** Page methods whose effect outlives a navigation. */
const LASTING = [
  'route',
  'routeFromHAR',
  'routeWebSocket',
  'addInitScript',
  'exposeBinding',
  'exposeFunction',
  'addLocatorHandler',
  'setViewportSize',
  'setExtraHTTPHeaders',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
  'emulateMedia',
] as const;

/** The listener bookkeeping Playwright's Page has (Node's EventEmitter's) without typing it. */
type Listening = { eventNames(): Array<string | symbol>; rawListeners(name: string | symbol): unknown[] };

function keepOneTab(context: BrowserContext): TabKeeper {
  let kept: Page | null = null;
  /** Each tab opened through `newPage`, with the listeners Playwright itself had on it then. */
  const ownListeners = new WeakMap<Page, Map<string | symbol, unknown[]>>();
  const tainted = new WeakSet<Page>();

  function watch(page: Page): Page {
    const listening = page as unknown as Listening;
    ownListeners.set(page, new Map(listening.eventNames().map((name) => [name, listening.rawListeners(name)])));
    for (const name of LASTING) {
      const original = (page[name] as (...args: unknown[]) => unknown).bind(page);
      Object.assign(page, { [name]: (...args: unknown[]) => (tainted.add(page), original(...args)) });
    }
    return page;
  }

  /** Removes what the test added, by `off`, which also ends Playwright's subscription to the event. */
  function dropTestListeners(page: Page): void {
    const listening = page as unknown as Listening;
    const own = ownListeners.get(page);
    for (const name of listening.eventNames()) {
      for (const listener of listening.rawListeners(name)) {
        if (!own?.get(name)?.includes(listener)) page.off(name as 'close', listener as () => void);
      }
    }
  }

  const openTab = context.newPage.bind(context);
  const newCDPSession = context.newCDPSession.bind(context);
  context.newCDPSession = async (page) => {
    tainted.add('bringToFront' in page ? page : page.page());
    return newCDPSession(page);
  };
  const keeper: TabKeeper = {
    async take() {
      const tab = kept;
      kept = null;
      if (!tab || tab.isClosed()) return null;
      await tab.bringToFront(); // as a new tab opens in front
      return tab;
    },
    async keepOne(except) {
      kept = null;
      const candidates = context.pages().filter((open) => open !== except);
      // Only a tab opened through newPage: one a click opened carries nothing watched.
      const keep = candidates.find((open) => ownListeners.has(open) && !tainted.has(open) && !open.url().startsWith('chrome://'));
      for (const open of candidates) if (open !== keep) await open.close();
      if (!keep) return;
      // Before storage is emptied: a dashboard page still open would see it change and react.
      await keep.goto('about:blank', { timeout: 10_000 });
      dropTestListeners(keep);
      kept = keep;
    },
  };
  context.newPage = async () => (await keeper.take()) ?? watch(await openTab());
  return keeper;
}

/** The extension as installed a moment ago: no credentials, nothing stored, no page of the test's open but one on about:blank. */
async function putBack(launched: Launched, tabs: TabKeeper): Promise<void> {
  const { context, extensionId } = launched;
  if (!extensionId) throw new Error('the shared browser always carries the extension');
  await context.setOffline(false);
  const control = await extensionControlPage(context, extensionId);
  // Closed (or blanked) before storage is emptied: the popup keeps its unsaved form in session storage.
  await tabs.keepOne(control);
  // Forget through the background itself, so its own state (cache, in-flight requests) follows.
  const forgot = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/forget' }));
  expect(forgot).toEqual({ ok: true });
  const worker = await extensionWorker(context);
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
  const left = await worker.evaluate(async () => [...Object.keys(await chrome.storage.local.get(null)), ...Object.keys(await chrome.storage.session.get(null))]);
  expect(left).toEqual([]);
  await context.clearCookies();
}

/**
 * What each of a failed test's pages showed, as accessibility trees. Playwright's own error context
 * reads only a context's first page, which here is the extension page the tests talk through.
 */
async function attachPageTrees(context: BrowserContext, testInfo: TestInfo): Promise<void> {
  for (const [index, open] of context.pages().entries()) {
    if (open.url().endsWith('/privacy.txt') || open.url() === 'about:blank') continue;
    const tree = await open.locator('body').ariaSnapshot({ timeout: 5000 }).catch((error: unknown) => `(no snapshot: ${String(error)})`);
    await testInfo.attach(`page ${index} accessibility tree`, { body: `${open.url()}\n\n${tree}`, contentType: 'text/plain' });
  }
}

/** Every stand-in as new, before each test, whichever browser it runs in. */
function resetStandIns(sandbox: Sandbox): void {
  sandbox.sendbird.reset();
  sandbox.clevertap.reset();
  sandbox.braze.reset();
  sandbox.relay.reset();
}

/**
 * Every spec uses this one test type, so that all of them share a worker's fixtures: a spec that
 * extended it (or used Playwright's own) got workers of its own, and each new worker started its
 * sandbox and browser again (two per run: 8 s of each worker's 170).
 */
export const test = base.extend<Fixtures, { sandbox: Sandbox; sharedBrowser: SharedBrowser; plainBrowser: Launched }>({
  sandbox: [
    async ({}, use) => {
      const sandbox = await startSandbox();
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker' },
  ],
  sharedBrowser: [
    async ({ sandbox }, use) => {
      let launching: Promise<Launched & { tabs: TabKeeper }> | null = null;
      const shared: SharedBrowser = {
        get: () =>
          (launching ??= launchWithExtension(sandbox).then((launched) => ({ ...launched, tabs: keepOneTab(launched.context as unknown as BrowserContext) }))),
        async reset() {
          if (!launching) return true;
          const launched = await launching;
          try {
            await putBack(launched, launched.tabs);
            return true;
          } catch {
            await shared.close();
            return false;
          }
        },
        async close() {
          const current = launching;
          launching = null;
          if (current) await closeLaunched(await current);
        },
      };
      await use(shared);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  // Launched only in a worker that runs a test asking for it (worker fixtures start on first use).
  plainBrowser: [
    async ({ sandbox }, use) => {
      const launched = await launchWithExtension(sandbox, { withExtension: false });
      await use(launched);
      await closeLaunched(launched);
    },
    { scope: 'worker' },
  ],
  plainPage: async ({ plainBrowser, sandbox }, use) => {
    resetStandIns(sandbox);
    const page = await plainBrowser.context.newPage();
    await use(page as unknown as Page);
    await page.close();
  },
  lang: [undefined, { option: true }],
  freshBrowser: [false, { option: true }],
  context: async ({ sandbox, sharedBrowser, lang, freshBrowser }, use, testInfo) => {
    resetStandIns(sandbox);
    if (freshBrowser || lang !== undefined) {
      const launched = await launchWithExtension(sandbox, { lang });
      await use(launched.context as unknown as BrowserContext);
      if (testInfo.status !== testInfo.expectedStatus) await attachPageTrees(launched.context as unknown as BrowserContext, testInfo);
      await closeLaunched(launched);
      return;
    }
    const launched = await sharedBrowser.get();
    await use(launched.context as unknown as BrowserContext);
    // A failed test may leave anything behind: the next one starts from a new browser.
    if (testInfo.status !== testInfo.expectedStatus) {
      await attachPageTrees(launched.context as unknown as BrowserContext, testInfo);
      await sharedBrowser.close();
    } else await sharedBrowser.reset();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
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

/**
 * Playwright's expect, with `expect.poll` probing every 50 ms instead of its 100, 250, 500, 1000 ms
 * steps, which let a state that held after 0.9 s be seen only at 1.85 s. Its timeout is unchanged.
 */
const POLL_INTERVALS = [50];
export const expect = playwrightExpect.configure({});
const slowPoll = expect.poll;
expect.poll = ((actual, options) =>
  slowPoll(actual, { intervals: POLL_INTERVALS, ...(typeof options === 'string' ? { message: options } : options) })) as typeof slowPoll;
