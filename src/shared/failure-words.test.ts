/**
 * Every Sendbird failure ends in its own sentence, in words a marketer or an admin understands, with
 * the way forward. The mapping from answers to failures is sendbird-client.test.ts's; the browser
 * tests (faults.spec.ts, panel-states.spec.ts) show one failure per path to the screen (the popup's
 * Test connection, the panel's status line). These are the English sentences themselves.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Failure } from './failures';
import { failureMessage } from './i18n';

const english = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

beforeAll(() => {
  // chrome.i18n as Chrome runs it: the catalogue's message, with $1… replaced by the substitutions.
  vi.stubGlobal('chrome', {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => english[key]?.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
      getUILanguage: () => 'en',
    },
  });
});

const HOST = 'api-0f0e0d0c-0b0a-4009-8008-070605040302.notifications.sendbird.com';

const CASES: Array<[string, Failure, string]> = [
  ['DNS failure or refused connection', { kind: 'unreachable', host: HOST }, `Could not reach ${HOST}. Check the App ID (the address is made from it) and your network.`],
  ['unknown app (404)', { kind: 'unknown-app', status: 404 }, 'Sendbird does not know this App ID. Check it in the Sendbird dashboard.'],
  ['401', { kind: 'invalid-token', status: 401 }, 'The API token was rejected by Sendbird (401). Copy it again from the Sendbird dashboard.'],
  ['400401', { kind: 'invalid-token', status: 400, code: 400401 }, 'The API token was rejected by Sendbird (400401). Copy it again from the Sendbird dashboard.'],
  ['403', { kind: 'permission-denied', status: 403, code: 403100 }, 'This API token may not read templates (403100). Use the Business Messaging API token.'],
  ['429 with a long Retry-After', { kind: 'rate-limited', status: 429, retryAfterSeconds: 120 }, 'Sendbird is busy (too many requests). Try again in 120 seconds.'],
  ['a lasting 500', { kind: 'server-error', status: 500 }, 'Sendbird had a problem (500). Try again in a few minutes.'],
  ['truncated JSON', { kind: 'malformed-response', host: HOST }, 'Sendbird sent an answer the extension could not read. Try again; if it keeps happening, check the API base URL.'],
  ['offline', { kind: 'offline', host: HOST }, 'You are offline. Connect to the internet and try again.'],
  ['slower than the timeout', { kind: 'timeout', host: HOST }, 'Sendbird did not answer in time. Try again in a moment.'],
];

describe('the words of each Sendbird failure', () => {
  it.each(CASES)('%s', (_name, failure, words) => {
    expect(failureMessage(failure)).toBe(words);
  });

  it('gives every kind of failure a sentence of its own, never a bare key', () => {
    const kinds: Failure['kind'][] = [
      'invalid-token', 'permission-denied', 'not-activated', 'unknown-app', 'unreachable', 'offline', 'timeout', 'rate-limited', 'server-error',
      'malformed-response', 'template-not-found', 'http-error', 'not-configured', 'redirected', 'credentials-changed', 'untrusted-origin',
      'too-large', 'internal', 'host-permission-missing', 'throttled',
    ];
    const sentences = kinds.map((kind) => failureMessage({ kind, host: HOST, status: 500 }));
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].*[.)]$/);
    expect(new Set(sentences).size).toBe(kinds.length);
  });
});
