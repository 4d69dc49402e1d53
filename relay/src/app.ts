/**
 * The relay as one web-standard handler (Hono): the same app runs under Node (node.ts) and on
 * Cloudflare Workers (worker.ts). Configuration, the fetch that reaches Sendbird, the clock and the
 * log are passed in, so tests run it in-process against the sandbox's stand-in.
 */
import { Hono } from 'hono';
import { SENDBIRD_ROUTES } from '../../src/shared/sendbird-routes';
import { createBrazeBatcher, realTimers, type Timers } from './braze-batcher';
import { handleBrazeBatch, handleBrazeRealtime, sendCounted, type BrazeContext } from './braze-route';
import { callerCheck } from './caller-secret';
import { handleClevertap, type Answer, type RouteContext } from './clevertap-route';
import type { RelayConfig } from './config';
import { count, createCounters, jsonLog, type Counters, type Log } from './observability';
import { createRepeatWindow } from './repeat-window';
import type { Fetch } from './sendbird-send';

export interface RelayDeps {
  config: RelayConfig;
  fetch: Fetch;
  now?: () => number;
  log?: Log;
  /** The timers of Braze's batch window (tests fire them by hand). */
  timers?: Timers;
}

export interface Relay {
  app: Hono;
  counters: Counters;
}

type Handler = (route: string, request: Request, ctx: BrazeContext) => Promise<Answer>;

/** Every caller route, in one list; the paths come from the one module of routes. */
const CALLER_ROUTES: ReadonlyArray<{ path: string; name: string; handle: Handler }> = [
  { path: SENDBIRD_ROUTES.clevertapSingle, name: 'clevertap/single', handle: handleClevertap },
  { path: SENDBIRD_ROUTES.clevertapMulti, name: 'clevertap/multi', handle: handleClevertap },
  { path: SENDBIRD_ROUTES.brazeRealtime, name: 'braze/realtime', handle: handleBrazeRealtime },
  { path: SENDBIRD_ROUTES.brazeBatch, name: 'braze/batch', handle: handleBrazeBatch },
];

export function createRelay({ config, fetch, now = Date.now, log = jsonLog, timers = realTimers }: RelayDeps): Relay {
  const counters = createCounters();
  const base: RouteContext = {
    config,
    fetch,
    now,
    callers: callerCheck(config.callerSecrets),
    repeats: createRepeatWindow(config.repeatWindowMs, now),
    counters,
  };
  const ctx: BrazeContext = {
    ...base,
    brazeBatcher: createBrazeBatcher({ maxWaitMs: config.brazeBatchWaitMs, maxUsers: config.brazeBatchMaxUsers, giveUpMs: config.sendbirdTimeoutMs + 1_000, now, timers, send: (call) => sendCounted(base, call) }),
  };
  const app = new Hono();

  for (const route of CALLER_ROUTES) {
    app.post(route.path, async (c) => {
      const started = now();
      let answer: Answer;
      try {
        answer = await route.handle(route.name, c.req.raw, ctx);
      } catch {
        // Nothing known to be sent: a retry is safe, and the repeat window skips what was accepted.
        answer = { status: 503, headers: { 'retry-after': String(config.retryAfterSeconds) }, body: { ok: false, error: 'The relay failed unexpectedly; retry.' }, line: { outcome: 'internal', status: 503 } };
      }
      const line = { route: route.name, ms: Math.max(0, now() - started), ...answer.line };
      count(counters, line);
      log(line);
      return c.json(answer.body, answer.status as 200, answer.headers ?? {});
    });
  }

  app.get('/healthz', (c) => c.json({ ok: true, counters }));

  app.notFound((c) => {
    const line = { route: 'unknown', outcome: 'not-found' as const, status: 404, ms: 0 };
    count(counters, line);
    log(line);
    return c.json({ ok: false, error: 'Not found.' }, 404);
  });

  return { app, counters };
}
