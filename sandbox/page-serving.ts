/**
 * What every dashboard stand-in's server does alike: bundle its single-page app once per process,
 * and answer with text or JSON that no cache keeps (each test starts from the stand-in's state);
 * only the app's script, under a versioned URL, may be kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

interface Bundle {
  text: string;
  /** A hash of the text: the bundle's URL carries it, so a new bundle is a new URL. */
  version: string;
}

const bundles = new Map<string, Promise<Bundle>>();

/** A stand-in's app, bundled once per process (esbuild takes a few hundred milliseconds). */
function bundleApp(entryPoint: string): Promise<Bundle> {
  let bundle = bundles.get(entryPoint);
  if (!bundle) {
    bundle = build({
      entryPoints: [entryPoint],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    })
      .then((result) => {
        const text = result.outputFiles[0]?.text ?? '';
        return { text, version: createHash('sha256').update(text).digest('hex').slice(0, 12) };
      })
      .catch((error: unknown) => {
        // Not kept: the next page asks again (under `npm run sandbox`, once the app is fixed).
        bundles.delete(entryPoint);
        throw error;
      });
    bundles.set(entryPoint, bundle);
  }
  return bundle;
}

/**
 * The app's script tag for a page: its path with the bundle's version. The version lets the
 * browser keep the script (see sendApp) without ever running an old one after a sandbox restart.
 */
export async function appScriptTag(entryPoint: string, path: string): Promise<string> {
  return `<script src="${path}?v=${(await bundleApp(entryPoint)).version}"></script>`;
}

/**
 * The app itself. Asked for by its current version, it may be kept for good: with the script in
 * its cache, Chromium reuses its compiled code instead of compiling React on every page load,
 * which took a tenth of the browser tests' time. Everything else a stand-in answers is no-store.
 */
export async function sendApp(res: ServerResponse, url: URL, entryPoint: string): Promise<void> {
  const { text, version } = await bundleApp(entryPoint);
  const keep: Record<string, string> = url.searchParams.get('v') === version ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
  send(res, 200, text, 'text/javascript; charset=utf-8', keep);
}

export function send(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}
