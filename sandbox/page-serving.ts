/**
 * What every dashboard stand-in's server does alike: bundle its single-page app once per process,
 * and answer with text or JSON that no cache keeps (each test starts from the stand-in's state).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/** A stand-in's app, bundled once per process (esbuild takes a few hundred milliseconds). */
export function bundleApp(entryPoint: string): Promise<string> {
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
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entryPoint, bundle);
  }
  return bundle;
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
