/** The Worker as wrangler would deploy it: relay/src/worker.ts bundled into one ES module. */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
