/** The sandbox serves every dashboard of the table at its real hosts, and refuses to start without a stand-in for one. */
import { describe, expect, it } from 'vitest';
import { CLEVERTAP } from '../src/dashboards/clevertap/row';
import { DASHBOARDS } from '../src/dashboards/table';
import { dashboardStandIns, hostFallsUnder, hostPatternOf } from './stand-ins';

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
    const braze = all.find(({ row }) => row.id === 'braze');
    expect(braze?.hostPatterns).toEqual(['*.braze.com', '*.braze.eu']);
    // Every host the patterns send here, dashboards or not (www. shows the not-a-dashboard page).
    for (const host of ['dashboard-01.braze.com', 'dashboard.au-01.braze.com', 'dashboard-02.braze.eu', 'www.braze.com']) expect(braze?.serves(host), host).toBe(true);
    for (const host of ['braze.com.evil.example', 'eu1.dashboard.clevertap.com']) expect(braze?.serves(host), host).toBe(false);
  });

  it('read a leading wildcard as the name and every host under it, as Chromium does', () => {
    expect(['a.braze.com', 'x.y.braze.com', 'braze.com'].map((h) => hostFallsUnder(h, '*.braze.com'))).toEqual([true, true, true]);
    expect(['evilbraze.com', 'braze.com.evil'].map((h) => hostFallsUnder(h, '*.braze.com'))).toEqual([false, false]);
    expect([hostFallsUnder('dashboard.example.com', 'dashboard.example.com'), hostFallsUnder('x.dashboard.example.com', 'dashboard.example.com')]).toEqual([true, false]);
  });

  it('name a dashboard that has no stand-in', () => {
    expect(() => dashboardStandIns({}, [CLEVERTAP])).toThrow('the dashboard "clevertap" has no stand-in');
  });
});
