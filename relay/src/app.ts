/**
 * The relay as one web-standard handler (Hono): the same app runs under Node (node.ts) and on
 * Cloudflare Workers (worker.ts). Configuration, the fetch that reaches Sendbird, the clock and the
 * log are passed in, so tests run it in-process against the sandbox's stand-in.
 */
import { Hono } from 'hono';
import { SENDBIRD_ROUTES } from '../../src/shared/sendbird-routes';
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
}

export interface Relay {
  app: Hono;
  counters: Counters;
}

type Handler = (route: string, request: Request, ctx: RouteContext) => Promise<Answer>;

/**
 * Every caller route, in one list. Braze's two (`/braze/notifications/realtime|batch`) join here
 * with their own handler when the Braze work lands; until then they answer 404 like any unknown path.
 */
const CALLER_ROUTES: ReadonlyArray<{ path: string; name: string; handle: Handler }> = [
  { path: SENDBIRD_ROUTES.clevertapSingle, name: 'clevertap/single', handle: handleClevertap },
  { path: SENDBIRD_ROUTES.clevertapMulti, name: 'clevertap/multi', handle: handleClevertap },
];

export function createRelay({ config, fetch, now = Date.now, log = jsonLog }: RelayDeps): Relay {
  const counters = createCounters();
  const ctx: RouteContext = {
    config,
    fetch,
    now,
    callers: callerCheck(config.callerSecrets),
    repeats: createRepeatWindow(config.repeatWindowMs, now),
    counters,
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
