/** Braze's content-script entry for the generated manifest (apart from hosts.ts: the bootstrap carries that one). */
/**
 * The content script's manifest entry for Braze. Chrome's match patterns allow a wildcard only as
 * a whole leading label (`*.braze.com`), so `matches` is every braze.com and braze.eu host, and
 * `include_globs` (where `?` is one character, `*` any run) narrows it to URLs starting with a
 * dashboard host: `dashboard.`, `dashboard-??.`, `dashboard.*-??.`. Those globs still let through
 * a few non-dashboards (`dashboard-ab.braze.com`), so the script also checks
 * `isBrazeDashboardUrl(location.href)` and exits at once when it fails. Listing hosts one by one
 * would miss the clusters Braze adds (US-10 and AU-01 came late).
 */
export const BRAZE_CONTENT_SCRIPT_MATCHES = {
  matches: ['https://*.braze.com/*', 'https://*.braze.eu/*'],
  include_globs: ['com', 'eu'].flatMap((tld) => [`https://dashboard.braze.${tld}/*`, `https://dashboard-??.braze.${tld}/*`, `https://dashboard.*-??.braze.${tld}/*`]),
} as const;
