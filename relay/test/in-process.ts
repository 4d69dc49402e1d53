/** The relay built in this Node process, reaching the send stand-in without a network. */
import { createRelay, type Relay } from '../src/app';
import { readConfig, type Env } from '../src/config';
import type { Log } from '../src/observability';
import type { SendStandIn } from '../../sandbox/sendbird-send-stand-in';
import type { Call } from './harness';

/** Like the platform's fetch: an aborted request rejects, whatever the server does later. */
function fetchLike(standIn: SendStandIn, request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    standIn.fetch(request).then(resolve, reject);
  });
}

export function inProcessRelay(env: Env, standIn: SendStandIn, log: Log = () => {}): { relay: Relay; call: Call } {
  const read = readConfig(env);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const relay = createRelay({ config: read.config, fetch: (input, init) => fetchLike(standIn, new Request(input, init)), log });
  const call: Call = (path, init = {}) => Promise.resolve(relay.app.fetch(new Request(`http://relay.test${path}`, init)));
  return { relay, call };
}
