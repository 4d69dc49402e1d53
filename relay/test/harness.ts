/**
 * What the shared behaviour suite needs from a runtime: a way to call a relay (built from an env,
 * as each runtime builds it) and the Sendbird send stand-in it reaches.
 */
import { SANDBOX_APP_ID, SANDBOX_TOKEN } from '../../sandbox/constants';
import { createSendStandIn, type SendStandIn } from '../../sandbox/sendbird-send-stand-in';
import type { Env } from '../src/config';

export const SECRET_A = 'relay-test-secret-aaaaaaaaaaaaaaaa';
export const SECRET_B = 'relay-test-secret-bbbbbbbbbbbbbbbb';

/** Small enough that an over-cap body is quick to make, large enough for 25,000 profiles. */
export const TEST_BODY_CAP = 6_000_000;

export const TEST_ENV: Env = {
  SENDBIRD_APP_ID: SANDBOX_APP_ID,
  SENDBIRD_API_TOKEN: SANDBOX_TOKEN,
  RELAY_SECRETS: `${SECRET_A}, ${SECRET_B}`,
  RELAY_MAX_BODY_BYTES: String(TEST_BODY_CAP),
  RELAY_RETRY_AFTER_SECONDS: '5',
  // Generous, so that no call times out by chance on a busy machine; the timeout case has its own relay.
  RELAY_SENDBIRD_TIMEOUT_MS: '10000',
  // Braze's batch groups are sent when 4 users wait (the tests send groups of 4: no timing involved);
  // the wait is only a guard, so that a test that got it wrong ends instead of hanging.
  RELAY_BRAZE_BATCH_MAX_USERS: '4',
  RELAY_BRAZE_BATCH_WAIT_MS: '10000',
};

/**
 * The relay used for the timeout case gives Sendbird this long: short, so the case is quick, yet far
 * above what a loopback answer takes on a busy machine, so that no other call times out by chance.
 */
export const SHORT_TIMEOUT_ENV: Env = { ...TEST_ENV, RELAY_SENDBIRD_TIMEOUT_MS: '2000', RELAY_BRAZE_BATCH_WAIT_MS: '50' };

export interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type Call = (path: string, init?: CallInit) => Promise<Response>;

export interface Runtime {
  name: string;
  /** Property runs per property (workerd answers more slowly than an in-process call). */
  propertyRuns: number;
  standIn: SendStandIn;
  /** The relay built from TEST_ENV. */
  relay: Call;
  /** A second relay built from SHORT_TIMEOUT_ENV (also: Braze's batch window is 50 ms there). */
  shortTimeoutRelay: Call;
  close(): Promise<void>;
}

export function newStandIn(): SendStandIn {
  return createSendStandIn({ appId: SANDBOX_APP_ID, token: SANDBOX_TOKEN });
}
