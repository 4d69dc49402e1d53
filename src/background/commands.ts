/**
 * The keyboard shortcut (manifest `commands`, Alt+Shift+S by default, changeable in
 * chrome://extensions/shortcuts): shows the Sendbird panel on the tab it was pressed in, by asking
 * the content script already there. A tab without one (not a dashboard of the table) does not answer.
 */
import type { PageRequest } from '../shared/page-messages';

export const SHOW_PANEL_COMMAND = 'show-panel';

export function createCommandHandler(sendToTab: (tabId: number, message: PageRequest) => Promise<unknown>) {
  return async function onCommand(command: string, tab?: { id?: number }): Promise<boolean> {
    if (command !== SHOW_PANEL_COMMAND || tab?.id === undefined) return false;
    try {
      await sendToTab(tab.id, { type: 'panel/show' });
      return true;
    } catch {
      return false; // not a dashboard tab: nothing to show there
    }
  };
}
