/** The shared behaviour suite on Node, with the app called in-process. */
import { describe } from 'vitest';
import { relayBehaviour } from './behaviour';
import { newStandIn, SHORT_TIMEOUT_ENV, TEST_ENV } from './harness';
import { inProcessRelay } from './in-process';

describe('the relay on Node (in-process)', () => {
  relayBehaviour(async () => {
    const standIn = newStandIn();
    return {
      name: 'node',
      propertyRuns: 300,
      standIn,
      relay: inProcessRelay(TEST_ENV, standIn).call,
      shortTimeoutRelay: inProcessRelay(SHORT_TIMEOUT_ENV, standIn).call,
      close: async () => {},
    };
  });
});
