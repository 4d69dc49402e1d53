/**
 * A local stand-in for Sendbird's Business Messaging API at its real host names: the template list
 * and get routes the extension assumes (product.md), Sendbird's error bodies, and switchable faults.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { SANDBOX_APP_ID, SANDBOX_INTEGRATION_TOKEN, SANDBOX_TOKEN } from './constants';
import { decodeWebhook } from '../src/dashboards/clevertap/webhook-decoder';
import type { DecodeResult } from '../src/shared/send-request';
import { normalizeTemplates } from '../src/shared/template-model';
import { getRequestListener } from '@hono/node-server';
import { createSendStandIn, isSendPath } from './sendbird-send-stand-in';
import { createSendbirdBrazeEndpoints, isBrazeEndpointPath } from './sendbird-braze-stand-in';

export type SendbirdFault =
  | { kind: 'wrong-token' }
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'rate-limit'; times: number; retryAfterSeconds: number }
  | { kind: 'server-error'; times: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'malformed' }
  | { kind: 'has-more-forever' }
  | { kind: 'empty' }
  /** Answers with a redirect to another host that would collect whatever is sent there. */
  | { kind: 'redirect'; to: string };

/** Which of the template routes a fault hits: every one (default), or only the list or one template. */
export type FaultRoute = 'any' | 'list' | 'get';

export interface RecordedRequest {
  host: string;
  path: string;
  token: string | undefined;
}

const HOST = /^api-([0-9a-f-]+)\.notifications\.sendbird\.com$/;

export function loadSandboxTemplates(): unknown[] {
  return JSON.parse(readFileSync(new URL('./data/templates.json', import.meta.url), 'utf8')) as unknown[];
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const sendbirdError = (code: number, message: string) => ({ error: true, code, message });

/** A webhook call from CleverTap, as Sendbird's /clevertap/notifications/* endpoint saw it. */
export interface ReceivedWebhook {
  endpoint: 'single' | 'multi';
  envelope: unknown;
  decoded: DecodeResult;
}

export function createSendbirdStandIn(options: { templates?: unknown[]; pageSize?: number } = {}) {
  const apps = new Map<string, string>([[SANDBOX_APP_ID.toLowerCase(), SANDBOX_TOKEN]]);
  let templates = options.templates ?? loadSandboxTemplates();
  let fault: SendbirdFault | null = null;
  let faultRoute: FaultRoute = 'any';
  const requests: RecordedRequest[] = [];
  const webhooks: ReceivedWebhook[] = [];
  /** Sendbird's documented send API (what the relay calls), with its own faults and record. */
  const sends = createSendStandIn({
    appId: SANDBOX_APP_ID,
    token: SANDBOX_TOKEN,
    templateKeys: () => normalizeTemplates(templates).map((t) => t.key),
  });
  const sendListener = getRequestListener((request) => sends.fetch(request));
  /** Sendbird's Braze endpoints (the Braze stand-ins' Send Test reaches them over HTTPS). */
  const braze = createSendbirdBrazeEndpoints((key) => normalizeTemplates(templates).find((t) => t.key === key)?.variables.map((v) => v.key) ?? null);

  /**
   * Sendbird's CleverTap endpoints, played by the reference decoder: checks the Api-token header,
   * answers CleverTap's save-time `is_test` call with 200 and sends nothing.
   */
  function receiveWebhook(url: string, headers: Record<string, string>, envelope: unknown): { status: number; body: unknown } {
    const { hostname, pathname } = new URL(url);
    const endpoint = /^\/clevertap\/notifications\/(single|multi)$/.exec(pathname)?.[1] as 'single' | 'multi' | undefined;
    const appId = HOST.exec(hostname)?.[1];
    if (!endpoint || !appId || !apps.has(appId)) return { status: 404, body: sendbirdError(400201, 'Not found.') };
    const token = Object.entries(headers).find(([k]) => k.toLowerCase() === 'api-token')?.[1];
    if (token !== SANDBOX_INTEGRATION_TOKEN) return { status: 401, body: sendbirdError(400401, 'Invalid value: "Api-token".') };
    const known = normalizeTemplates(templates);
    const decoded = decodeWebhook(envelope, {
      templateVariables: (key) => known.find((t) => t.key === key)?.variables.map((v) => v.key) ?? null,
    });
    webhooks.push({ endpoint, envelope, decoded });
    if (!decoded.ok) return { status: 400, body: { error: true, code: 400111, message: decoded.message } };
    return { status: 200, body: decoded };
  }

  function takeFault(path: string): SendbirdFault | null {
    const route = path === '/v3/notifications/templates' ? 'list' : 'get';
    if (faultRoute !== 'any' && faultRoute !== route) return null;
    const current = fault;
    if (current && 'times' in current) {
      current.times -= 1;
      if (current.times <= 0) fault = null;
    }
    return current;
  }

  function listPage(url: URL, res: ServerResponse) {
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 20, 1), 100);
    const pageSize = Math.min(limit, options.pageSize ?? limit);
    const start = Number(url.searchParams.get('token') || 0) || 0;
    const page = templates.slice(start, start + pageSize);
    const hasMore = start + pageSize < templates.length;
    send(res, 200, { templates: page, has_more: hasMore, next: hasMore ? String(start + pageSize) : '' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
    const url = new URL(req.url ?? '/', `https://${host}`);
    const token = req.headers['api-token'];
    requests.push({ host, path: url.pathname + url.search, token: typeof token === 'string' ? token : undefined });

    const appId = HOST.exec(host)?.[1];
    if (!appId || !apps.has(appId)) return send(res, 404, sendbirdError(400201, 'Application not found.'));
    if (req.method === 'POST' && isSendPath(url.pathname)) return sendListener(req, res);
    if (req.method === 'POST' && isBrazeEndpointPath(url.pathname)) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const answer = braze.receive(url.pathname, headers, Buffer.concat(chunks).toString('utf8'));
      return send(res, answer.status, answer.body);
    }
    if (req.method === 'POST' && url.pathname.startsWith('/clevertap/')) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      let envelope: unknown;
      try {
        envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, sendbirdError(400403, 'Invalid JSON body.'));
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const answer = receiveWebhook(url.href, headers, envelope);
      return send(res, answer.status, answer.body);
    }
    if (req.method !== 'GET') return send(res, 405, sendbirdError(400100, 'Method not allowed.'));

    const active = takeFault(url.pathname);
    if (active?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, active.delayMs));
    if (active?.kind === 'redirect') return send(res, 302, '', { location: active.to });
    if (active?.kind === 'wrong-token' || token !== apps.get(appId)) {
      return send(res, 400, sendbirdError(400401, 'Invalid value: "Api-Token".'));
    }
    if (active?.kind === 'unauthorized') return send(res, 401, { message: 'Unauthorized' });
    if (active?.kind === 'forbidden') return send(res, 403, sendbirdError(403100, 'Permission denied.'));
    if (active?.kind === 'rate-limit') {
      return send(res, 429, sendbirdError(500910, 'Too many requests.'), {
        'retry-after': String(active.retryAfterSeconds),
        'x-ratelimit-retryafter': String(active.retryAfterSeconds),
      });
    }
    if (active?.kind === 'server-error') return send(res, 500, sendbirdError(500901, 'Internal error.'));
    if (active?.kind === 'malformed') return send(res, 200, '{"templates": [{"key": "order_sh');

    if (url.pathname === '/v3/notifications/templates') {
      if (active?.kind === 'empty') return send(res, 200, { templates: [], has_more: false, next: '' });
      if (active?.kind === 'has-more-forever') {
        const n = Number(url.searchParams.get('token') || 0);
        fault = active; // stays on for every page
        return send(res, 200, { templates: [{ key: `endless_${n}`, name: `Endless ${n}` }], has_more: true, next: String(n + 1) });
      }
      return listPage(url, res);
    }
    const one = /^\/v3\/notifications\/templates\/([^/]+)$/.exec(url.pathname);
    if (one?.[1]) {
      const key = decodeURIComponent(one[1]);
      const found = templates.find((t) => (t as { key?: unknown }).key === key);
      return found ? send(res, 200, found) : send(res, 404, sendbirdError(400201, 'Template not found.'));
    }
    return send(res, 404, sendbirdError(400201, 'Resource not found.'));
  }

  return {
    sends,
    handle,
    receiveWebhook,
    requests,
    webhooks,
    /** Braze's webhook calls, decoded (`sandbox.sendbird.brazeWebhooks`). */
    brazeWebhooks: braze.received,
    setFault(next: SendbirdFault | null, route: FaultRoute = 'any') {
      fault = next;
      faultRoute = route;
    },
    setTemplates(next: unknown[]) {
      templates = next;
    },
    reset() {
      fault = null;
      faultRoute = 'any';
      templates = options.templates ?? loadSandboxTemplates();
      requests.length = 0;
      webhooks.length = 0;
      braze.reset();
      sends.reset();
    },
  };
}

export type SendbirdStandIn = ReturnType<typeof createSendbirdStandIn>;
