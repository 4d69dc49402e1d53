/**
 * Every place the extension keeps something, in one list: the key, the storage area, who writes it,
 * who may read it, and how long it stays. A key not listed here is not used anywhere.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const STORAGE = {
  /** The admin's non-secret settings (App ID, API base URL, whether a token is saved). */
  settings: {
    area: 'chrome.storage.local',
    key: 'settings',
    owner: 'background (writes); popup, options page and content script (read)',
    retention: 'until Forget credentials or uninstall',
  },
  /** The popup's unsaved form, token included: session storage, readable by extension pages only. */
  settingsDraft: {
    area: 'chrome.storage.session (trusted contexts only)',
    key: 'settingsDraft',
    owner: 'popup and options page',
    retention: 'until saved, forgotten, or the browser closes',
  },
  /** Where CleverTap's webhook goes (Sendbird's endpoints or the customer's relay): display-only. */
  destination: {
    area: 'chrome.storage.local',
    key: 'destination',
    owner: 'popup and options page (write and read); nothing that holds the token reads it',
    retention: 'until changed or uninstall',
  },
  /** The template list per App ID: not secret, never the token. */
  templates: {
    area: 'chrome.storage.local',
    prefix: 'templates:',
    key: (appId: string) => 'templates:' + appId,
    owns: (key: string) => key.startsWith('templates:'),
    owner: 'background',
    retention: 'refreshed when older than 5 minutes; cleared by new credentials or Forget credentials',
  },
  /** The marketer's choices per dashboard URL, so that CleverTap's × loses nothing. */
  draft: {
    area: 'chrome.storage.local',
    prefix: 'draft:',
    key: (hostAndPath: string) => 'draft:' + hostAndPath,
    owns: (key: string) => key.startsWith('draft:'),
    owner: 'content script (Sendbird panel)',
    keepForMs: 30 * DAY_MS,
    retention: '30 days after the last change; dropped once the editor holds the same pairs',
  },
  /** When Sendbird last answered with 5xx or 429, to explain Chrome's throttling afterwards. */
  sendbirdTroubleAt: {
    area: 'chrome.storage.session (trusted contexts only)',
    key: 'sendbirdTroubleAt',
    owner: 'background',
    retention: 'until the browser closes',
  },
  /** The App ID a company pre-sets for every marketer through Chrome policy (never the token). */
  managedAppId: {
    area: 'chrome.storage.managed (read-only, set by Chrome policy)',
    key: 'appId',
    owner: "the company's Chrome administrator",
    retention: 'as long as the policy',
  },
  /** The API token: IndexedDB of the extension's own origin, which content scripts cannot open. */
  token: {
    area: 'IndexedDB (extension origin)',
    database: 'sendbird-secrets',
    store: 'secrets',
    key: 'sendbirdApiToken',
    owner: 'background only (written through the settings/save message)',
    retention: 'until Forget credentials or uninstall',
  },
} as const;
