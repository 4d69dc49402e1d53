/** The API token stays in the background, and template content from Sendbird stays inert text. */
import type { BrowserContext, Page } from '@playwright/test';
import { SANDBOX_APP_ID, SANDBOX_TOKEN, appHost } from '../../sandbox/constants';
import { loadSandboxTemplates } from '../../sandbox/sendbird-stand-in';
import { expect, test } from './fixtures';
import { chooseTemplate, configureExtension, editorWindow, newWebhookCampaign, openEditor, sendbirdPanel } from './helpers';

/** Everything the CleverTap page (or a script on it) can read, as one string. */
async function whatThePageCanSee(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    // The DOM, shadow roots included, with input values (properties, not only attributes).
    const visit = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    // Main-world globals.
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const value = (window as unknown as Record<string, unknown>)[key];
        if (typeof value === 'string') parts.push(value);
        else if (value && typeof value === 'object' && !(value instanceof Node) && value !== window) parts.push(JSON.stringify(value) ?? '');
      } catch {
        // Cyclic or inaccessible: not data a page script could read as a token.
      }
    }
    // The page's storage and cookies.
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie);
    for (const info of await indexedDB.databases()) parts.push(JSON.stringify(info));
    return parts.join('\n');
  });
}

/**
 * Opens a CleverTap page and returns a way to run code inside the content script's isolated world
 * there (through the DevTools protocol), as an attacker who owns that world could.
 */
async function contentScriptWorld(context: BrowserContext, extensionId: string): Promise<(expression: string) => Promise<string>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The worlds alive now: a document the tab showed before (or a world that is gone) is no target.
  let worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    // The content script's isolated world carries the extension's origin and name.
    if (c.origin === `chrome-extension://${extensionId}` && (c.auxData as { type?: string })?.type === 'isolated') worlds.push(c.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => (worlds = worlds.filter((id) => id !== executionContextId)));
  cdp.on('Runtime.executionContextsCleared', () => (worlds = []));
  await cdp.send('Runtime.enable');
  const url = 'https://eu1.dashboard.clevertap.com/SBX-ACC-1/campaigns';
  await page.goto(url);
  const run = async (expression: string) => {
    // No world is no test: without a context id the expression would run in the page's own world.
    const contextId = worlds.at(-1);
    if (contextId === undefined) throw new Error("the content script's world is not there");
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    return exceptionDetails ? `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : String(result.value);
  };
  // The newest world answers from this document (the content script may start after the load).
  await expect.poll(() => run('location.href')).toBe(url);
  return run;
}

test('after a full marketer flow the token is nowhere the CleverTap page can see', async ({ context, extensionId, worker }) => {
  const requests: string[] = [];
  const consoleLines: string[] = [];
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
  page.on('console', (message) => consoleLines.push(message.text()));
  worker.on('console', (message) => consoleLines.push(message.text()));

  await page.goto('https://eu1.dashboard.clevertap.com/SBX-ONE-1/campaigns');
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await page.getByRole('button', { name: 'Sendbird', exact: true }).click();
  await openEditor(page);
  const panel = sendbirdPanel(page);
  await chooseTemplate(page, /^Order shipped/);
  for (const name of ['First name', 'Order number', 'Carrier', 'Tracking link']) {
    await panel.getByRole('textbox', { name, exact: true }).fill(`value for ${name}`);
  }
  await panel.getByRole('button', { name: 'Refresh templates' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved to webhook');
  await editorWindow(page).getByRole('button', { name: 'Preview and Test' }).click();
  await expect(editorWindow(page).getByText(/^Test sent/)).toBeVisible();
  await editorWindow(page).getByRole('button', { name: 'Done' }).click();

  const seen = await whatThePageCanSee(page);
  expect(seen).toContain('order_shipped'); // the search did look at what the panel wrote
  expect(seen).not.toContain(SANDBOX_TOKEN);
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.join('\n')).not.toContain(SANDBOX_TOKEN);
  expect(consoleLines.join('\n')).not.toContain(SANDBOX_TOKEN);
  // Extension storage a content script could read holds no token either; the token is in IndexedDB.
  const readable = await worker.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(readable)).toContain('templates:');
  expect(JSON.stringify(readable)).not.toContain(SANDBOX_TOKEN);
});

test('hostile template names, fields and bodies render as inert text and keep the layout', async ({ context, extensionId, sandbox }) => {
  const long = 'Ｗ'.repeat(3000);
  const xssName = `<img src=x onerror="document.title='pwned-name'"><a href="javascript:alert(1)">click</a>`;
  const hostile = [
    {
      key: 'xss_name',
      name: xssName,
      variable_schema: [{ key: 'v1', name: `<svg onload="document.title='pwned-var'">`, type: 'string' }],
      channels: [{ key: 'p', type: 'push', name: 'Push', content: { title: `<script>document.title='pwned-body'</script>`, body: 'javascript:alert({v1})' } }],
    },
    { key: 'rtl', name: '\u202Eevil.exe\u202C ‮gnp.txt', variable_schema: [{ key: 'v', name: 'שם פרטי', type: 'string' }] },
    { key: 'zero\u200Bwidth', name: 'Zero\u200B\u200C\u200Dwidth\uFEFF', variable_schema: [{ key: 'z\u200Bz', type: 'string' }] },
    { key: 'long', name: long, variable_schema: [{ key: 'long_var', name: long, type: 'string' }] },
    ...loadSandboxTemplates().slice(0, 2),
  ];
  sandbox.sendbird.setTemplates(hostile);
  await configureExtension(context, extensionId);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  await openEditor(page);
  const panel = sendbirdPanel(page);

  await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
  await expect(panel.getByRole('option')).toHaveCount(hostile.length);
  await expect(panel.getByRole('option').first()).toContainText(xssName);
  await panel.getByRole('option').first().click();
  await panel.getByRole('textbox', { name: `<svg onload="document.title='pwned-var'">`, exact: true }).fill('<b>bold?</b>');
  await expect(panel.getByRole('region', { name: 'Preview' })).toContainText('javascript:alert(<b>bold?</b>)');

  await chooseTemplate(page, 'evil.exe');
  await chooseTemplate(page, 'Zero');
  await chooseTemplate(page, /^Ｗ+/);
  // Inert: nothing from a template became an element, ran, or navigated.
  await expect(panel.locator('img, svg, script, a, b')).toHaveCount(0);
  expect(await page.title()).toBe('CleverTap');
  // Layout: the 3,000-character name and field wrap inside the window instead of widening it.
  const widths = await page.evaluate(() => {
    const host = document.querySelector('sendbird-template-panel') as HTMLElement;
    const dialog = host.closest('[role="dialog"],dialog') as HTMLElement;
    return { host: host.getBoundingClientRect().width, dialog: dialog.getBoundingClientRect().width, scroll: dialog.scrollWidth, client: dialog.clientWidth };
  });
  expect(widths.host).toBeLessThanOrEqual(widths.dialog);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

test('from inside the content script’s own world the token cannot be reached', async ({ context, extensionId }) => {
  await configureExtension(context, extensionId);
  // The popup's unsaved form (which may hold a token) lives in session storage: leave one there.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await popup.getByLabel('API token', { exact: true }).fill('half-typed-secret-token');
  await expect.poll(() => popup.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).toContain('half-typed-secret-token');

  const inContentScript = await contentScriptWorld(context, extensionId);

  expect(await inContentScript(`typeof chrome.runtime.id`)).toBe('string'); // really the extension's world
  expect(await inContentScript(`chrome.storage.session.get(null).then((v) => 'read ' + JSON.stringify(v))`)).toMatch(/^threw: .*(Access to storage is not allowed|not allowed)/i);
  expect(await inContentScript(`chrome.storage.local.get(null).then((v) => JSON.stringify(v))`)).not.toContain(SANDBOX_TOKEN);
  expect(await inContentScript(`indexedDB.databases().then((d) => JSON.stringify(d))`)).not.toContain('sendbird-secrets');
  const refused = await inContentScript(`chrome.runtime.sendMessage({ type: 'settings/save', appId: '11111111-2222-4333-8444-555555555555', token: 'stolen' }).then((a) => JSON.stringify(a))`);
  expect(refused).toBe('{"ok":false,"refused":"audience"}');
  const forged = await inContentScript(`chrome.runtime.sendMessage({ type: 'templates/list', token: '${SANDBOX_TOKEN}' }).then((a) => JSON.stringify(a))`);
  expect(forged).toBe('{"ok":false,"refused":"schema"}');
});

test('settings written from the content script’s world steer no token anywhere and do not stand', async ({ context, extensionId, worker, sandbox }) => {
  await configureExtension(context, extensionId);
  const mirror = () => worker.evaluate(() => chrome.storage.local.get('settings').then((items) => JSON.stringify(items.settings ?? null)));
  const saved = await mirror();
  expect(saved).toContain(SANDBOX_APP_ID.toLowerCase());

  const inContentScript = await contentScriptWorld(context, extensionId);
  sandbox.sendbird.requests.length = 0;

  // An App ID that makes the old host template point at another host the sandbox answers (and records).
  const forged = { appId: 'evil.notifications.sendbird.com/#', apiBaseUrl: null, hasToken: true, savedAt: 1 };
  expect(await inContentScript(`chrome.storage.local.set({ settings: ${JSON.stringify(forged)} }).then(() => 'written')`)).toBe('written');
  const answer = await inContentScript(`chrome.runtime.sendMessage({ type: 'templates/list', refresh: true }).then((a) => JSON.stringify({ ok: a.ok, count: a.templates?.length }))`);

  // The token went to the real App ID's stand-in only (it did go there, so the next check is not vacuous).
  const withToken = sandbox.sendbird.requests.filter((r) => r.token === SANDBOX_TOKEN);
  expect(withToken.length).toBeGreaterThan(0);
  expect(withToken.filter((r) => r.host !== appHost(SANDBOX_APP_ID))).toEqual([]);
  expect(sandbox.sendbird.requests.filter((r) => r.host.startsWith('api-evil'))).toEqual([]);
  expect(JSON.parse(answer)).toMatchObject({ ok: true });
  // And the forged settings did not stand: the mirror says again what the admin saved.
  await expect.poll(mirror).toBe(saved);
});
