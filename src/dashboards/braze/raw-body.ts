/**
 * The copy-by-hand fallback's second way on Braze (braze-host-contract.md, "How to fail"): the
 * extension's pairs as one JSON object, to paste into the Request body's Raw text when the rows
 * cannot be written. Braze sends a raw body as it is, so it also needs the header
 * `Content-Type: application/json`, which the words beside it name. Pure.
 */
import type { MessageKey } from '../../shared/i18n';
import { isOwnedKey, type Pair } from '../../shared/payload-codec';

export const RAW_BODY_HEADER = { key: 'Content-Type', value: 'application/json' } as const;

/** Every key is the object's own (a variable named `__proto__` stays data). */
export function rawBodyOf(pairs: readonly Pair[]): string {
  const body: Record<string, string> = {};
  for (const pair of pairs) {
    if (isOwnedKey(pair.key)) Object.defineProperty(body, pair.key, { value: pair.value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(body, null, 2);
}

/** The interface's `bodyToPaste`: the raw body and the words that say where it goes (with the header, `braze_pasteRawBody`). */
export function brazeBodyToPaste(pairs: readonly Pair[]): { text: string; how: MessageKey } | null {
  return pairs.some((pair) => isOwnedKey(pair.key)) ? { text: rawBodyOf(pairs), how: 'braze_pasteRawBody' } : null;
}
