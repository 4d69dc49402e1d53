/**
 * The Braze dashboard stand-ins' server side: serves the single-page app at Braze's dashboard host
 * names, keeps each place's saved composers in memory, and plays Braze's part in Send Test:
 * renders the body for one user and POSTs it to the Webhook URL (post.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { appScriptTag, readJson, send, sendApp, sendJson } from '../page-serving';
import { brazeVariantOfHost, isBrazeDashboardHost } from './hosts';
import type { Place, PlaceKind, TestSendAnswer, TestSendRequest, TestUserSummary } from './model';
import { seededPlace } from './places';
import type { WebhookPoster } from './post';
import { buildTestRequest } from './test-send';
import { BRAZE_TEST_USERS, findTestUser } from './users';

/** One Send Test as the stand-in made it, for tests to read (`sandbox.braze.testSends`). */
export interface RecordedTestSend extends TestSendAnswer {
  host: string;
}

const APP_ENTRY = join(import.meta.dirname, 'app', 'main.tsx');

async function shell(host: string): Promise<string> {
  // Config travels in data attributes: the page's CSP allows no inline script, like a strict dashboard.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Braze</title>
<link rel="icon" href="data:,"></head>
<body><div id="root" data-variant="${brazeVariantOfHost(host)}" data-dashboard="${isBrazeDashboardHost(host)}"></div>
${await appScriptTag(APP_ENTRY, '/__sandbox/braze.js')}</body></html>`;
}

const PLACE_ROUTE = /^\/api\/places\/(campaign|canvas|template)\/([\w-]+)$/;

export function createBrazeStandIn(post: WebhookPoster) {
  const places = new Map<string, Place>();
  const testSends: RecordedTestSend[] = [];

  async function testSend(host: string, asked: TestSendRequest): Promise<TestSendAnswer> {
    const chosen = asked.userId ? findTestUser(asked.userId) : BRAZE_TEST_USERS[Math.floor(Math.random() * BRAZE_TEST_USERS.length)];
    if (!chosen) throw new Error(`no test user ${asked.userId}`);
    const built = buildTestRequest(asked.composer, chosen);
    const outcome = await post(built);
    const answer: TestSendAnswer = { userId: chosen.userId, sent: built, status: outcome.status, responseBody: outcome.body, ...(outcome.error ? { error: outcome.error } : {}) };
    const recorded = { ...answer, host };
    testSends.push(recorded);
    standIn.onTestSend?.(recorded);
    return answer;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname === '/__sandbox/braze.js') return sendApp(res, url, APP_ENTRY);
    if (url.pathname === '/api/test-users') {
      return sendJson(res, 200, BRAZE_TEST_USERS.map(({ userId, name }): TestUserSummary => ({ userId, name })));
    }
    if (url.pathname === '/api/test-send' && req.method === 'POST') return sendJson(res, 200, await testSend(host, (await readJson(req)) as TestSendRequest));
    const place = PLACE_ROUTE.exec(url.pathname);
    if (place) {
      const [, kind, id] = place as unknown as [string, PlaceKind, string];
      const key = `${host} ${kind}/${id}`;
      if (req.method === 'PUT') {
        places.set(key, { ...((await readJson(req)) as Place), kind, id });
        return sendJson(res, 200, places.get(key));
      }
      return sendJson(res, 200, places.get(key) ?? seededPlace(kind, id, brazeVariantOfHost(host)));
    }
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, { error: 'unknown api' });
    return send(res, 200, await shell(host), 'text/html; charset=utf-8', {
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    });
  }

  const standIn = {
    handle,
    /** Told of every Send Test (`npm run sandbox` prints them). */
    onTestSend: null as ((sent: RecordedTestSend) => void) | null,
    /** What each place saved, by `<host> <kind>/<id>`. */
    places,
    testSends,
    reset() {
      places.clear();
      testSends.length = 0;
    },
  };
  return standIn;
}

export type BrazeStandIn = ReturnType<typeof createBrazeStandIn>;
