/** CleverTap's dashboard hosts: every region, `https://<region>.dashboard.clevertap.com/…`. */
const DASHBOARD_HOST = /^[a-z0-9-]+\.dashboard\.clevertap\.com$/;

export function isClevertapHost(hostname: string): boolean {
  return DASHBOARD_HOST.test(hostname);
}

/** The manifest's match pattern for exactly those hosts. */
export const CLEVERTAP_MATCHES = ['https://*.dashboard.clevertap.com/*'] as const;
