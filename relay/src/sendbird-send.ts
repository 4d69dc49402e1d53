/**
 * One call to Sendbird's send route, turned into what the relay must answer: accepted, worth a
 * retry (429, 5xx, timeout, network), or refused (any other 4xx: a retry would be refused again).
 * The answer is read no further than a small cap: only its error code and message matter.
 */
import { SENDBIRD_ROUTES } from '../../src/shared/sendbird-routes';
import type { SendbirdCall } from './send-plan';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export type CallOutcome =
  | { kind: 'accepted' }
  | { kind: 'retry'; why: 'rate-limited' | 'server-error' | 'timeout' | 'network'; retryAfterSeconds: number | null }
  | { kind: 'refused'; status: number; code: number | null; message: string };

export interface SendTarget {
  url: string;
  token: string;
  timeoutMs: number;
}

const MAX_ANSWER_BYTES = 16 * 1024;
const MAX_REASON_CHARS = 300;

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (bytes >= MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return text;
}

/** Sendbird's `{ error, code, message }`, as far as it can be read. */
function sendbirdError(text: string): { code: number | null; message: string } {
  try {
    const parsed = JSON.parse(text) as { code?: unknown; message?: unknown };
    return {
      code: typeof parsed.code === 'number' ? parsed.code : null,
      message: typeof parsed.message === 'string' ? parsed.message.slice(0, MAX_REASON_CHARS) : '',
    };
  } catch {
    return { code: null, message: '' };
  }
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or Sendbird's own header. */
export function retryAfterOf(headers: Headers, now: number): number | null {
  const raw = headers.get('retry-after') ?? headers.get('x-ratelimit-retryafter');
  if (!raw) return null;
  const seconds = /^\d+$/.test(raw.trim()) ? Number(raw) : Math.ceil((Date.parse(raw) - now) / 1000);
  return Number.isFinite(seconds) ? Math.max(0, seconds) : null;
}

export async function callSendbird(fetch: Fetch, target: SendTarget, call: SendbirdCall, now: () => number): Promise<CallOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), target.timeoutMs);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf8', [SENDBIRD_ROUTES.authHeader]: target.token },
      body: JSON.stringify(call),
      signal: controller.signal,
      redirect: 'manual',
    });
    const text = await readCapped(response);
    if (response.status >= 200 && response.status < 300) return { kind: 'accepted' };
    if (response.status === 429) return { kind: 'retry', why: 'rate-limited', retryAfterSeconds: retryAfterOf(response.headers, now()) };
    if (response.status >= 500) return { kind: 'retry', why: 'server-error', retryAfterSeconds: retryAfterOf(response.headers, now()) };
    const error = sendbirdError(text);
    return { kind: 'refused', status: response.status, ...error };
  } catch {
    return { kind: 'retry', why: controller.signal.aborted ? 'timeout' : 'network', retryAfterSeconds: null };
  } finally {
    clearTimeout(timer);
  }
}
