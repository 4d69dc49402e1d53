/**
 * Braze's dashboard hosts (braze-host-contract.md): every `dashboard`, `dashboard-NN` and
 * `dashboard.<region>-NN` host under `braze.com` and `braze.eu`, https only; never `www.`, `rest.`,
 * `sdk.`, docs or any other Braze host. Pure: the row (the background's sender check) and the
 * content script's own early exit read it; the manifest's wider patterns are in ./manifest-entry.ts,
 * apart, so that the bootstrap does not carry them.
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
