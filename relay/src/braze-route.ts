/**
 * Braze's webhook → Sendbird. Braze posts one flat body per user (its Liquid rendered), waits 90 s,
 * retries 408, 429 and 5xx (honouring Retry-After) and never a 4xx. So: who is calling, a bounded
 * read, the reference decoder for Braze, the repeat window (per request), then either one
 * `realtime` call (`/realtime`) or a place in the batcher's next call (`/batch`), and the answer
 * Braze acts on: 200 sent; 503 + Retry-After retry; 400/401/502 a retry would not help.
 */
import { decodeBrazeBody, RECEIVER_RENDERED_EMPTY } from '../../src/dashboards/braze/body-decoder';
import type { SendbirdSendRequest } from '../../src/shared/send-request';
import { getOwn } from '../../src/shared/records';
import { sendNotificationUrl } from '../../src/shared/sendbird-routes';
import { readBoundedText } from './bounded-body';
import type { BrazeBatcher } from './braze-batcher';
import { identifyCaller } from './caller-secret';
import type { Answer, RouteContext } from './clevertap-route';
import { repeatKey } from './repeat-window';
import { planCalls, type SendbirdCall } from './send-plan';
import { callSendbird, type CallOutcome } from './sendbird-send';

export interface BrazeContext extends RouteContext {
  brazeBatcher: BrazeBatcher;
}

/** A Retry-After from Sendbird beyond this is passed on as this: Braze gives up within 30 minutes. */
const MAX_RETRY_AFTER_SECONDS = 1800;

const bad = (error: string): Answer => ({ status: 400, body: { ok: false, error }, line: { outcome: 'bad-body', status: 400 } });

const SKIP_WORDS: Record<string, string> = {
  'receiver-rendered-empty': `the ${RECEIVER_RENDERED_EMPTY} (sendbird_receiver): this user has no Sendbird user ID in Braze`,
  'unknown-template': 'the template is unknown',
  'missing-variable': 'a required variable is empty',
};

type Decoded = { answer: Answer } | { answer: null; caller: Uint8Array; text: string; send: SendbirdSendRequest };

/** Everything before Sendbird is reached, alike for both routes. */
async function decodeRequest(request: Request, ctx: RouteContext): Promise<Decoded> {
  const caller = await identifyCaller(ctx.callers, request.headers.get('api-token') ?? undefined);
  if (!caller) {
    await request.body?.cancel().catch(() => undefined);
    return {
      answer: {
        status: 401,
        body: { ok: false, error: "The Api-token header does not hold this relay's secret: check the webhook's request headers in Braze." },
        line: { outcome: 'unauthorized', status: 401 },
      },
    };
  }
  const read = await readBoundedText(request.body, request.headers.get('content-length'), ctx.config.maxBodyBytes);
  if (!read.ok) return { answer: bad(`The webhook body is larger than this relay accepts (${ctx.config.maxBodyBytes} bytes).`) };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { answer: bad('The webhook body is not JSON: set the request body to JSON key/value pairs in Braze.') };
  }
  const decoded = decodeBrazeBody(json);
  if (!decoded.ok) return { answer: bad(decoded.message) };
  if (decoded.test) return { answer: bad('The webhook body is not a Braze body.') };
  if (!decoded.request) {
    ctx.counters.profilesSkipped += decoded.skipped.length;
    const skipped: Record<string, number> = {};
    for (const { reason } of decoded.skipped) skipped[reason] = (skipped[reason] ?? 0) + 1;
    const why = decoded.skipped.map(({ reason }) => SKIP_WORDS[reason] ?? reason).join('; ');
    return {
      answer: {
        status: 400,
        body: { ok: false, error: `Nothing was sent: ${why}.`, skipped },
        line: { outcome: 'nothing-to-send', status: 400, profiles: 1, targets: 0, skipped },
      },
    };
  }
  return { answer: null, caller, text: read.text, send: decoded.request };
}

/** What Braze is told about the one Sendbird call its request went out in. */
function answerFor(outcome: CallOutcome, ctx: RouteContext, line: Answer['line'] & { batch?: number }): Answer {
  if (outcome.kind === 'accepted') {
    return { status: 200, body: { ok: true, sent: 1, ...(line.batch === undefined ? {} : { batch: line.batch }) }, line: { ...line, outcome: 'sent', status: 200 } };
  }
  if (outcome.kind === 'retry') {
    const retryAfter = Math.min(Math.max(outcome.retryAfterSeconds ?? 0, ctx.config.retryAfterSeconds), MAX_RETRY_AFTER_SECONDS);
    return {
      status: 503,
      headers: { 'retry-after': String(retryAfter) },
      body: { ok: false, error: `Sendbird could not take the notification now (${outcome.why}); retry after ${retryAfter} s.`, sent: 0 },
      line: { ...line, outcome: 'sendbird-busy', status: 503, reason: outcome.why },
    };
  }
  const code = outcome.code === null ? '' : `, code ${outcome.code}`;
  return {
    status: 502,
    body: { ok: false, error: `Sendbird refused the notification (HTTP ${outcome.status}${code})${outcome.message ? `: ${outcome.message}` : ''}.`, sent: 0 },
    line: { ...line, outcome: 'sendbird-refused', status: 502, reason: outcome.code ?? outcome.status },
  };
}

/** One Sendbird call, counted once however many requests it answers. */
export async function sendCounted(ctx: RouteContext, call: SendbirdCall): Promise<CallOutcome> {
  const target = { url: sendNotificationUrl(ctx.config.sendbirdBase, ctx.config.sendPath), token: ctx.config.sendbirdToken, timeoutMs: ctx.config.sendbirdTimeoutMs };
  ctx.counters.sendbirdCalls += 1;
  const outcome = await callSendbird(ctx.fetch, target, call, ctx.now);
  if (outcome.kind === 'accepted') {
    ctx.counters.sendbirdAccepted += 1;
    ctx.counters.targetsSent += call.targets.length;
  }
  return outcome;
}

const COUNTS = { profiles: 1, targets: 1 } as const;

/** `/braze/notifications/realtime`: one request, one `realtime` call. */
export async function handleBrazeRealtime(route: string, request: Request, ctx: RouteContext): Promise<Answer> {
  const decoded = await decodeRequest(request, ctx);
  if (decoded.answer) return decoded.answer;
  const [call] = planCalls(decoded.send, 1);
  const key = await repeatKey(route, decoded.caller, decoded.text);
  return ctx.repeats.withEntry(key, async (entry): Promise<Answer> => {
    if (entry.accepted.has(0)) return { status: 200, body: { ok: true, repeat: true, sent: 1 }, line: { outcome: 'repeat', status: 200, ...COUNTS, calls: 0 } };
    const outcome = await sendCounted(ctx, call!);
    if (outcome.kind === 'accepted') entry.accepted.add(0);
    return answerFor(outcome, ctx, { outcome: 'sent', status: 200, ...COUNTS, calls: 1 });
  });
}

/**
 * `/braze/notifications/batch`: the request waits for its group's call and is answered with that
 * call's outcome only. The repeat window remembers each request (not each group): a retry of a
 * request already accepted is not sent again, whatever group it went out in; a retry of one that
 * failed joins the next group.
 */
export async function handleBrazeBatch(route: string, request: Request, ctx: BrazeContext): Promise<Answer> {
  const decoded = await decodeRequest(request, ctx);
  if (decoded.answer) return decoded.answer;
  const userId = decoded.send.targets[0]!;
  const variables = getOwn(decoded.send.template.variables, userId) ?? {};
  const key = await repeatKey(route, decoded.caller, decoded.text);
  return ctx.repeats.withEntry(key, async (entry): Promise<Answer> => {
    if (entry.accepted.has(0)) return { status: 200, body: { ok: true, repeat: true, sent: 1 }, line: { outcome: 'repeat', status: 200, ...COUNTS, calls: 0 } };
    const { outcome, size } = await ctx.brazeBatcher.add(decoded.send.template.key, userId, variables);
    if (outcome.kind === 'accepted') entry.accepted.add(0);
    return answerFor(outcome, ctx, { outcome: 'sent', status: 200, ...COUNTS, calls: 1, batch: size });
  });
}
