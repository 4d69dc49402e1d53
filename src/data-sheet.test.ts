/**
 * docs/privacy.md is written from the code: every storage key and every host the extension may
 * reach must be named there. Adding a key to src/shared/storage-keys.ts, or a host to the manifest,
 * without describing it fails this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionManifest } from './manifest';
import { STORAGE } from './shared/storage-keys';

const sheet = readFileSync(new URL('../docs/privacy.md', import.meta.url), 'utf8');
const manifest = extensionManifest('0.0.0') as {
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: Array<{ matches: string[] }>;
  permissions: string[];
};

type Entry = { key?: string; prefix?: string; database?: string; store?: string };

/** What a data sheet must name for these storage entries, and which of those it does not. */
export function unnamedStorage(entries: Record<string, Entry>, text: string): string[] {
  const names = Object.values(entries).flatMap((e) => [e.key && !e.prefix ? e.key : null, e.prefix ?? null, e.database ?? null, e.store ?? null]);
  return names.filter((name): name is string => name !== null && !text.includes(`\`${name}`));
}

/** Hosts (as manifest patterns) the sheet does not name. */
function unnamedHosts(patterns: string[], text: string): string[] {
  return patterns.filter((pattern) => !text.includes(pattern.replace(/\/\*$/, '')));
}

describe('the data sheet (docs/privacy.md)', () => {
  it('names every storage key, prefix and database the extension uses', () => {
    expect(unnamedStorage(STORAGE as unknown as Record<string, Entry>, sheet)).toEqual([]);
  });

  it('fails on a storage key it does not name (an invented one)', () => {
    const invented = { ...(STORAGE as unknown as Record<string, Entry>), tracking: { key: 'visitHistory' } };
    expect(unnamedStorage(invented, sheet)).toEqual(['visitHistory']);
  });

  it('names every host the extension may reach or run on, and every permission', () => {
    const hosts = [...manifest.host_permissions, ...manifest.optional_host_permissions, ...manifest.content_scripts.flatMap((c) => c.matches)];
    expect(unnamedHosts(hosts, sheet)).toEqual([]);
    for (const permission of manifest.permissions) expect(sheet).toContain(`\`${permission}\``);
  });
});
