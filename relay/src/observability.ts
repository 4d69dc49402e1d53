/**
 * One JSON line per request and a few counters. Only counts, names of routes and outcomes, and
 * times: never a value, a user id, a template variable or a secret (tests read every line for them).
 */

export type Outcome =
  | 'sent'
  | 'partly-sent'
  | 'nothing-to-send'
  | 'test'
  | 'repeat'
  | 'unauthorized'
  | 'bad-body'
  | 'sendbird-busy'
  | 'sendbird-refused'
  | 'not-found'
  | 'internal';

export interface RequestLine {
  route: string;
  outcome: Outcome;
  status: number;
  ms: number;
  profiles?: number;
  targets?: number;
  skipped?: Record<string, number>;
  calls?: number;
  /** Braze's batch route: how many users the Sendbird call this request went out in carried. */
  batch?: number;
  /** Why Sendbird was not reached or refused: a kind or Sendbird's numeric code, never its text. */
  reason?: string | number;
}

export type Log = (line: RequestLine) => void;

export const jsonLog: Log = (line) => console.log(JSON.stringify({ at: new Date().toISOString(), msg: 'relay.request', ...line }));

export interface Counters {
  requests: number;
  byOutcome: Partial<Record<Outcome, number>>;
  sendbirdCalls: number;
  sendbirdAccepted: number;
  targetsSent: number;
  profilesSkipped: number;
}

export function createCounters(): Counters {
  return { requests: 0, byOutcome: {}, sendbirdCalls: 0, sendbirdAccepted: 0, targetsSent: 0, profilesSkipped: 0 };
}

export function count(counters: Counters, line: RequestLine): void {
  counters.requests += 1;
  counters.byOutcome[line.outcome] = (counters.byOutcome[line.outcome] ?? 0) + 1;
}
