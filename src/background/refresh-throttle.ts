/**
 * Refresh templates from a dashboard tab: at most one real fetch per tab per window. A page script
 * can click the panel's button (or send the message) in a loop; each click would otherwise be a
 * request to Sendbird with the token. Extension pages (no tab) are not held back.
 * Kept in memory: a loop keeps the worker awake, and a restarted worker may fetch once more.
 * The window belongs to the credentials it was counted under: after an admin saves new ones (or
 * forgets them and saves again), the first Refresh in an open tab asks Sendbird with them.
 */
export const REFRESH_WINDOW_MS = 10_000;

export function createRefreshThrottle(now: () => number, windowMs = REFRESH_WINDOW_MS) {
  const lastByTab = new Map<number, { at: number; generation: string }>();

  /** True (and counted) when this tab may fetch now with the credentials of `generation`. */
  function allow(tabId: number | undefined, generation: string): boolean {
    if (tabId === undefined) return true;
    const at = now();
    const last = lastByTab.get(tabId);
    // A stamp from the future (a clock set back) does not hold refreshes back for ever.
    if (last !== undefined && last.generation === generation && last.at <= at && at - last.at < windowMs) return false;
    lastByTab.set(tabId, { at, generation });
    // Tabs come and go; forget the ones whose window is over so the map stays small.
    for (const [tab, when] of lastByTab) if (at - when.at >= windowMs) lastByTab.delete(tab);
    return true;
  }

  return { allow };
}
