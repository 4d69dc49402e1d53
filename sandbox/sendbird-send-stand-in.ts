/**
 * A stand-in for Sendbird's documented send API (`POST /v1/notifications`, or the other documented
 * path; both from src/shared/sendbird-routes.ts), as a web-standard handler so that the relay's
 * tests call it in-process, Miniflare's workerd reaches it as the Worker's outbound network, and
 * the sandbox serves it at Sendbird's real host names. It checks the token and the documented
 * rules (one target for `realtime`, at most 10,000 for `batch`), answers with Sendbird's error
 * bodies, plays switchable faults, and records every notification it accepted.
 */
import { SENDBIRD_ROUTES, SENDBIRD_SEND } from '../src/shared/sendbird-routes';
import { isRecord } from '../src/shared/records';

export type SendFault =
  | { kind: 'rate-limit'; times: number; retryAfterSeconds: number }
  | { kind: 'server-error'; times: number }
  /** Answers only after `delayMs` (then as usual): for the demo and the load test. */
  | { kind: 'slow'; delayMs: number; times?: number }
  /** Never answers and sends nothing, until the caller gives up or `releaseHung()`. */
  | { kind: 'hang'; times: number }
  /** Answers with one of Sendbird's 4xx errors. */
  | { kind: 'refuse'; times: number; status: number; code: number; message: string };

export interface SentNotification {
  path: string;
  template: { key: string; variables: Record<string, Record<string, string>> };
  targets: string[];
  mode: 'realtime' | 'batch';
}

export interface SendStandInOptions {
  appId: string;
  token: string;
  /** Keys of the templates that exist; absent: every key exists. */
  templateKeys?: () => readonly string[];
  sleep?: (ms: number) => Promise<void>;
  /** Answer on any host name (the load test reaches it at 127.0.0.1). */
  anyHost?: boolean;
}

const error = (status: number, code: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: true, code, message }, { status, headers });

export function isSendPath(path: string): boolean {
  return (SENDBIRD_SEND.knownPaths as readonly string[]).includes(path);
}

export function createSendStandIn(options: SendStandInOptions) {
  const host = SENDBIRD_ROUTES.apiBase.replace('{appId}', options.appId.toLowerCase()).replace('https://', '');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let fault: SendFault | null = null;
  const sent: SentNotification[] = [];
  /** Every request that reached the send route, accepted or not (for "nothing was sent" checks). */
  const received: Array<{ path: string; status: number }> = [];
  let hung: Array<() => void> = [];

  function releaseHung() {
    for (const release of hung) release();
    hung = [];
  }

  function takeFault(): SendFault | null {
    const current = fault;
    if (current && 'times' in current && current.times !== undefined) {
      current.times -= 1;
      if (current.times <= 0) fault = null;
    }
    return current;
  }

  function hang(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      hung.push(resolve);
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== 'POST' || !isSendPath(url.pathname)) return error(404, 400201, 'Resource not found.');
    if (!options.anyHost && url.hostname !== host) return error(404, 400201, 'Application not found.');
    // The body is read before any answer, faults included: an answer sent while a large body is
    // still arriving leaves the caller's kept-alive connection unusable (workerd then reports a
    // later call on it as "Network connection lost").
    const text = await request.text().catch(() => '');
    const active = takeFault();
    if (active?.kind === 'hang') {
      await hang(request.signal);
      return error(504, 500901, 'Gateway timeout.');
    }
    if (active?.kind === 'slow') await sleep(active.delayMs);
    if (request.headers.get(SENDBIRD_ROUTES.authHeader) !== options.token) return error(400, 400401, 'Invalid value: "Api-Token".');
    if (active?.kind === 'rate-limit') {
      const seconds = String(active.retryAfterSeconds);
      return error(429, 500910, 'Too many requests.', { 'retry-after': seconds, 'x-ratelimit-retryafter': seconds });
    }
    if (active?.kind === 'server-error') return error(500, 500901, 'Internal error.');
    if (active?.kind === 'refuse') return error(active.status, active.code, active.message);

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return error(400, 400403, 'Invalid JSON body.');
    }
    if (!isRecord(body) || !isRecord(body.template) || typeof body.template.key !== 'string' || !body.template.key) {
      return error(400, 400402, '"template.key" is required.');
    }
    const { targets, mode } = body;
    if (!Array.isArray(targets) || targets.length === 0 || !targets.every((t) => typeof t === 'string' && t)) {
      return error(400, 400402, '"targets" must be a list of user ids.');
    }
    if (mode !== 'realtime' && mode !== 'batch') return error(400, 400111, '"mode" must be "realtime" or "batch".');
    if (mode === 'realtime' && targets.length !== 1) return error(400, 400111, 'A realtime notification has exactly one target.');
    if (targets.length > SENDBIRD_SEND.maxTargets) return error(400, 400111, `At most ${SENDBIRD_SEND.maxTargets} targets per request.`);
    const variables = body.template.variables ?? {};
    if (!isRecord(variables)) return error(400, 400111, '"template.variables" must be an object.');
    if (options.templateKeys && !options.templateKeys().includes(body.template.key)) return error(400, 400201, 'Template not found.');
    const notification: SentNotification = {
      path: url.pathname,
      template: { key: body.template.key, variables: variables as SentNotification['template']['variables'] },
      targets: targets as string[],
      mode,
    };
    sent.push(notification);
    standIn.onSent?.(notification);
    return Response.json({}, { status: 200 });
  }

  const standIn = {
    /** Called with each accepted notification (the sandbox's console prints them). */
    onSent: null as ((sent: SentNotification) => void) | null,
    async fetch(request: Request): Promise<Response> {
      const response = await answer(request);
      received.push({ path: new URL(request.url).pathname, status: response.status });
      return response;
    },
    sent,
    received,
    setFault(next: SendFault | null) {
      fault = next;
    },
    /** Lets every hung request go (it answers 504 and sends nothing). */
    releaseHung,
    reset() {
      fault = null;
      sent.length = 0;
      received.length = 0;
      releaseHung();
    },
  };
  return standIn;
}

export type SendStandIn = ReturnType<typeof createSendStandIn>;
