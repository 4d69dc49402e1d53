/**
 * The reference decoder of payload contract v1 for Braze (payload-contract.md, "On Braze"): one
 * flat body per user, its Liquid already rendered by Braze → the Sendbird send request.
 */
import { getOwn, setOwn } from '../../shared/records';
import { decodePairs, PAYLOAD_KEYS } from '../../shared/payload-codec';
import { DECODE_ERRORS as ERRORS, isJson, pairsOf, scalarText, type DecodeOptions, type DecodeResult, type SendbirdSendRequest, type SkipReason } from '../../shared/send-request';

/** A user id as Braze renders one: text, or a number; `true`/`false` name nobody. */
function userIdText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

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
  // The rendered value itself, never a default: for Braze a default would be a user id nobody named.
  const userId = userIdText(getOwn(body, PAYLOAD_KEYS.receiver)).trim();
  if (!userId) return skippedOnly('receiver-rendered-empty', RECEIVER_RENDERED_EMPTY);
  const variables: Record<string, Record<string, string>> = {};
  setOwn(variables, userId, { ...payload.variables });
  const request: SendbirdSendRequest = { template: { key: payload.template, variables }, targets: [userId], mode: 'realtime', campaign_id: '' };
  if (payload.eventName.trim()) request.event_name = payload.eventName;
  return { ok: true, test: false, request, skipped: [] };
}
