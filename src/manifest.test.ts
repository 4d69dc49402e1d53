/** The manifest asks for the fewest permissions that work and keeps MV3's strict defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEVERTAP } from './dashboards/clevertap/row';
import { DASHBOARDS } from './dashboards/table';
import { extensionManifest } from './manifest';

const manifest = extensionManifest('0.0.0') as unknown as Record<string, unknown>;

describe('the manifest (src/manifest.ts)', () => {
  it('is Manifest V3 with only the storage permission', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('reaches only Sendbird’s API hosts, asking for any other host one at a time at run time', () => {
    expect(manifest.host_permissions).toEqual(['https://*.notifications.sendbird.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs its content script on CleverTap dashboards only', () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[]; js: string[] }>;
    expect(scripts.filter((s) => s.js.includes(CLEVERTAP.bootstrap)).flatMap((s) => s.matches)).toEqual(['https://*.dashboard.clevertap.com/*']);
  });

  it('runs each dashboard’s own bootstrap on its own hosts only, and nothing anywhere else', () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[]; js: string[]; css: string[] }>;
    expect(scripts).toEqual(DASHBOARDS.map((row) => expect.objectContaining({ matches: [...row.matches], js: [row.bootstrap], css: [...row.css] })));
    // Least privilege: https, one host name (at most a leading wildcard label), never <all_urls> or a bare *.
    for (const row of DASHBOARDS) {
      for (const pattern of row.matches) expect(pattern, row.id).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    }
  });

  it('narrows a row’s patterns by its include_globs when it has them, and adds none otherwise', () => {
    const narrowed = { ...CLEVERTAP, includeGlobs: ['https://eu1.dashboard.clevertap.com/*'] };
    expect(extensionManifest('0.0.0', [narrowed]).content_scripts[0]).toMatchObject({ matches: [...CLEVERTAP.matches], include_globs: ['https://eu1.dashboard.clevertap.com/*'] });
    expect(extensionManifest('0.0.0', [CLEVERTAP]).content_scripts[0]).not.toHaveProperty('include_globs');
  });

  it('keeps the default extension CSP and accepts no messages from web pages or other extensions', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources'); // only what the build adds for content chunks
  });

  it('declares one keyboard command, which needs no permission', () => {
    expect(Object.keys(manifest.commands as object)).toEqual(['show-panel']);
  });

  it('never listens for external messages', () => {
    const background = readFileSync(new URL('./background/index.ts', import.meta.url), 'utf8');
    expect(background).not.toMatch(/onMessageExternal|onConnectExternal/);
  });
});
