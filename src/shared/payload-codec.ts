/**
 * Payload contract, version 1 (../shared/docs/payload-contract.md): what the extension writes into
 * a CleverTap webhook's key-value pairs, and the reference decoder that turns CleverTap's webhook
 * envelope back into a Sendbird send request. Encoder and decoder live side by side on purpose.
 */

import { getOwn, setOwn } from './records';

export const PAYLOAD_VERSION = '1';

export const PAYLOAD_KEYS = {
  version: 'sendbird_version',
  template: 'sendbird_template',
  receiver: 'sendbird_receiver',
  eventName: 'sendbird_event_name',
  variablePrefix: 'sendbird_var.',
  /** Every key that starts with this belongs to the extension. */
  ownedPrefix: 'sendbird_',
} as const;

export const DEFAULT_RECEIVER = 'SendbirdID';

export interface Pair {
  key: string;
  value: string;
}

export interface SendbirdPayload {
  template: string;
  receiver: string;
  eventName: string;
  /** Variable key → value, in the template's order. */
  variables: Record<string, string>;
}

export function isOwnedKey(key: string): boolean {
  return key.startsWith(PAYLOAD_KEYS.ownedPrefix);
}

/** The pairs for a payload, in a stable order: version, template, receiver, event, variables. */
export function encodePayload(payload: SendbirdPayload): Pair[] {
  const pairs: Pair[] = [
    { key: PAYLOAD_KEYS.version, value: PAYLOAD_VERSION },
    { key: PAYLOAD_KEYS.template, value: payload.template },
    { key: PAYLOAD_KEYS.receiver, value: payload.receiver.trim() || DEFAULT_RECEIVER },
  ];
  if (payload.eventName.trim()) pairs.push({ key: PAYLOAD_KEYS.eventName, value: payload.eventName });
  for (const [key, value] of Object.entries(payload.variables)) {
    pairs.push({ key: PAYLOAD_KEYS.variablePrefix + key, value });
  }
  return pairs;
}

export type ReadResult =
  | { ok: true; payload: SendbirdPayload }
  | { ok: false; reason: 'absent' | 'unknown-version' | 'no-template'; version?: string };

/** Reads a payload back from pairs (from the editor, or from a webhook's key_values). */
export function decodePairs(pairs: readonly Pair[]): ReadResult {
  const owned = pairs.filter((p) => isOwnedKey(p.key));
  if (owned.length === 0) return { ok: false, reason: 'absent' };
  const get = (key: string) => owned.find((p) => p.key === key)?.value;
  const version = get(PAYLOAD_KEYS.version)?.trim();
  if (version !== PAYLOAD_VERSION) return { ok: false, reason: 'unknown-version', ...(version ? { version } : {}) };
  const template = get(PAYLOAD_KEYS.template)?.trim();
  if (!template) return { ok: false, reason: 'no-template' };
  const variables: Record<string, string> = {};
  for (const pair of owned) {
    if (pair.key.startsWith(PAYLOAD_KEYS.variablePrefix)) {
      const key = pair.key.slice(PAYLOAD_KEYS.variablePrefix.length);
      if (key && !Object.hasOwn(variables, key)) setOwn(variables, key, pair.value);
    }
  }
  return {
    ok: true,
    payload: {
      template,
      receiver: get(PAYLOAD_KEYS.receiver)?.trim() || DEFAULT_RECEIVER,
      // The encoder leaves a blank event name out, so a blank one reads as none.
      eventName: get(PAYLOAD_KEYS.eventName)?.trim() ? (get(PAYLOAD_KEYS.eventName) ?? '') : '',
      variables,
    },
  };
}

export interface RowPlan {
  /** Existing rows (by index) whose value must change. */
  update: Array<{ index: number; key: string; value: string }>;
  /** Existing rows (by index) to remove: owned keys no longer wanted, or duplicates. */
  remove: number[];
  /** Pairs to add as new rows, in order. */
  add: Pair[];
}

/**
 * What to do to the editor's rows so that its owned pairs become `desired`, touching no other row.
 * Owned rows that already hold a wanted key are updated in place; the rest are removed or added.
 */
export function planRows(current: readonly Pair[], desired: readonly Pair[]): RowPlan {
  const wanted = new Map(desired.map((p) => [p.key, p.value]));
  const placed = new Set<string>();
  const plan: RowPlan = { update: [], remove: [], add: [] };
  current.forEach((row, index) => {
    if (!isOwnedKey(row.key)) return;
    if (!wanted.has(row.key) || placed.has(row.key)) {
      plan.remove.push(index);
      return;
    }
    placed.add(row.key);
    const value = wanted.get(row.key) ?? '';
    if (row.value !== value) plan.update.push({ index, key: row.key, value });
  });
  plan.add = desired.filter((p) => !placed.has(p.key));
  return plan;
}

/** Liquid tags or output (`{{ … }}`, `{% … %}`): CleverTap then sends one request per user. */
export function usesLiquid(value: string): boolean {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(value);
}

// ---------------------------------------------------------------------------------------------
// The reference decoder: CleverTap's webhook envelope → the Sendbird send request.

export interface SendbirdSendRequest {
  template: { key: string; variables: Record<string, Record<string, string>> };
  targets: string[];
  mode: 'realtime' | 'batch';
  event_name?: string;
  campaign_id: string;
}

export type SkipReason = 'receiver-missing' | 'unknown-template' | 'missing-variable' | 'other-template';

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

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field in either of CleverTap's casings (`profileData` / `ProfileData`). */
function field(record: Json, name: string): unknown {
  return record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
}

/** Text of a scalar from the webhook body; objects and arrays have none (and String() on them can throw). */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function pairsOf(keyValues: unknown): Pair[] {
  if (!isJson(keyValues)) return [];
  return Object.entries(keyValues).map(([key, value]) => ({ key, value: scalarText(value) }));
}

function receiverId(profile: Json, receiver: string): string {
  const raw =
    receiver === 'identity' || receiver === 'objectId'
      ? field(profile, receiver)
      : (() => {
          const data = field(profile, 'profileData');
          return isJson(data) ? data[receiver] : undefined;
        })();
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
}

const ERRORS = {
  'no-version': 'The webhook carries no sendbird_version pair: it was not written by the Sendbird extension.',
  'unknown-version': 'The webhook was written with a payload version this decoder does not know.',
  'no-template': 'The webhook names no Sendbird template (sendbird_template is empty).',
} as const;

export function decodeWebhook(body: unknown, options: DecodeOptions = {}): DecodeResult {
  if (!isJson(body)) return { ok: false, error: 'not-an-envelope', message: 'The webhook body is not a JSON object.' };
  if (body.is_test === true) return { ok: true, test: true };
  const rawProfiles = body.profiles;
  const profiles: unknown[] = Array.isArray(rawProfiles) ? rawProfiles : isJson(rawProfiles) ? [rawProfiles] : [];
  const shared = pairsOf(body.key_values);

  const request: SendbirdSendRequest = {
    template: { key: '', variables: {} },
    targets: [],
    mode: 'batch',
    campaign_id: scalarText(body.targetId),
  };
  const skipped: SkippedProfile[] = [];

  const perProfile = profiles.length > 0 ? profiles : [{}];
  for (const [index, entry] of perProfile.entries()) {
    const profile = isJson(entry) ? entry : {};
    // A profile's own key_values override the shared ones for that profile.
    const own = pairsOf(field(profile, 'key_values'));
    const merged = [...own, ...shared.filter((p) => !own.some((o) => o.key === p.key))];
    const read = decodePairs(merged);
    if (!read.ok) {
      const error = read.reason === 'absent' ? 'no-version' : read.reason;
      return { ok: false, error, message: ERRORS[error] };
    }
    const { payload } = read;
    if (profiles.length === 0) break;
    if (!request.template.key) {
      request.template.key = payload.template;
      if (payload.eventName.trim()) request.event_name = payload.eventName;
    } else if (payload.template !== request.template.key) {
      skipped.push({ index, reason: 'other-template', detail: payload.template });
      continue;
    }
    const known = options.templateVariables?.(payload.template);
    if (known === null) {
      skipped.push({ index, reason: 'unknown-template', detail: payload.template });
      continue;
    }
    const missing = (known ?? []).find((key) => !getOwn(payload.variables, key)?.trim());
    if (missing !== undefined) {
      skipped.push({ index, reason: 'missing-variable', detail: missing });
      continue;
    }
    const userId = receiverId(profile, payload.receiver);
    if (!userId) {
      skipped.push({ index, reason: 'receiver-missing', detail: payload.receiver });
      continue;
    }
    if (!request.targets.includes(userId)) request.targets.push(userId);
    setOwn(request.template.variables, userId, { ...payload.variables });
  }

  if (request.targets.length === 0) return { ok: true, test: false, request: null, skipped };
  request.mode = request.targets.length === 1 ? 'realtime' : 'batch';
  return { ok: true, test: false, request, skipped };
}
