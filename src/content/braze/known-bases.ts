/**
 * The bases besides Sendbird's own host that Braze's Destination URLs may be on, so that a composer
 * posting there counts as Sendbird's: the relay's base URL when the popup's Destination is the
 * relay, and the admin's API base override. Both are display settings in chrome.storage.local, not
 * secret. Read once when Braze's implementation loads (with the panel, never before a composer
 * appears), then kept fresh with storage.onChanged.
 */
import { isDestination } from '../../shared/destination';
import { isStoredSettings } from '../../shared/settings';
import { STORAGE } from '../../shared/storage-keys';

const KEYS = [STORAGE.destination.key, STORAGE.settings.key];

export function knownBasesOf(stored: Record<string, unknown>): string[] {
  const destination = stored[STORAGE.destination.key];
  const settings = stored[STORAGE.settings.key];
  return [isDestination(destination) && destination.kind === 'relay' ? destination.relayBaseUrl : '', isStoredSettings(settings) ? (settings.apiBaseUrl ?? '') : ''].filter(Boolean);
}

/** Starts following the stored bases; resolves once they were read (or could not be: none). */
export async function followKnownBases(): Promise<() => readonly string[]> {
  const stored: Record<string, unknown> = {};
  const changedMeanwhile = new Set<string>();
  let bases: readonly string[] = [];
  const take = (values: Record<string, unknown>) => {
    Object.assign(stored, values);
    bases = knownBasesOf(stored);
  };
  try {
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const changed = KEYS.filter((key) => key in changes);
      changed.forEach((key) => changedMeanwhile.add(key));
      if (changed.length) take(Object.fromEntries(changed.map((key) => [key, changes[key]?.newValue])));
    });
    const first = await chrome.storage.local.get(KEYS);
    // A change heard while the first read was under way is newer than what it read.
    take(Object.fromEntries(Object.entries(first).filter(([key]) => !changedMeanwhile.has(key))));
  } catch {
    // The extension went away under the page (the panel says to reload): no bases are known.
  }
  return () => bases;
}
