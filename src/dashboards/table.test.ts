/** The table of dashboards: each row complete, its folders and files there, its hosts exact. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAZE } from './braze/row';
import { CLEVERTAP } from './clevertap/row';
import { DASHBOARDS, dashboardOfUrl } from './table';

const ROOT = new URL('../../', import.meta.url);
const exists = (path: string) => existsSync(new URL(path, ROOT));
const english = JSON.parse(readFileSync(new URL('public/_locales/en/messages.json', ROOT), 'utf8')) as Record<string, unknown>;

describe('the table of dashboards', () => {
  it('has one row per dashboard, each with a folder name of its own', () => {
    const ids = DASHBOARDS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids).toEqual(['clevertap', 'braze']);
  });

  it.each(DASHBOARDS.map((row) => [row.id, row] as const))('%s: its page folder, bootstrap and render-signal style sheet exist', (id, row) => {
    expect(exists(`src/content/${id}/index.ts`)).toBe(true);
    expect(row.bootstrap.startsWith(`src/content/${id}/`)).toBe(true);
    expect(exists(row.bootstrap)).toBe(true);
    for (const css of row.css) expect(exists(css), css).toBe(true);
  });

  it.each(DASHBOARDS.map((row) => [row.id, row] as const))('%s: words for each of its routes, a Receiver default, and every word in the catalogue', (_id, row) => {
    expect(Object.keys(row.setup.routes).sort()).toEqual(Object.keys(row.webhook.paths).sort());
    expect(row.receiver.default.trim()).not.toBe('');
    const keys = [
      row.receiver.hint,
      ...row.receiver.choices.map((c) => c.label),
      row.personalization.nameLabel,
      row.personalization.note,
      ...Object.values(row.words),
      row.setup.intro,
      row.setup.introRelay,
      row.setup.whichOne,
      ...Object.values(row.setup.routes).flatMap((r) => [r.label, r.copy]),
    ];
    for (const key of keys) expect(english, key).toHaveProperty(key);
  });

  it('tells a dashboard tab by its exact https host, never a look-alike', () => {
    expect(dashboardOfUrl('https://eu1.dashboard.clevertap.com/SBX/campaigns')).toBe(CLEVERTAP);
    expect(dashboardOfUrl('https://in1.dashboard.clevertap.com/')).toBe(CLEVERTAP);
    expect(dashboardOfUrl('http://eu1.dashboard.clevertap.com/')).toBeNull();
    expect(dashboardOfUrl('https://eu1.dashboard.clevertap.com.evil.example/')).toBeNull();
    expect(dashboardOfUrl('https://dashboard.clevertap.com/')).toBeNull();
    expect(dashboardOfUrl('https://evil.example/eu1.dashboard.clevertap.com')).toBeNull();
    expect(dashboardOfUrl('not a url')).toBeNull();
    expect(dashboardOfUrl(undefined)).toBeNull();
    expect(dashboardOfUrl('https://dashboard-01.braze.com/engagement/campaigns/x/y')).toBe(BRAZE);
    expect(dashboardOfUrl('https://dashboard.au-01.braze.com/')).toBe(BRAZE);
    expect(dashboardOfUrl('https://dashboard-02.braze.eu/')).toBe(BRAZE);
    for (const other of ['https://www.braze.com/', 'https://rest.iad-01.braze.com/', 'https://dashboard-ab.braze.com/', 'http://dashboard-01.braze.com/']) expect(dashboardOfUrl(other), other).toBeNull();
  });
});
