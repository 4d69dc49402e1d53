/**
 * Braze's host names as the stand-ins answer them (braze-host-contract.md, "Hosts"), and which
 * variant each dashboard host renders. Other hosts under braze.com / braze.eu (www., rest., sdk.)
 * get the same page marked as not a dashboard: the extension must stay inert there.
 */
export type BrazeVariant = 'a' | 'b' | 'c';

const DASHBOARD = /^dashboard(?:-\d{2}|\.[a-z]+-\d{2})?\.braze\.(?:com|eu)$/;

export const isBrazeDashboardHost = (host: string): boolean => DASHBOARD.test(host);

/** EU hosts render B; US-03 and AU-01 render C; every other US host (and www. and the like) A. */
export function brazeVariantOfHost(host: string): BrazeVariant {
  if (host.endsWith('.braze.eu')) return 'b';
  if (host === 'dashboard-03.braze.com' || /^dashboard\.au-\d{2}\.braze\.com$/.test(host)) return 'c';
  return 'a';
}

/** Hosts the README, the tests and `npm run sandbox` name, one per variant. */
export const BRAZE_VARIANT_HOSTS: Record<BrazeVariant, string> = {
  a: 'dashboard-01.braze.com',
  b: 'dashboard-01.braze.eu',
  c: 'dashboard.au-01.braze.com',
};

/** The workspace (app group) id the sandbox's paths carry. */
export const BRAZE_WORKSPACE = '5f1a2b3c4d5e6f7a8b9c0d1e';
