/**
 * Posts Braze's test request to the Webhook URL for real, over HTTPS, to this sandbox's own server
 * (the host name in the TLS name and the Host header, as Chromium's host-resolver rules do it), so
 * the Sendbird stand-in and the relay receive it exactly as they would from Braze. A host the
 * sandbox does not serve is a name that does not resolve, as on a closed network.
 */
import { request } from 'node:https';
import type { BuiltRequest } from './test-send';

export interface PostOutcome {
  /** 0 when nothing answered; then `error` says why in a marketer's words. */
  status: number;
  body: string;
  error?: string;
}

export type WebhookPoster = (built: BuiltRequest) => Promise<PostOutcome>;

/** Braze waits 90 s; a stand-in that waits that long only hides a fault, so 10 s. */
const TIMEOUT_MS = 10_000;

export function posterThroughSandbox(options: { port: () => number; serves: (host: string) => boolean }): WebhookPoster {
  return (built) => {
    let url: URL;
    try {
      url = new URL(built.url);
    } catch {
      return Promise.resolve({ status: 0, body: '', error: 'The Webhook URL is not a valid URL.' });
    }
    // Braze reaches ports 80 and 443 only; the sandbox answers HTTPS only.
    if (url.protocol !== 'https:' || (url.port !== '' && url.port !== '443')) {
      return Promise.resolve({ status: 0, body: '', error: 'The sandbox reaches only https:// URLs on port 443.' });
    }
    if (!options.serves(url.hostname)) return Promise.resolve({ status: 0, body: '', error: `Could not resolve ${url.hostname}.` });
    const body = built.method === 'GET' ? '' : built.body;
    return new Promise((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: options.port(),
          servername: url.hostname,
          method: built.method,
          path: url.pathname + url.search,
          headers: { ...built.headers, host: url.hostname, 'content-length': String(Buffer.byteLength(body)) },
          rejectUnauthorized: false,
          timeout: TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error) => resolve({ status: 0, body: '', error: `Could not reach ${url.hostname}: ${error.message}.` }));
      req.end(body);
    });
  };
}
