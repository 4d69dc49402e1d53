/**
 * Talks to Sendbird's template API: pages, timeouts, retries and the mapping of every failure to a
 * typed `Failure`. Routes come from src/shared/sendbird-routes.ts; nothing here is stored.
 */
import { SendbirdFailure, type Failure } from '../shared/failures';
import { SENDBIRD_ROUTES, apiBaseUrl, getTemplateUrl, listTemplatesUrl } from '../shared/sendbird-routes';
import { isRecord } from '../shared/records';
import { mayCarryToken } from '../shared/settings';
import { normalizeTemplate, normalizeTemplates, type Template } from '../shared/template-model';

export interface SendbirdClientOptions {
  appId: string;
  token: string;
  apiBaseUrl: string | null;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  isOnline?: () => boolean;
  /** Per request; Chrome cuts a service worker's fetch at 30 s, so stay well under. */
  timeoutMs?: number;
  /** Pages of `pageSize` templates at most; Sendbird documents about 100 templates per app. */
  maxPages?: number;
  /** Tries per request, the first included. */
  maxTries?: number;
  /** Longest rate-limit wait we accept before giving up and telling the user. */
  maxRetryWaitMs?: number;
  /**
   * Asked before every fetch (each page, each retry): false when Save or Forget credentials
   * happened since the request began, so the token of obsolete credentials is sent no more.
   */
  stillCurrent?: () => Promise<boolean>;
}

export interface TemplateList {
  templates: Template[];
  /** True when Sendbird still had pages after `maxPages`. */
  truncated: boolean;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxPages: 20,
  maxTries: 3,
  maxRetryWaitMs: 20_000,
  backoffMs: 500,
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The most one answer may hold: a page of 100 large templates is well under it. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

class TooLarge extends Error {}

/** The body as text, read no further than `maxBytes` (a hostile or broken server may send without end). */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Drops an answer's body without reading it. */
async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The host of a URL for messages; a URL that does not parse (a forged App ID) names itself. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Seconds from `Retry-After` (seconds or an HTTP date) or Sendbird's `X-RateLimit-RetryAfter`. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | null {
  for (const name of ['retry-after', 'x-ratelimit-retryafter']) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, (date - now) / 1000);
  }
  return null;
}

/** The failure for an HTTP answer that is not a success. `notFound` says what a 404 means here. */
function failureForStatus(status: number, body: unknown, notFound: Failure['kind']): Failure {
  const code = isRecord(body) && typeof body.code === 'number' ? body.code : undefined;
  const base = { status, ...(code !== undefined ? { code } : {}) };
  if (code === 400401 || code === 400302 || status === 401) return { kind: 'invalid-token', ...base };
  if (code === 403101) return { kind: 'not-activated', ...base };
  if (status === 403 || code === 403100 || code === 400108) return { kind: 'permission-denied', ...base };
  if (status === 404) return { kind: notFound, ...base };
  if (status === 429 || code === 500910) return { kind: 'rate-limited', ...base };
  if (status >= 500) return { kind: 'server-error', ...base };
  return { kind: 'http-error', ...base };
}

export function createSendbirdClient(options: SendbirdClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? realSleep;
  const isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxTries = options.maxTries ?? DEFAULTS.maxTries;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULTS.maxRetryWaitMs;
  const base = apiBaseUrl(options.appId, options.apiBaseUrl);
  const host = hostOf(base);

  // Hosts are case-insensitive: the URL carries the App ID lower-cased, so compare it that way.
  const credentials = { appId: options.appId.toLowerCase(), apiBaseUrl: options.apiBaseUrl };
  const stillCurrent = options.stillCurrent ?? (async () => true);

  /** Throws instead of sending when the token may not go to `url` or the credentials are obsolete. */
  async function checkBeforeSending(url: string): Promise<void> {
    if (!mayCarryToken(url, credentials)) throw new SendbirdFailure({ kind: 'untrusted-origin', host: hostOf(url) });
    if (!(await stillCurrent())) throw new SendbirdFailure({ kind: 'credentials-changed' });
  }

  /** One GET with retries; resolves to the parsed JSON of a 2xx answer or throws SendbirdFailure. */
  async function getJson(url: string, notFound: Failure['kind']): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      await checkBeforeSending(url);
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'GET',
          headers: { [SENDBIRD_ROUTES.authHeader]: options.token, Accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
          credentials: 'omit',
          cache: 'no-store',
          // The token goes only to the origin it was saved for: a redirect is refused, never followed.
          redirect: 'manual',
        });
      } catch (error) {
        if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
          throw new SendbirdFailure({ kind: 'timeout', host });
        }
        // fetch rejects with a TypeError for DNS failures, refused connections and no network alike.
        throw new SendbirdFailure({ kind: isOnline() ? 'unreachable' : 'offline', host });
      }

      // With redirect: 'manual' the final URL is the one asked for; a fetch that says otherwise was redirected.
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || (response.url && !mayCarryToken(response.url, credentials))) {
        await discardBody(response);
        throw new SendbirdFailure({ kind: 'redirected', host });
      }

      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < maxTries) {
        const waitMs =
          response.status === 429
            ? (retryAfterSeconds(response.headers) ?? 1) * 1000
            : DEFAULTS.backoffMs * 2 ** (attempt - 1);
        if (waitMs <= maxRetryWaitMs) {
          // Not read: a server may send a body without end with its 429 or 5xx.
          await discardBody(response);
          await sleep(waitMs);
          continue;
        }
      }

      let body: unknown;
      let parsed = true;
      try {
        body = JSON.parse(await readCapped(response, MAX_RESPONSE_BYTES));
      } catch (error) {
        if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
          throw new SendbirdFailure({ kind: 'timeout', host });
        }
        if (error instanceof TooLarge) throw new SendbirdFailure({ kind: 'too-large', host });
        parsed = false;
      }
      if (!response.ok || (isRecord(body) && body.error === true)) {
        const failure = failureForStatus(response.ok ? 400 : response.status, body, notFound);
        const wait = retryAfterSeconds(response.headers);
        if (failure.kind === 'rate-limited' && wait !== null) failure.retryAfterSeconds = Math.ceil(wait);
        throw new SendbirdFailure(failure);
      }
      if (!parsed) throw new SendbirdFailure({ kind: 'malformed-response', status: response.status, host });
      return body;
    }
  }

  async function listTemplates(): Promise<TemplateList> {
    const maxPages = options.maxPages ?? DEFAULTS.maxPages;
    const raws: unknown[] = [];
    const seenCursors = new Set<string>();
    let cursor: string | null = null;
    for (let page = 1; page <= maxPages; page++) {
      const body = await getJson(listTemplatesUrl(base, cursor), 'unknown-app');
      if (!isRecord(body) || !Array.isArray(body.templates)) {
        throw new SendbirdFailure({ kind: 'malformed-response', host });
      }
      // One by one: spreading an untrusted, possibly huge array into push() can overflow the stack.
      for (const raw of body.templates) raws.push(raw);
      const next = typeof body.next === 'string' ? body.next : '';
      // A cursor seen before would loop forever; treat it as the end.
      if (body.has_more !== true || !next || seenCursors.has(next)) {
        return { templates: normalizeTemplates(raws), truncated: false };
      }
      seenCursors.add(next);
      cursor = next;
    }
    return { templates: normalizeTemplates(raws), truncated: true };
  }

  /** One template; `archived` when Sendbird still has it but it is archived. */
  async function getTemplate(key: string): Promise<Template | 'archived'> {
    const body = await getJson(getTemplateUrl(base, key), 'template-not-found');
    if (!isRecord(body)) throw new SendbirdFailure({ kind: 'malformed-response', host });
    const template = normalizeTemplate(body);
    if (template) return template;
    if (body.is_archived === true || body.is_archived === 'true') return 'archived';
    throw new SendbirdFailure({ kind: 'malformed-response', host });
  }

  return { listTemplates, getTemplate, host };
}

