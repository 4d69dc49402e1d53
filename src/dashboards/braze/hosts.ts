/**
 * Braze's dashboard hosts (braze-host-contract.md): every `dashboard`, `dashboard-NN` and
 * `dashboard.<region>-NN` host under `braze.com` and `braze.eu`, https only; never `www.`, `rest.`,
 * `sdk.`, docs or any other Braze host. Pure: the row (the manifest, the background's sender check)
 * and the content script's own early exit read it.
 */
const DASHBOARD_HOST = /^dashboard(?:-\d{2}|\.[a-z]{2,}-\d{2})?\.braze\.(?:com|eu)$/;

export function isBrazeDashboardHost(hostname: string): boolean {
  return DASHBOARD_HOST.test(hostname);
}

/** An https page of a Braze dashboard host, on the default port. */
export function isBrazeDashboardUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.port === '' && isBrazeDashboardHost(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The content script's manifest entry. Chrome's match patterns allow a wildcard only as a whole
 * leading label (`*.braze.com`), so `matches` is every braze.com and braze.eu host, and
 * `include_globs` (where `?` is one character, `*` any run) narrows it to URLs starting with a
 * dashboard host: `dashboard.`, `dashboard-??.`, `dashboard.*-??.`. Those globs still let through
 * a few non-dashboards (`dashboard-ab.braze.com`), so the bootstrap also checks
 * `isBrazeDashboardUrl(location.href)` and exits at once when it fails. Listing hosts one by one
 * would miss the clusters Braze adds (US-10 and AU-01 came late).
 */
export const BRAZE_MATCHES = ['https://*.braze.com/*', 'https://*.braze.eu/*'] as const;
export const BRAZE_INCLUDE_GLOBS = ['com', 'eu'].flatMap((tld) => [`https://dashboard.braze.${tld}/*`, `https://dashboard-??.braze.${tld}/*`, `https://dashboard.*-??.braze.${tld}/*`]);
