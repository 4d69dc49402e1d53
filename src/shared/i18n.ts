/**
 * Every visible string goes through chrome.i18n (public/_locales). Only the type of the English
 * catalogue is imported here, so no bundle carries the strings twice.
 */
import type { Failure } from './failures';
import type { FieldProblem } from './settings';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

const seen = new Map<string, string>();

/**
 * The message for `key` in the browser's language. Never throws: once the extension is updated or
 * reloaded under an open page, chrome.i18n throws "Extension context invalidated", so messages
 * already looked up are remembered and anything else falls back to its key.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  const id = subs ? `${key}\u0000${subs.join('\u0000')}` : key;
  try {
    const message = chrome.i18n.getMessage(key, subs) || key;
    seen.set(id, message);
    return message;
  } catch {
    return seen.get(id) ?? key;
  }
}

/** Looks messages up ahead, for a part that must still speak after the extension went away. */
export function rememberMessages(keys: MessageKey[]): void {
  for (const key of keys) t(key);
}

let language: string | undefined;

/** The browser's UI language (remembered, for the same reason as `t`). */
export function uiLanguage(): string {
  try {
    language = chrome.i18n.getUILanguage();
  } catch {
    // Orphaned: keep the last known language.
  }
  return language ?? 'en';
}

export function fieldProblemMessage(problem: FieldProblem): string {
  return t(`field_${problem}`);
}

/** One sentence a marketer understands, with the way forward. */
export function failureMessage(failure: Failure): string {
  const host = failure.host ?? '';
  switch (failure.kind) {
    case 'invalid-token':
      return t('failure_invalidToken', String(failure.code ?? failure.status ?? ''));
    case 'permission-denied':
      return t('failure_permissionDenied', String(failure.code ?? failure.status ?? ''));
    case 'not-activated':
      return t('failure_notActivated');
    case 'unknown-app':
      return t('failure_unknownApp');
    case 'unreachable':
      return t('failure_unreachable', host);
    case 'offline':
      return t('failure_offline');
    case 'timeout':
      return t('failure_timeout');
    case 'rate-limited':
      return failure.retryAfterSeconds
        ? t('failure_rateLimitedFor', failure.retryAfterSeconds)
        : t('failure_rateLimited');
    case 'server-error':
      return t('failure_serverError', String(failure.status ?? ''));
    case 'malformed-response':
      return t('failure_malformed');
    case 'template-not-found':
      return t('failure_templateNotFound');
    case 'http-error':
      return t('failure_httpError', [String(failure.status ?? ''), String(failure.code ?? '')]);
    case 'not-configured':
      return t('failure_notConfigured');
    case 'redirected':
      return t('failure_redirected', host);
    case 'credentials-changed':
      return t('failure_credentialsChanged');
    case 'untrusted-origin':
      return t('failure_untrustedOrigin', host);
    case 'too-large':
      return t('failure_tooLarge', host);
    case 'internal':
      return t('failure_internal');
    case 'host-permission-missing':
      return t('failure_hostPermission', host);
    case 'throttled':
      return t('failure_throttled');
  }
}
