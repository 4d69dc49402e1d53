/**
 * Braze's content-script entry in the generated manifest (the row's `matches` and `includeGlobs`),
 * apart from ./hosts.ts so that the bootstrap, which carries that one, does not carry this. Chrome's
 * match patterns allow a wildcard only as a whole leading label (`*.braze.com`), so `matches` is
 * every braze.com and braze.eu host, and `include_globs` (where `?` is one character, `*` any run)
 * narrows it to URLs starting with a dashboard host: `dashboard.`, `dashboard-??.`,
 * `dashboard.*-??.`. Those globs still let through a few non-dashboards (`dashboard-ab.braze.com`),
 * so the bootstrap also checks `isBrazeDashboardUrl(location.href)` and exits at once when it
 * fails. Listing hosts one by one would miss the clusters Braze adds (US-10 and AU-01 came late).
 */
export const BRAZE_MATCHES = ['https://*.braze.com/*', 'https://*.braze.eu/*'] as const;
export const BRAZE_INCLUDE_GLOBS = ['com', 'eu'].flatMap((tld) => [`https://dashboard.braze.${tld}/*`, `https://dashboard-??.braze.${tld}/*`, `https://dashboard.*-??.braze.${tld}/*`]);
