/** Sends a typed request to the background and returns its typed answer. */
import type { Refusal, RequestInput, RequestType, ResponseOf } from './messages';

export type Disconnected = { ok: false; refused: 'disconnected' };

export async function askBackground<T extends RequestType>(
  request: RequestInput<T> & { type: T },
): Promise<ResponseOf<T> | Refusal | Disconnected> {
  try {
    const answer: unknown = await chrome.runtime.sendMessage(request);
    // An answer of undefined means no listener answered (e.g. the worker was replaced mid-call).
    if (answer === undefined) return { ok: false, refused: 'internal' };
    return answer as ResponseOf<T> | Refusal;
  } catch {
    // "Extension context invalidated": the extension was updated or reloaded under this page.
    return { ok: false, refused: 'disconnected' };
  }
}
