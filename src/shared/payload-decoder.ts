/**
 * The reference decoder of payload contract v1 (README, "Payload contract"): CleverTap's webhook
 * envelope, or Braze's flat per-user body, → the Sendbird send request. The sandbox's Sendbird
 * endpoints and the relay run it; the extension never ships it (it writes pairs with payload-codec.ts).
 */
import { getOwn, isRecord, setOwn } from './records';
import { decodePairs, PAYLOAD_KEYS, type Pair } from './payload-codec';

// ---------------------------------------------------------------------------------------------
// The reference decoder: CleverTap's webhook envelope → the Sendbird send request.

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

type Json = Record<string, unknown>;
const isJson = isRecord;

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

/** A user id as Braze renders one: text, or a number; `true`/`false` name nobody. */
function userIdText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
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
  // A Set beside the list: `targets.includes` made a 25,000-profile broadcast quadratic (seconds).
  const seen = new Set<string>();

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
    if (!seen.has(userId)) {
      seen.add(userId);
      request.targets.push(userId);
    }
    setOwn(request.template.variables, userId, { ...payload.variables });
  }

  if (request.targets.length === 0) return { ok: true, test: false, request: null, skipped };
  request.mode = request.targets.length === 1 ? 'realtime' : 'batch';
  return { ok: true, test: false, request, skipped };
}

// ---------------------------------------------------------------------------------------------
// The reference decoder for Braze: one flat body per user, its Liquid already rendered by Braze.

/** The words for a Braze body whose `sendbird_receiver` rendered to nothing (payload contract). */
export const RECEIVER_RENDERED_EMPTY = 'receiver rendered empty';

/**
 * Braze's flat body (`sendbird_version`, `sendbird_template`, `sendbird_receiver` = the rendered
 * Sendbird user id, `sendbird_event_name`, `sendbird_var.<key>`, values as strings or numbers) →
 * the same send request as CleverTap's, with one target and `realtime`. Which host wrote a body is
 * told by the route it came to, never guessed here. An empty receiver is skipped (index 0) with the
 * reason "receiver rendered empty"; the receiver is never defaulted, since it is a value, not a name.
 */
export function decodeBrazeBody(body: unknown, options: DecodeOptions = {}): DecodeResult {
  if (!isJson(body)) return { ok: false, error: 'not-an-envelope', message: 'The webhook body is not a JSON object.' };
  const pairs = pairsOf(body);
  const read = decodePairs(pairs);
  if (!read.ok) {
    // A flat body with other sendbird_ keys but no version still has no version.
    const hasVersion = scalarText(getOwn(body, PAYLOAD_KEYS.version)).trim() !== '';
    const error = read.reason === 'absent' || (read.reason === 'unknown-version' && !hasVersion) ? 'no-version' : read.reason;
    return { ok: false, error, message: ERRORS[error] };
  }
  const { payload } = read;
  const skippedOnly = (reason: SkipReason, detail: string): DecodeResult => ({ ok: true, test: false, request: null, skipped: [{ index: 0, reason, detail }] });
  const known = options.templateVariables?.(payload.template);
  if (known === null) return skippedOnly('unknown-template', payload.template);
  const missing = (known ?? []).find((key) => !getOwn(payload.variables, key)?.trim());
  if (missing !== undefined) return skippedOnly('missing-variable', missing);
  // The rendered value itself: decodePairs defaults an empty receiver to a property name, which for
  // Braze would be a user id nobody named.
  const userId = userIdText(getOwn(body, PAYLOAD_KEYS.receiver)).trim();
  if (!userId) return skippedOnly('receiver-rendered-empty', RECEIVER_RENDERED_EMPTY);
  const variables: Record<string, Record<string, string>> = {};
  setOwn(variables, userId, { ...payload.variables });
  const request: SendbirdSendRequest = { template: { key: payload.template, variables }, targets: [userId], mode: 'realtime', campaign_id: '' };
  if (payload.eventName.trim()) request.event_name = payload.eventName;
  return { ok: true, test: false, request, skipped: [] };
}
