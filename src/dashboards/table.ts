/**
 * The table of dashboards: one row per marketing dashboard the extension works in. Everything that
 * differs by dashboard reads it: the generated manifest (vite.config.ts, src/manifest.ts), the
 * background's sender check, the popup's webhook settings, the sandbox, the bench and the lint
 * fences. Adding a dashboard is one row here plus its folders (README, "A third dashboard").
 */
import { BRAZE } from './braze/row';
import { CLEVERTAP } from './clevertap/row';
import type { DashboardRow } from './row';

export const DASHBOARDS: readonly DashboardRow[] = [CLEVERTAP, BRAZE];

/** The dashboard a page URL belongs to (https only, by its row's exact host test), or null. */
export function dashboardOfUrl(value: string | undefined): DashboardRow | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  return DASHBOARDS.find((row) => row.isHost(url.hostname)) ?? null;
}
