/**
 * Running work when the page has nothing else to do: work done ahead (loading the panel before its
 * window opens) must never take a frame from the page. Content scripts have requestIdleCallback in
 * Chrome; the fallback still keeps the work off the task that asked for it.
 */
export function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 0);
}
