/** Sends a typed request to the background and returns its typed answer. */
import { extensionAlive } from './extension-alive';
import type { Refusal, RequestInput, RequestType, ResponseOf } from './messages';

export type Disconnected = { ok: false; refused: 'disconnected' };

/**
 * One request, tried a second time when the service worker went away in the middle of it (Chrome
 * stops idle workers; the port then closes without an answer). Only an extension that is really
 * gone (updated or reloaded under this page) is reported as disconnected.
 */
export async function askBackground<T extends RequestType>(
  request: RequestInput<T> & { type: T },
): Promise<ResponseOf<T> | Refusal | Disconnected> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer: unknown = await chrome.runtime.sendMessage(request);
      if (answer !== undefined) return answer as ResponseOf<T> | Refusal;
      // No listener answered: the worker was replaced mid-call.
      if (attempt >= 2) return { ok: false, refused: 'internal' };
    } catch {
      // "Extension context invalidated": the extension went away under this page.
      if (!extensionAlive()) return { ok: false, refused: 'disconnected' };
      // "The message port closed before a response was received": the worker stopped mid-request.
      if (attempt >= 2) return { ok: false, refused: 'internal' };
    }
  }
}
