/**
 * The decoded send request split into Sendbird calls: at most `maxTargets` user ids per call, each
 * call carrying only its own users' variables, `realtime` for exactly one target and `batch` else.
 * The split depends on the body alone, so a caller's retry yields the same chunks in the same order
 * (the repeat window relies on that to skip chunks Sendbird already accepted).
 */
import type { SendbirdSendRequest } from '../../src/shared/send-request';
import { getOwn, setOwn } from '../../src/shared/records';

/** The body of one call to Sendbird's documented send route. */
export interface SendbirdCall {
  template: { key: string; variables: Record<string, Record<string, string>> };
  targets: string[];
  mode: 'realtime' | 'batch';
}

export function planCalls(request: SendbirdSendRequest, maxTargets: number): SendbirdCall[] {
  const calls: SendbirdCall[] = [];
  for (let start = 0; start < request.targets.length; start += maxTargets) {
    const targets = request.targets.slice(start, start + maxTargets);
    const variables: Record<string, Record<string, string>> = {};
    for (const target of targets) {
      const own = getOwn(request.template.variables, target);
      if (own) setOwn(variables, target, own);
    }
    calls.push({ template: { key: request.template.key, variables }, targets, mode: targets.length === 1 ? 'realtime' : 'batch' });
  }
  return calls;
}
