/** The sandbox serves every dashboard of the table at its real hosts, and refuses to start without a stand-in for one. */
import { describe, expect, it } from 'vitest';
import { CLEVERTAP } from '../src/dashboards/clevertap/row';
import { DASHBOARDS } from '../src/dashboards/table';
import { dashboardStandIns, hostPatternOf } from './stand-ins';

const standIn = { handle: async () => undefined };

describe('the dashboards’ stand-ins', () => {
  it('map each manifest pattern to the host pattern Chromium resolves', () => {
    expect(hostPatternOf('https://*.dashboard.clevertap.com/*')).toBe('*.dashboard.clevertap.com');
    expect(hostPatternOf('https://dashboard.example.com/*')).toBe('dashboard.example.com');
    expect(() => hostPatternOf('<all_urls>')).toThrow(/cannot map/);
  });

  it('take every row of the table, each with its own hosts', () => {
    const all = dashboardStandIns(Object.fromEntries(DASHBOARDS.map((row) => [row.id, standIn])));
    expect(all.map(({ row }) => row.id)).toEqual(DASHBOARDS.map((row) => row.id));
    expect(all.find(({ row }) => row.id === 'clevertap')?.hostPatterns).toEqual(['*.dashboard.clevertap.com']);
  });

  it('name a dashboard that has no stand-in', () => {
    expect(() => dashboardStandIns({}, [CLEVERTAP])).toThrow('the dashboard "clevertap" has no stand-in');
  });
});
