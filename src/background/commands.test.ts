/** The keyboard shortcut asks the content script of the tab it was pressed in to show the panel. */
import { describe, expect, it, vi } from 'vitest';
import { extensionManifest } from '../manifest';
import { SHOW_PANEL_COMMAND, createCommandHandler } from './commands';

const manifest = extensionManifest('0.0.0') as unknown as {
  commands: Record<string, { suggested_key: { default: string }; description: string }>;
};

describe('the Show Sendbird panel shortcut', () => {
  it('is declared with Alt+Shift+S and a localized description', () => {
    expect(manifest.commands[SHOW_PANEL_COMMAND]).toEqual({ suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_command_showPanel__' });
  });

  it('sends panel/show to the tab it was pressed in', async () => {
    const send = vi.fn(async () => ({ ok: true, shown: 'floating' }));
    expect(await createCommandHandler(send)(SHOW_PANEL_COMMAND, { id: 42 })).toBe(true);
    expect(send).toHaveBeenCalledWith(42, { type: 'panel/show' });
  });

  it('does nothing for other commands or without a tab, and stays quiet on a tab with no content script', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const onCommand = createCommandHandler(send);
    expect(await onCommand('something-else', { id: 1 })).toBe(false);
    expect(await onCommand(SHOW_PANEL_COMMAND, undefined)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await onCommand(SHOW_PANEL_COMMAND, { id: 7 })).toBe(false);
  });
});
