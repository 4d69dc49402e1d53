/**
 * Service worker entry. Listeners are registered synchronously at the top level so that Chrome can
 * wake the worker for a message; no state that matters lives in module variables.
 */
import browser from 'webextension-polyfill';
import { createCommandHandler } from './commands';
import { createHandlers } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createIndexedDbSecretStore } from './secret-store';

// Content scripts must never read the session area (it holds the popup's unsaved form, token included).
void chrome.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });

const handlers = createHandlers({
  local: browser.storage.local,
  session: browser.storage.session,
  secrets: createIndexedDbSecretStore(),
  hasHostPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
  readManaged: () => browser.storage.managed.get(null).catch(() => ({})),
  openOptionsPage: () => browser.runtime.openOptionsPage(),
});

const route = createRouter(handlers, browser.runtime.id);

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));

const onCommand = createCommandHandler((tabId, message) => browser.tabs.sendMessage(tabId, message));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
