import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBrazeDashboardHost, isBrazeDashboardUrl } from './hosts';
import { BRAZE_INCLUDE_GLOBS, BRAZE_MATCHES } from './manifest-entry';

/** Chrome's match pattern `https://*.host/*`: the host or any subdomain of it, https, any path. */
function matchesPattern(url: URL, pattern: string): boolean {
  const host = /^https:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!host) throw new Error(`pattern not understood: ${pattern}`);
  return url.protocol === 'https:' && (url.hostname === host || url.hostname.endsWith('.' + host));
}

/** Chrome's include_globs: `*` any run of characters, `?` exactly one, over the whole URL. */
function matchesGlob(href: string, glob: string): boolean {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`).test(href);
}

function injected(href: string): boolean {
  const url = new URL(href);
  return BRAZE_MATCHES.some((p) => matchesPattern(url, p)) && BRAZE_INCLUDE_GLOBS.some((g) => matchesGlob(href, g));
}

const DOCUMENTED = ['dashboard-01.braze.com', 'dashboard-08.braze.com', 'dashboard-10.braze.com', 'dashboard-01.braze.eu', 'dashboard-02.braze.eu', 'dashboard.au-01.braze.com', 'dashboard.braze.com', 'dashboard.braze.eu'];
const NEVER = [
  'www.braze.com',
  'braze.com',
  'rest.iad-01.braze.com',
  'rest.fra-01.braze.eu',
  'sdk.iad-01.braze.com',
  'docs.braze.com',
  'dashboard-01.braze.com.evil.example',
  'evil-dashboard-01.braze.com',
  'dashboard-1.braze.com',
  'dashboard-001.braze.com',
  'dashboard-ab.braze.com',
  'dashboard.au-01.braze.org',
  'x.dashboard-01.braze.com',
  'dashboard-01.appboy.com',
];

describe("Braze's dashboard hosts", () => {
  it('takes every documented dashboard host, https on the default port only', () => {
    for (const host of DOCUMENTED) {
      expect(isBrazeDashboardHost(host), host).toBe(true);
      expect(isBrazeDashboardUrl(`https://${host}/engagement/campaigns/abc/def?locale=en`), host).toBe(true);
      expect(isBrazeDashboardUrl(`http://${host}/`), host).toBe(false);
      expect(isBrazeDashboardUrl(`https://${host}:8443/`), host).toBe(false);
      expect(injected(`https://${host}/engagement/canvas/1/2`), host).toBe(true);
    }
  });

  it('never takes www., rest., sdk., docs or look-alike hosts', () => {
    for (const host of NEVER) expect(isBrazeDashboardHost(host), host).toBe(false);
    expect(isBrazeDashboardUrl(undefined)).toBe(false);
    expect(isBrazeDashboardUrl('not a url')).toBe(false);
    // The manifest alone already keeps the content script off Braze's site, docs and APIs.
    for (const href of ['https://www.braze.com/docs/dashboard-01.braze.com/', 'https://rest.iad-01.braze.com/users/track', 'https://sdk.iad-01.braze.com/api']) expect(injected(href), href).toBe(false);
  });

  const cluster = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const tld = fc.constantFrom('com', 'eu');
  const dashboardHost = fc.oneof(
    tld.map((t) => `dashboard.braze.${t}`),
    fc.tuple(cluster, tld).map(([n, t]) => `dashboard-${n}.braze.${t}`),
    fc.tuple(fc.stringMatching(/^[a-z]{2,4}$/), cluster, tld).map(([region, n, t]) => `dashboard.${region}-${n}.braze.${t}`),
  );

  it('takes every dashboard, dashboard-NN and dashboard.<region>-NN host, and the manifest injects there (property)', () => {
    fc.assert(
      fc.property(dashboardHost, fc.constantFrom('/', '/engagement/canvas/abc/def?locale=en', '/dashboard/app_usage'), (host, path) => {
        expect(isBrazeDashboardHost(host)).toBe(true);
        expect(injected(`https://${host}${path}`)).toBe(true);
      }),
    );
  });

  it('takes no host under braze.com or braze.eu that is not a dashboard one, nor does the manifest inject there (property)', () => {
    // Host labels a browser would load: no `--` (`xn--…` is punycode), no hyphen at either end.
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => !l.includes('--'));
    const other = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([labels, t]) => `${labels.join('.')}.braze.${t}`);
    fc.assert(
      fc.property(
        other.filter((host) => !host.startsWith('dashboard')),
        (host) => {
          expect(isBrazeDashboardHost(host)).toBe(false);
          expect(injected(`https://${host}/`)).toBe(false);
        },
      ),
    );
  });
});
