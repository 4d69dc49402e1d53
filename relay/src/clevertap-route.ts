/**
 * CleverTap's webhook → Sendbird: who is calling, a bounded read, the reference decoder, the send
 * plan, the repeat window, and the answer CleverTap acts on (200: sent, never retried; 503: nothing
 * or not everything was sent, retry; 400/401/502: a retry would not help).
 */
import { decodeWebhook } from '../../src/dashboards/clevertap/webhook-decoder';
import type { SkippedProfile } from '../../src/shared/send-request';
import { SENDBIRD_SEND, sendNotificationUrl } from '../../src/shared/sendbird-routes';
import { readBoundedText } from './bounded-body';
import { identifyCaller, type CallerCheck } from './caller-secret';
import type { RelayConfig } from './config';
import type { Counters, RequestLine } from './observability';
import { repeatKey, type RepeatWindow } from './repeat-window';
import { planCalls } from './send-plan';
import { callSendbird, type CallOutcome, type Fetch } from './sendbird-send';

export interface RouteContext {
  config: RelayConfig;
  fetch: Fetch;
  now: () => number;
  callers: CallerCheck;
  repeats: RepeatWindow;
  counters: Counters;
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  line: Omit<RequestLine, 'route' | 'ms'>;
}

/** Sendbird is called for a few chunks at once at most: a 16 MB body holds only a handful. */
const PARALLEL_CALLS = 4;
/** A Retry-After from Sendbird beyond this is passed on as this: the caller gives up long before. */
const MAX_RETRY_AFTER_SECONDS = 3600;

function skippedCounts(skipped: readonly SkippedProfile[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const at = next++;
      results[at] = await run(items[at] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const bad = (error: string): Answer => ({ status: 400, body: { ok: false, error }, line: { outcome: 'bad-body', status: 400 } });

const NO_TARGET_WORDS: Record<string, string> = {
  'receiver-missing': 'the receiver property is missing or empty',
  'unknown-template': 'the template is unknown',
  'missing-variable': 'a required variable is empty',
  'other-template': 'the profile names another template',
};

export async function handleClevertap(route: string, request: Request, ctx: RouteContext): Promise<Answer> {
  const caller = await identifyCaller(ctx.callers, request.headers.get('api-token') ?? undefined);
  if (!caller) {
    await request.body?.cancel().catch(() => undefined);
    return {
      status: 401,
      body: { ok: false, error: "The Api-token header does not hold this relay's secret: check the webhook's header in CleverTap." },
      line: { outcome: 'unauthorized', status: 401 },
    };
  }
  const read = await readBoundedText(request.body, request.headers.get('content-length'), ctx.config.maxBodyBytes);
  if (!read.ok) {
    return bad(`The webhook body is larger than this relay accepts (${ctx.config.maxBodyBytes} bytes): send to fewer profiles per request, or raise RELAY_MAX_BODY_BYTES.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return bad('The webhook body is not JSON: set the webhook content format to JSON in CleverTap.');
  }
  const decoded = decodeWebhook(json);
  if (!decoded.ok) return bad(decoded.message);
  if (decoded.test) return { status: 200, body: { ok: true, test: true }, line: { outcome: 'test', status: 200 } };

  // The decoder took the body as an object: `profiles` is an array (broadcast) or one profile.
  const listed = (json as { profiles?: unknown }).profiles;
  const profiles = Array.isArray(listed) ? listed.length : 1;
  const skipped = skippedCounts(decoded.skipped);
  ctx.counters.profilesSkipped += decoded.skipped.length;
  const send = decoded.request;
  if (!send) {
    const why = Object.keys(skipped).map((reason) => NO_TARGET_WORDS[reason] ?? reason).join('; ');
    return {
      status: 400,
      body: { ok: false, error: `Nothing was sent: no profile could be sent to (${why || 'the webhook carries no profiles'}).`, skipped },
      line: { outcome: 'nothing-to-send', status: 400, profiles, targets: 0, skipped },
    };
  }

  const calls = planCalls(send, SENDBIRD_SEND.maxTargets);
  const target = {
    url: sendNotificationUrl(ctx.config.sendbirdBase, ctx.config.sendPath),
    token: ctx.config.sendbirdToken,
    timeoutMs: ctx.config.sendbirdTimeoutMs,
  };
  const counts = { profiles, targets: send.targets.length, skipped };
  const key = await repeatKey(route, caller, read.text);

  return ctx.repeats.withEntry(key, async (entry): Promise<Answer> => {
    const pending = calls.map((_, index) => index).filter((index) => !entry.accepted.has(index));
    if (pending.length === 0) {
      return { status: 200, body: { ok: true, repeat: true, sent: counts.targets, skipped }, line: { outcome: 'repeat', status: 200, ...counts, calls: 0 } };
    }
    const outcomes: CallOutcome[] = await mapLimited(pending, PARALLEL_CALLS, (index) => callSendbird(ctx.fetch, target, calls[index]!, ctx.now));
    ctx.counters.sendbirdCalls += pending.length;
    pending.forEach((index, i) => {
      if (outcomes[i]?.kind !== 'accepted') return;
      entry.accepted.add(index);
      ctx.counters.sendbirdAccepted += 1;
      ctx.counters.targetsSent += calls[index]!.targets.length;
    });
    const line = { ...counts, calls: pending.length };
    if (entry.accepted.size === calls.length) {
      return { status: 200, body: { ok: true, sent: counts.targets, calls: calls.length, skipped }, line: { outcome: 'sent', status: 200, ...line } };
    }
    const sentSoFar = [...entry.accepted].reduce((sum, index) => sum + calls[index]!.targets.length, 0);
    const retries = outcomes.filter((o): o is Extract<CallOutcome, { kind: 'retry' }> => o.kind === 'retry');
    if (retries.length > 0) {
      const fromSendbird = Math.max(...retries.map((r) => r.retryAfterSeconds ?? 0));
      const retryAfter = Math.min(Math.max(fromSendbird, ctx.config.retryAfterSeconds), MAX_RETRY_AFTER_SECONDS);
      return {
        status: 503,
        headers: { 'retry-after': String(retryAfter) },
        body: {
          ok: false,
          error: `Sendbird could not take the notification now (${retries[0]!.why}); retry after ${retryAfter} s. Users already sent to are not sent to again.`,
          sent: sentSoFar,
        },
        line: { outcome: sentSoFar > 0 ? 'partly-sent' : 'sendbird-busy', status: 503, ...line, reason: retries[0]!.why },
      };
    }
    const refused = outcomes.find((o): o is Extract<CallOutcome, { kind: 'refused' }> => o.kind === 'refused')!;
    const code = refused.code === null ? '' : `, code ${refused.code}`;
    return {
      status: 502,
      body: {
        ok: false,
        error: `Sendbird refused the notification (HTTP ${refused.status}${code})${refused.message ? `: ${refused.message}` : ''}.`,
        sent: sentSoFar,
      },
      line: { outcome: 'sendbird-refused', status: 502, ...line, reason: refused.code ?? refused.status },
    };
  });
}
