/** The manifest asks for the fewest permissions that work and keeps MV3's strict defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('manifest.json', () => {
  it('is Manifest V3 with only the storage permission', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('reaches only Sendbird’s API hosts, asking for any other host one at a time at run time', () => {
    expect(manifest.host_permissions).toEqual(['https://*.notifications.sendbird.com/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs its content script on CleverTap dashboards only', () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    expect(scripts.flatMap((s) => s.matches)).toEqual(['https://*.dashboard.clevertap.com/*']);
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
