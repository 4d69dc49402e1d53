/**
 * The admin's settings: what they look like, how they are checked, where they are kept.
 * Pure: no browser APIs, so the popup, the background and the tests share one definition.
 */
import { SENDBIRD_HOST_SUFFIX, apiBaseUrl } from './sendbird-routes';

/** Non-secret settings, kept in chrome.storage.local. The token is never part of this. */
export interface StoredSettings {
  appId: string;
  /** https origin (and optional path) replacing Sendbird's host, or null for Sendbird's own. */
  apiBaseUrl: string | null;
  /** Whether a token is saved in the background's own store (the token itself is not here). */
  hasToken: boolean;
  savedAt: number;
}


/** The App ID Chrome policy pre-sets (managed storage), when it is a well-formed one; else null. */
export function managedAppIdOf(managed: Record<string, unknown>): string | null {
  const value = managed.appId;
  return typeof value === 'string' && checkAppId(value) === null ? value.trim().toLowerCase() : null;
}

/**
 * What a stored settings object must hold, checked as strictly as Save checks the form: a
 * well-formed, lower-case App ID and either no API base URL or an https one already normalized.
 * chrome.storage.local can be written from the content script's world, so anything else counts as
 * not set up.
 */
export function isStoredSettings(value: unknown): value is StoredSettings {
  const s = value as StoredSettings | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.hasToken === 'boolean' &&
    typeof s.savedAt === 'number' &&
    isCanonicalAppId(s.appId) &&
    isCanonicalApiBaseUrl(s.apiBaseUrl)
  );
}

/** An App ID exactly as Save stores it (trimmed, lower case, the App ID pattern). */
export function isCanonicalAppId(value: unknown): value is string {
  return typeof value === 'string' && checkAppId(value) === null && value === value.trim().toLowerCase();
}

/** No override (null), or an https base URL exactly as Save stores it. */
export function isCanonicalApiBaseUrl(value: unknown): value is string | null {
  if (value === null) return true;
  return typeof value === 'string' && value !== '' && checkApiBaseUrl(value) === null && normalizeApiBaseUrl(value) === value;
}

/**
 * The one origin a token saved for these settings may be sent to: Sendbird's host for the App ID,
 * or the override's origin. Null when the settings are not well-formed (then nothing may be sent).
 */
export function tokenOrigin(settings: { appId: string; apiBaseUrl: string | null }): string | null {
  if (!isCanonicalAppId(settings.appId) || !isCanonicalApiBaseUrl(settings.apiBaseUrl)) return null;
  return new URL(apiBaseUrl(settings.appId, settings.apiBaseUrl)).origin;
}

/** Whether `url` may carry the token of these settings: https, and exactly their token origin. */
export function mayCarryToken(url: string, settings: { appId: string; apiBaseUrl: string | null }): boolean {
  const expected = tokenOrigin(settings);
  if (!expected) return false;
  try {
    const target = new URL(url);
    return target.protocol === 'https:' && target.origin === expected;
  } catch {
    return false;
  }
}

/** An API base URL outside Sendbird's own hosts needs a host permission, asked for at run time. */
export function needsHostPermission(apiBaseUrl: string | null): boolean {
  return apiBaseUrl !== null && !new URL(apiBaseUrl).hostname.endsWith(SENDBIRD_HOST_SUFFIX);
}

/**
 * The token already saved may stand in for an empty token field only for the same App ID *and* the
 * same API origin: it was given for that origin, and never goes to another one.
 */
export function keepsSavedToken(saved: StoredSettings | null, input: { appId: string; apiBaseUrl: string }): boolean {
  if (!saved?.hasToken || saved.appId !== input.appId.trim().toLowerCase()) return false;
  if (checkApiBaseUrl(input.apiBaseUrl)) return false;
  const base = normalizeApiBaseUrl(input.apiBaseUrl);
  return (base === null ? null : new URL(base).origin) === (saved.apiBaseUrl === null ? null : new URL(saved.apiBaseUrl).origin);
}

/** Message keys (see _locales) for what is wrong with a field. */
export type FieldProblem =
  | 'appIdRequired'
  | 'appIdFormat'
  | 'tokenRequired'
  | 'tokenSpaces'
  | 'baseUrlFormat'
  | 'baseUrlHttps';

export interface CredentialsInput {
  appId: string;
  token: string;
  apiBaseUrl: string;
}

export interface CheckedCredentials {
  appId: string;
  /** Empty when the admin keeps the token already saved. */
  token: string;
  apiBaseUrl: string | null;
}

export type FieldErrors = Partial<Record<keyof CredentialsInput, FieldProblem>>;

const APP_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkAppId(raw: string): FieldProblem | null {
  const appId = raw.trim();
  if (!appId) return 'appIdRequired';
  return APP_ID_PATTERN.test(appId) ? null : 'appIdFormat';
}

/** `tokenOptional`: a token is already saved, so an empty field means "keep it". */
export function checkToken(raw: string, tokenOptional: boolean): FieldProblem | null {
  const token = raw.trim();
  if (!token) return tokenOptional ? null : 'tokenRequired';
  return /\s/.test(token) ? 'tokenSpaces' : null;
}

/**
 * What is wrong with a base URL typed by an admin (an API override, a relay), or null: https only,
 * with a host and no query, fragment or credentials (a base URL is joined with paths).
 */
export function httpsBaseUrlProblem(value: string): 'format' | 'https' | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'format';
  }
  if (url.protocol !== 'https:') return 'https';
  if (url.search || url.hash || url.username || url.password || !url.hostname) return 'format';
  return null;
}

export function checkApiBaseUrl(raw: string): FieldProblem | null {
  if (!raw.trim()) return null;
  const problem = httpsBaseUrlProblem(raw);
  return problem === 'https' ? 'baseUrlHttps' : problem === 'format' ? 'baseUrlFormat' : null;
}

/** Normalizes an API base URL to `https://host[:port][/path]` without a trailing slash. */
export function normalizeApiBaseUrl(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const url = new URL(value);
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** Origin pattern to ask a runtime host permission for, e.g. `https://example.com/*`. */
export function originPattern(apiBaseUrl: string): string {
  return new URL(apiBaseUrl).origin + '/*';
}

export function checkCredentials(
  input: CredentialsInput,
  tokenOptional: boolean,
): { ok: true; value: CheckedCredentials } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const appIdProblem = checkAppId(input.appId);
  const tokenProblem = checkToken(input.token, tokenOptional);
  const baseProblem = checkApiBaseUrl(input.apiBaseUrl);
  if (appIdProblem) errors.appId = appIdProblem;
  if (tokenProblem) errors.token = tokenProblem;
  if (baseProblem) errors.apiBaseUrl = baseProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      appId: input.appId.trim().toLowerCase(),
      token: input.token.trim(),
      apiBaseUrl: normalizeApiBaseUrl(input.apiBaseUrl),
    },
  };
}
