/**
 * The relay on Cloudflare Workers: the same app as on Node, its configuration from the Worker's
 * vars and secrets (`wrangler secret put`). Built once per isolate: the counters and the repeat
 * window live as long as the isolate does, which is the best effort the README describes.
 */
import { createRelay, type Relay } from './app';
import { readConfig, type Env } from './config';

let built: { env: unknown; relay: Relay | null; problems: string[] } | null = null;

function relayFor(env: Env): { relay: Relay | null; problems: string[] } {
  if (built?.env !== env) {
    const read = readConfig(env);
    built = read.ok
      ? { env, relay: createRelay({ config: read.config, fetch: (input, init) => fetch(input, init) }), problems: [] }
      : { env, relay: null, problems: read.problems };
  }
  return built;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { relay, problems } = relayFor(env);
    if (relay) return relay.app.fetch(request);
    // Names of what is missing, never values; 503 so that nothing is lost while an admin fixes it.
    console.log(JSON.stringify({ msg: 'relay.misconfigured', problems }));
    return Response.json({ ok: false, error: 'The relay is not configured: see its log.' }, { status: 503, headers: { 'retry-after': '60' } });
  },
};
