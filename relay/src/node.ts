/**
 * `npm run relay`: the relay on Node. Configuration from the environment, plus an env file when one
 * is named (`--env-file path`) or `relay/.env` exists; the environment wins over the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigProblem, startNodeRelay } from './node-server';

function envFileArgument(args: string[]): string | null {
  const at = args.indexOf('--env-file');
  if (at >= 0) return args[at + 1] ?? null;
  const inline = args.find((a) => a.startsWith('--env-file='));
  return inline ? inline.slice('--env-file='.length) : null;
}

const named = envFileArgument(process.argv.slice(2));
// Relative to where it is started: `npm run relay` starts at the project root.
const fallback = resolve('relay', '.env');
const file = named ?? (existsSync(fallback) ? fallback : null);
if (named && !existsSync(named)) {
  console.error(`relay: no env file at ${named}`);
  process.exit(1);
}
const fromFile = file ? parseEnv(readFileSync(file, 'utf8')) : {};

try {
  const running = await startNodeRelay({ ...fromFile, ...process.env });
  console.log(`relay: listening on ${running.url} (CleverTap: ${running.url}/clevertap/notifications/single and …/multi; Braze: ${running.url}/braze/notifications/realtime and …/batch; health: ${running.url}/healthz)`);
  if (file) console.log(`relay: configuration read from the environment and ${file}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void running.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error instanceof ConfigProblem ? error.message : `relay: could not start: ${String(error)}`);
  process.exit(1);
}
