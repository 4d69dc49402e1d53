/**
 * What the panel tells the marketer about how Braze will deliver the pairs (the interface's coming
 * "delivery notes"). Braze has no broadcast endpoint, so CleverTap's "Liquid on a multi webhook"
 * warning has no twin here; what Braze needs said is the Raw text mode, and for the copy-by-hand
 * fallback, the whole body as one JSON object with the header it needs. Pure.
 */
import type { EditorMode } from '../dashboard';
import { isOwnedKey, type Pair } from '../../shared/payload-codec';

export interface DeliveryNote {
  id: 'raw-text';
  level: 'warning';
  words: string;
  /** The button the note offers: switching the body to JSON key-value pairs, only when clicked. */
  action: { id: 'switch-to-pairs'; words: string };
}

export const RAW_BODY_HEADER = { key: 'Content-Type', value: 'application/json' } as const;

export function deliveryNotes(mode: EditorMode): DeliveryNote[] {
  if (mode.pairs !== false) return [];
  return [
    {
      id: 'raw-text',
      level: 'warning',
      words: 'The Request body is set to Raw text. The Sendbird fields are written as JSON key-value pairs.',
      action: { id: 'switch-to-pairs', words: 'Use JSON key-value pairs' },
    },
  ];
}

/**
 * The extension's pairs as one JSON object, to paste into Raw text when the rows cannot be written:
 * Braze sends a raw body as it is, so it also needs the header `Content-Type: application/json`.
 * Every key is the object's own (a variable named `__proto__` stays data).
 */
export function rawBodyOf(pairs: readonly Pair[]): string {
  const body: Record<string, string> = {};
  for (const pair of pairs) {
    if (isOwnedKey(pair.key)) Object.defineProperty(body, pair.key, { value: pair.value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(body, null, 2);
}

export const COPY_BY_HAND_WORDS = {
  editorChanged: 'Braze’s editor changed; copy these pairs by hand.',
  pairsTitle: 'Add these pairs under Request body → JSON key-value pairs:',
  rawTitle: 'Or paste this into Request body → Raw text:',
  rawHeader: `…and add the request header ${RAW_BODY_HEADER.key}: ${RAW_BODY_HEADER.value}.`,
} as const;
