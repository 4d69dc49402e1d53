/**
 * What every dashboard's reference decoder (src/dashboards/<id>/) turns a webhook body into: the
 * Sendbird send request, or why not. The sandbox's Sendbird endpoints and the relay run the
 * decoders; the extension never ships them (it writes pairs with payload-codec.ts).
 */
import { isRecord } from './records';
import type { Pair } from './payload-codec';

export interface SendbirdSendRequest {
  template: { key: string; variables: Record<string, Record<string, string>> };
  targets: string[];
  mode: 'realtime' | 'batch';
  event_name?: string;
  campaign_id: string;
}

export type SkipReason = 'receiver-missing' | 'receiver-rendered-empty' | 'unknown-template' | 'missing-variable' | 'other-template';

export interface SkippedProfile {
  /** Position in `profiles` (0 for a single-object envelope). */
  index: number;
  reason: SkipReason;
  detail?: string;
}

export type DecodeResult =
  | { ok: true; test: true }
  | { ok: true; test: false; request: SendbirdSendRequest | null; skipped: SkippedProfile[] }
  | { ok: false; error: 'not-an-envelope' | 'no-version' | 'unknown-version' | 'no-template'; message: string };

export interface DecodeOptions {
  /** The variable keys of a template, or null when Sendbird has no such template. */
  templateVariables?: (templateKey: string) => readonly string[] | null;
}

export type Json = Record<string, unknown>;
export const isJson = isRecord;

/** Text of a scalar from the webhook body; objects and arrays have none (and String() on them can throw). */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The pairs of a JSON object of keys and scalar values (a flat body, or an envelope's `key_values`). */
export function pairsOf(keyValues: unknown): Pair[] {
  if (!isJson(keyValues)) return [];
  return Object.entries(keyValues).map(([key, value]) => ({ key, value: scalarText(value) }));
}

/** What each decoder says when a body carries no usable payload. */
export const DECODE_ERRORS = {
  'no-version': 'The webhook carries no sendbird_version pair: it was not written by the Sendbird extension.',
  'unknown-version': 'The webhook was written with a payload version this decoder does not know.',
  'no-template': 'The webhook names no Sendbird template (sendbird_template is empty).',
} as const;
