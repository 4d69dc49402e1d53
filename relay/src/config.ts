/**
 * The relay's configuration, read from plain name → value pairs so that Node (process.env, an env
 * file) and Workers (vars and secrets on `env`) share one reader and one set of messages.
 */
import { SENDBIRD_SEND, apiBaseUrl } from '../../src/shared/sendbird-routes';

export interface RelayConfig {
  appId: string;
  /** Sendbird's Business Messaging API token: only ever sent to Sendbird, never logged. */
  sendbirdToken: string;
  /** The secrets a caller may put in `Api-token`; several at once so that one can be rotated out. */
  callerSecrets: string[];
  /** Base of Sendbird's API (default: the App ID's own host). */
  sendbirdBase: string;
  /** Path of the send route, since Sendbird's pages disagree on it. */
  sendPath: string;
  /** Sendbird must answer within this, so the caller (CleverTap waits about 3 s) gets an answer. */
  sendbirdTimeoutMs: number;
  maxBodyBytes: number;
  repeatWindowMs: number;
  /** How long a caller should wait before retrying when Sendbird gave no Retry-After. */
  retryAfterSeconds: number;
  /** Braze's batch route holds a per-user request at most this long before its group is sent. */
  brazeBatchWaitMs: number;
  /** …or until this many users are waiting for one template (at most Sendbird's 10,000). */
  brazeBatchMaxUsers: number;
}

export type Env = Record<string, string | undefined>;

export const ENV_NAMES = {
  appId: 'SENDBIRD_APP_ID',
  sendbirdToken: 'SENDBIRD_API_TOKEN',
  callerSecrets: 'RELAY_SECRETS',
  sendbirdBase: 'SENDBIRD_API_BASE',
  sendPath: 'SENDBIRD_SEND_PATH',
  sendbirdTimeoutMs: 'RELAY_SENDBIRD_TIMEOUT_MS',
  maxBodyBytes: 'RELAY_MAX_BODY_BYTES',
  repeatWindowSeconds: 'RELAY_REPEAT_WINDOW_SECONDS',
  retryAfterSeconds: 'RELAY_RETRY_AFTER_SECONDS',
  brazeBatchWaitMs: 'RELAY_BRAZE_BATCH_WAIT_MS',
  brazeBatchMaxUsers: 'RELAY_BRAZE_BATCH_MAX_USERS',
} as const;

export const DEFAULTS = {
  sendbirdTimeoutMs: 2_000,
  maxBodyBytes: 16 * 1024 * 1024,
  repeatWindowSeconds: 15 * 60,
  retryAfterSeconds: 5,
  brazeBatchWaitMs: 250,
  brazeBatchMaxUsers: 500,
} as const;

/** Braze waits 90 s for an answer: a hold longer than this would eat into the Sendbird call's share. */
export const MAX_BRAZE_BATCH_WAIT_MS = 10_000;

/** Shorter secrets can be guessed; the README says how to make one. */
export const MIN_SECRET_LENGTH = 24;

export type ConfigResult = { ok: true; config: RelayConfig } | { ok: false; problems: string[] };

function positiveInteger(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`${name} must be a whole number above 0 (it is "${raw}").`);
    return fallback;
  }
  return value;
}

export function readConfig(env: Env): ConfigResult {
  const problems: string[] = [];
  const appId = env[ENV_NAMES.appId]?.trim() ?? '';
  const sendbirdToken = env[ENV_NAMES.sendbirdToken]?.trim() ?? '';
  const callerSecrets = (env[ENV_NAMES.callerSecrets] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!appId) problems.push(`${ENV_NAMES.appId} is missing: the Sendbird App ID (Dashboard → Settings → Application).`);
  else if (!/^[0-9A-Fa-f-]+$/.test(appId)) problems.push(`${ENV_NAMES.appId} does not look like a Sendbird App ID.`);
  if (!sendbirdToken) problems.push(`${ENV_NAMES.sendbirdToken} is missing: the Business Messaging API token.`);
  if (callerSecrets.length === 0) {
    problems.push(`${ENV_NAMES.callerSecrets} is missing: one or more secrets (comma-separated) that callers put in the Api-token header.`);
  } else if (callerSecrets.some((s) => s.length < MIN_SECRET_LENGTH)) {
    problems.push(`Every secret in ${ENV_NAMES.callerSecrets} must be at least ${MIN_SECRET_LENGTH} characters long.`);
  }
  const baseOverride = env[ENV_NAMES.sendbirdBase]?.trim();
  if (baseOverride && !/^https?:\/\//.test(baseOverride)) problems.push(`${ENV_NAMES.sendbirdBase} must be an http(s) URL.`);
  const sendPath = env[ENV_NAMES.sendPath]?.trim() || SENDBIRD_SEND.path;
  if (!sendPath.startsWith('/')) problems.push(`${ENV_NAMES.sendPath} must start with "/".`);
  const sendbirdTimeoutMs = positiveInteger(env, ENV_NAMES.sendbirdTimeoutMs, DEFAULTS.sendbirdTimeoutMs, problems);
  const maxBodyBytes = positiveInteger(env, ENV_NAMES.maxBodyBytes, DEFAULTS.maxBodyBytes, problems);
  const repeatWindowSeconds = positiveInteger(env, ENV_NAMES.repeatWindowSeconds, DEFAULTS.repeatWindowSeconds, problems);
  const retryAfterSeconds = positiveInteger(env, ENV_NAMES.retryAfterSeconds, DEFAULTS.retryAfterSeconds, problems);
  const brazeBatchWaitMs = positiveInteger(env, ENV_NAMES.brazeBatchWaitMs, DEFAULTS.brazeBatchWaitMs, problems);
  if (brazeBatchWaitMs > MAX_BRAZE_BATCH_WAIT_MS) problems.push(`${ENV_NAMES.brazeBatchWaitMs} must be at most ${MAX_BRAZE_BATCH_WAIT_MS} (Braze waits 90 s for the answer, Sendbird's call included).`);
  const brazeBatchMaxUsers = positiveInteger(env, ENV_NAMES.brazeBatchMaxUsers, DEFAULTS.brazeBatchMaxUsers, problems);
  if (brazeBatchMaxUsers > SENDBIRD_SEND.maxTargets) problems.push(`${ENV_NAMES.brazeBatchMaxUsers} must be at most ${SENDBIRD_SEND.maxTargets} (Sendbird's most targets per batch call).`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      appId,
      sendbirdToken,
      callerSecrets,
      sendbirdBase: apiBaseUrl(appId, baseOverride || null),
      sendPath,
      sendbirdTimeoutMs,
      maxBodyBytes,
      repeatWindowMs: repeatWindowSeconds * 1000,
      retryAfterSeconds,
      brazeBatchWaitMs,
      brazeBatchMaxUsers,
    },
  };
}
