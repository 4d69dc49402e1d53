/**
 * Service worker entry. Listeners are registered synchronously at the top level so that Chrome can
 * wake the worker for a message; no state that matters lives in module variables.
 */
import browser from 'webextension-polyfill';
import { createCommandHandler } from './commands';
import { createCredentialSource } from './credential-source';
import { createSettingsMirror } from './settings-mirror';
import { createHandlers } from './handlers';
import { createRouter, type SenderInfo } from './router';
import { createIndexedDbSecretStore } from './secret-store';

// Content scripts must never read the session area (it holds the popup's unsaved form, token included).
void chrome.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });

const deps = {
  local: browser.storage.local,
  session: browser.storage.session,
  secrets: createIndexedDbSecretStore(),
  hasHostPermission: (origin: string) => browser.permissions.contains({ origins: [origin] }),
  removeHostPermission: (origin: string) => browser.permissions.remove({ origins: [origin] }),
  readManaged: () => browser.storage.managed.get(null).catch(() => ({})),
  openOptionsPage: () => browser.runtime.openOptionsPage(),
};
const handlers = createHandlers(deps);

// The popup's `settings` mirror is the background's to write: put it back whenever anyone else
// (a content script shares chrome.storage.local) changes it, and once at start (also migrates).
const mirror = createSettingsMirror(deps.local, createCredentialSource(deps));
browser.storage.onChanged.addListener((changes, areaName) => void mirror.onStorageChanged(changes, areaName).catch(() => undefined));
void mirror.restore().catch(() => undefined);

const route = createRouter(handlers, browser.runtime.id);

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));

const onCommand = createCommandHandler((tabId, message) => browser.tabs.sendMessage(tabId, message));
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
