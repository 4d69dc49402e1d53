/**
 * The reference decoder of payload contract v1 for CleverTap (README, "Payload contract"):
 * CleverTap's webhook envelope (`targetId`, `key_values`, `profiles` as an array or one object, in
 * either casing) → the Sendbird send request. The Receiver names the profile property holding the
 * Sendbird user ID (`identity` and `objectId` are CleverTap's own fields).
 */
import { getOwn, setOwn } from '../../shared/records';
import { decodePairs } from '../../shared/payload-codec';
import { DECODE_ERRORS as ERRORS, isJson, pairsOf, scalarText, type DecodeOptions, type DecodeResult, type Json, type SendbirdSendRequest, type SkippedProfile } from '../../shared/send-request';
import { CLEVERTAP_RECEIVER_DEFAULT } from './row';

/** A field in either of CleverTap's casings (`profileData` / `ProfileData`). */
function field(record: Json, name: string): unknown {
  return record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
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
    const read = decodePairs(merged, CLEVERTAP_RECEIVER_DEFAULT);
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
