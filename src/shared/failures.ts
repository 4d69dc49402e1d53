/**
 * Everything that can go wrong between the extension and Sendbird, as data. The background produces
 * these; each UI turns them into words with `failureMessage` (see src/shared/i18n.ts).
 */
export type FailureKind =
  | 'invalid-token'
  | 'permission-denied'
  | 'not-activated'
  | 'unknown-app'
  | 'unreachable'
  | 'offline'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'malformed-response'
  | 'template-not-found'
  | 'http-error'
  | 'not-configured'
  | 'host-permission-missing'
  /** Chrome holds back requests after Sendbird failed repeatedly (net::ERR_TEMPORARILY_THROTTLED). */
  | 'throttled'
  /** The API answered with a redirect: the token is never sent on to where it points. */
  | 'redirected'
  /** Save or Forget credentials happened while this request was under way: it stopped, sent nothing more. */
  | 'credentials-changed'
  /** A URL that is not the saved credentials' own origin: the token is never sent there. */
  | 'untrusted-origin'
  /** An answer larger than the extension reads (MAX_RESPONSE_BYTES). */
  | 'too-large'
  /** Something inside the extension failed (storage, a refused message): not Sendbird's doing. */
  | 'internal';

export interface Failure {
  kind: FailureKind;
  /** Sendbird's error code (e.g. 400401), when it sent one. */
  code?: number;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Seconds Sendbird asked us to wait (rate limit). */
  retryAfterSeconds?: number;
  /** The host we tried to reach, for "cannot reach …" messages. */
  host?: string;
}

/** Error thrown inside the background; crosses message boundaries as its plain `failure`. */
export class SendbirdFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`Sendbird request failed: ${failure.kind}${failure.code ? ` (${failure.code})` : ''}`);
    this.name = 'SendbirdFailure';
  }
}
