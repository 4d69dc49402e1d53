/**
 * Callers retry (CleverTap on a timeout or an error answer), and a retry can follow a send that did
 * happen. The window remembers, per request (route + caller + body, hashed), which of its Sendbird
 * calls were accepted, so a retry sends only what has not been accepted yet, and nothing once all
 * were. It lives in memory: best effort, per process or isolate (the README says so).
 * Concurrent copies of one request wait for each other instead of sending twice.
 */

export interface RepeatEntry {
  /** Indexes (in the send plan) of the calls Sendbird accepted. */
  accepted: Set<number>;
  expiresAt: number;
  busy: Promise<void> | null;
}

export interface RepeatWindow {
  /** Runs `work` with the request's entry, one at a time per key. */
  withEntry<T>(key: string, work: (entry: RepeatEntry) => Promise<T>): Promise<T>;
  size(): number;
}

/** Enough for many campaigns' retries; the oldest are forgotten first beyond it. */
export const MAX_ENTRIES = 20_000;

export function createRepeatWindow(windowMs: number, now: () => number, maxEntries = MAX_ENTRIES): RepeatWindow {
  const entries = new Map<string, RepeatEntry>();

  function forgetOld(at: number) {
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries && entry.expiresAt > at) break;
      if (!entry.busy) entries.delete(key);
    }
  }

  return {
    async withEntry(key, work) {
      const at = now();
      forgetOld(at);
      let entry = entries.get(key);
      if (!entry || entry.expiresAt <= at) {
        entry = { accepted: new Set(), expiresAt: at + windowMs, busy: null };
        entries.delete(key);
        entries.set(key, entry);
      }
      while (entry.busy) await entry.busy;
      let release = () => {};
      entry.busy = new Promise<void>((resolve) => (release = resolve));
      try {
        return await work(entry);
      } finally {
        entry.busy = null;
        release();
      }
    },
    size: () => entries.size,
  };
}

export async function repeatKey(route: string, callerDigest: Uint8Array, body: string): Promise<string> {
  const caller = Array.from(callerDigest, (b) => b.toString(16).padStart(2, '0')).join('');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${route}\n${caller}\n${body}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
