/** CleverTap's dashboard hosts: every region, `https://<region>.dashboard.clevertap.com/…`. */
const DASHBOARD_HOST = /^[a-z0-9-]+\.dashboard\.clevertap\.com$/;

export function isClevertapDashboardUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && DASHBOARD_HOST.test(url.hostname);
  } catch {
    return false;
  }
}
