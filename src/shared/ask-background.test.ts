/** A request is asked once more when the worker stopped mid-request; a gone extension is reported as such. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askBackground } from './ask-background';

function stubChrome(sendMessage: () => Promise<unknown>, alive = true) {
  vi.stubGlobal('chrome', { runtime: { id: alive ? 'ext' : undefined, sendMessage: vi.fn(sendMessage) } });
  return (globalThis as unknown as { chrome: { runtime: { sendMessage: ReturnType<typeof vi.fn> } } }).chrome.runtime.sendMessage;
}

afterEach(() => vi.unstubAllGlobals());

describe('askBackground', () => {
  it('asks once more when the port closed before an answer, and returns that answer', async () => {
    let calls = 0;
    const send = stubChrome(async () => {
      if (++calls === 1) throw new Error('The message port closed before a response was received.');
      return { ok: true, templates: [] };
    });
    expect(await askBackground({ type: 'templates/list' })).toEqual({ ok: true, templates: [] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks once more when no listener answered, then reports an internal failure', async () => {
    const send = stubChrome(async () => undefined);
    expect(await askBackground({ type: 'templates/list' })).toEqual({ ok: false, refused: 'internal' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('reports a disconnected extension at once, without asking again', async () => {
    const send = stubChrome(async () => {
      throw new Error('Extension context invalidated.');
    }, false);
    expect(await askBackground({ type: 'templates/list' })).toEqual({ ok: false, refused: 'disconnected' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
