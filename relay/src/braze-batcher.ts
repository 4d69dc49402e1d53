/**
 * Braze's batch route: per-user requests held a short, bounded moment and sent as one Sendbird
 * `batch` call per template. A group is sent when it holds `maxUsers` users, or `maxWaitMs` after
 * its first user arrived, whichever comes first; every request in it gets that one call's outcome.
 *
 * Workers allow no request to rely on another: a request with nothing of its own pending (a timer,
 * a fetch) while it waits for a promise another request resolves is cancelled as hung. So every
 * waiting request keeps a timer of its own until its group's outcome is there: the timer sends the
 * group at its deadline if nobody has, and otherwise wakes the request to look again (`pollMs`).
 * The outcome is plain data on the group, read by each request in its own turn; a wake-up from the
 * request that finished the call only makes that quicker. A request still without an outcome
 * `giveUpMs` after its group went out (the sending request was cut off) answers "retry", never hangs.
 * Timers and the clock are injected: tests fire them by hand instead of sleeping.
 */
import { setOwn } from '../../src/shared/records';
import type { SendbirdCall } from './send-plan';
import type { CallOutcome } from './sendbird-send';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BatchOutcome {
  outcome: CallOutcome;
  /** How many users the call carried (for the log line: a count, never an id). */
  size: number;
}

export interface BrazeBatcherOptions {
  maxWaitMs: number;
  maxUsers: number;
  /** How often a waiting request looks at its group when not woken (Workers: its own pending timer). */
  pollMs?: number;
  /** How long after its group was sent a request waits for the call's outcome before answering "retry". */
  giveUpMs: number;
  now: () => number;
  timers: Timers;
  /** One call to Sendbird; it never rejects (callSendbird turns every failure into an outcome). */
  send: (call: SendbirdCall) => Promise<CallOutcome>;
}

interface Group {
  template: string;
  users: Map<string, Record<string, string>>;
  deadline: number;
  /** When the call went out (null: not yet). */
  sentAt: number | null;
  result: BatchOutcome | null;
  /** Wakes waiting requests early; each also has its own timer, so none depends on this. */
  wake: Array<() => void>;
}

export interface BrazeBatcher {
  /** Joins the open group of `template` and resolves with the outcome of the call it went out in. */
  add(template: string, userId: string, variables: Record<string, string>): Promise<BatchOutcome>;
  /** Users waiting in open groups (tests, and a check that nothing is left behind). */
  waiting(): number;
}

export const DEFAULT_POLL_MS = 50;

export function createBrazeBatcher(options: BrazeBatcherOptions): BrazeBatcher {
  const open = new Map<string, Group>();
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;

  function settle(group: Group, result: BatchOutcome) {
    group.result = result;
    for (const wake of group.wake.splice(0)) wake();
  }

  function send(group: Group) {
    if (group.sentAt !== null) return;
    group.sentAt = options.now();
    if (open.get(group.template) === group) open.delete(group.template);
    const targets = [...group.users.keys()];
    const variables: Record<string, Record<string, string>> = {};
    for (const [user, own] of group.users) setOwn(variables, user, own);
    const call: SendbirdCall = { template: { key: group.template, variables }, targets, mode: targets.length === 1 ? 'realtime' : 'batch' };
    void options.send(call).then(
      (outcome) => settle(group, { outcome, size: targets.length }),
      () => settle(group, { outcome: { kind: 'retry', why: 'network', retryAfterSeconds: null }, size: targets.length }),
    );
  }

  async function waitFor(group: Group): Promise<BatchOutcome> {
    for (;;) {
      if (group.result) return group.result;
      const at = options.now();
      if (group.sentAt === null && at >= group.deadline) {
        send(group);
        continue;
      }
      if (group.sentAt !== null && at >= group.sentAt + options.giveUpMs) return { outcome: { kind: 'retry', why: 'timeout', retryAfterSeconds: null }, size: group.users.size };
      const delay = group.sentAt !== null ? pollMs : Math.min(pollMs, group.deadline - at);
      let handle: unknown;
      await new Promise<void>((resolve) => {
        handle = options.timers.set(resolve, Math.max(0, delay));
        group.wake.push(resolve);
      });
      options.timers.clear(handle);
    }
  }

  function openGroup(template: string): Group {
    const group: Group = { template, users: new Map(), deadline: options.now() + options.maxWaitMs, sentAt: null, result: null, wake: [] };
    open.set(template, group);
    return group;
  }

  return {
    add(template, userId, variables) {
      let group = open.get(template);
      // One call carries one set of variables per user: a second request for a user already
      // waiting (another campaign with the same template) sends the waiting group now and starts
      // the next one.
      if (group?.users.has(userId)) {
        send(group);
        group = undefined;
      }
      group ??= openGroup(template);
      group.users.set(userId, variables);
      if (group.users.size >= options.maxUsers) send(group);
      return waitFor(group);
    },
    waiting: () => [...open.values()].reduce((sum, group) => sum + group.users.size, 0),
  };
}
