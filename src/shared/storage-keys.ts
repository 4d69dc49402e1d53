/**
 * Every place the extension keeps something, in one list: the key, the storage area, who writes it,
 * who may read it, and how long it stays. A key not listed here is not used anywhere.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const STORAGE = {
  /**
   * A display mirror of the credentials' non-secret part (App ID, API base URL, whether a token is
   * saved) for the popup and options page. Content scripts can write chrome.storage.local, so the
   * background never reads this back: it rewrites it from the credentials whenever anyone else
   * changes it.
   */
  settings: {
    area: 'chrome.storage.local',
    key: 'settings',
    owner: 'background (writes, and restores when changed by anyone else); popup and options page (read)',
    retention: 'until Forget credentials or uninstall',
  },
  /** The popup's unsaved form, token included: session storage, readable by extension pages only. */
  settingsDraft: {
    area: 'chrome.storage.session (trusted contexts only)',
    key: 'settingsDraft',
    owner: 'popup and options page',
    retention: 'until saved, forgotten, or the browser closes',
  },
  /** Where every dashboard's webhook goes (Sendbird's endpoints or the customer's relay): display-only. */
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
  /**
   * The marketer's choices per editor (dashboard place, page load, editor instance), so that the
   * dashboard's × loses nothing. Each tab and editor writes its own key.
   */
  draft: {
    area: 'chrome.storage.local',
    prefix: 'draft:',
    key: (hostAndPath: string, owner: string) => 'draft:' + hostAndPath + '#' + owner,
    owns: (key: string) => key.startsWith('draft:'),
    owner: 'content script (Sendbird panel)',
    keepForMs: 30 * DAY_MS,
    retention: '30 days after the last change; dropped when the window is saved (Done, Save) or holds the same pairs',
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
  /**
   * The credentials the background acts on: App ID, API base URL, token, when saved and a random
   * generation id, as one record written in one step (so a token never meets settings it was not
   * saved for). IndexedDB of the extension's own origin, which content scripts cannot open.
   */
  credentials: {
    area: 'IndexedDB (extension origin)',
    database: 'sendbird-secrets',
    store: 'secrets',
    key: 'sendbirdCredentials',
    owner: 'background only (written through the settings/save message)',
    retention: 'until Forget credentials or uninstall',
  },
  /**
   * The token alone, as versions before the credentials record kept it. Read once to migrate an
   * install whose settings pass Save's checks, then deleted; never written any more.
   */
  token: {
    area: 'IndexedDB (extension origin)',
    database: 'sendbird-secrets',
    store: 'secrets',
    key: 'sendbirdApiToken',
    owner: 'background only (read once for migration, then deleted)',
    retention: 'until the first start of this version, Forget credentials or uninstall',
  },
} as const;
