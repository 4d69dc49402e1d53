/**
 * The dashboards' stand-ins, one per row of the table of dashboards (src/dashboards/table.ts): the
 * server answers a dashboard's host names with its stand-in, and Chromium is sent there for exactly
 * the hosts the row's manifest patterns name. A row without a stand-in stops the sandbox at start.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DASHBOARDS } from '../src/dashboards/table';
import type { DashboardRow } from '../src/dashboards/row';

/** What the server needs of a dashboard's stand-in. */
export interface DashboardStandIn {
  handle(req: IncomingMessage, res: ServerResponse, host: string): Promise<void>;
}

/** The host part of a manifest match pattern (`https://*.dashboard.clevertap.com/*` → `*.dashboard.clevertap.com`), as --host-resolver-rules reads it. */
export function hostPatternOf(match: string): string {
  const host = /^https:\/\/([^/]+)\/\*$/.exec(match)?.[1];
  if (!host) throw new Error(`sandbox: cannot map the manifest pattern ${match}`);
  return host;
}

/** Does a host fall under a --host-resolver-rules pattern (`*.braze.com`: braze.com and every host under it)? */
export function hostFallsUnder(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const parent = pattern.slice(2);
  return host === parent || host.endsWith('.' + parent);
}

/**
 * The table's dashboards with their stand-ins; names the row that has none. A stand-in answers
 * every host its row's patterns send here, not only the row's exact hosts: Braze's patterns reach
 * `www.braze.com`, where the stand-in shows a page that is not a dashboard (the extension must
 * stay inert there).
 */
export function dashboardStandIns(standIns: Readonly<Record<string, DashboardStandIn>>, rows: readonly DashboardRow[] = DASHBOARDS) {
  return rows.map((row) => {
    const standIn = standIns[row.id];
    if (!standIn) throw new Error(`sandbox: the dashboard "${row.id}" has no stand-in (add it in sandbox/server.ts)`);
    const hostPatterns = row.matches.map(hostPatternOf);
    return { row, standIn, hostPatterns, serves: (host: string) => hostPatterns.some((pattern) => hostFallsUnder(host, pattern)) };
  });
}
