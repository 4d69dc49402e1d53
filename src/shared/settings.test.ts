/** The settings rules the background and the settings pages share. */
import { describe, expect, it } from 'vitest';
import { isStoredSettings, keepsSavedToken, mayCarryToken, needsHostPermission, type StoredSettings } from './settings';

const APP_ID = '1f2e3d4c-0000-4000-8000-00000000abcd';
const saved: StoredSettings = { appId: APP_ID, apiBaseUrl: null, hasToken: true, savedAt: 1 };

describe('keepsSavedToken: the saved token stays bound to its App ID and API origin', () => {
  it('stands in for an empty field with the same App ID (any case) and the same origin', () => {
    expect(keepsSavedToken(saved, { appId: APP_ID.toUpperCase(), apiBaseUrl: '' })).toBe(true);
    const proxied = { ...saved, apiBaseUrl: 'https://proxy.example.com/sendbird' };
    expect(keepsSavedToken(proxied, { appId: APP_ID, apiBaseUrl: 'https://proxy.example.com/other-path/' })).toBe(true);
  });

  it('never for another API origin, another App ID, or when none is saved', () => {
    expect(keepsSavedToken(saved, { appId: APP_ID, apiBaseUrl: 'https://collector.example' })).toBe(false);
    expect(keepsSavedToken({ ...saved, apiBaseUrl: 'https://proxy.example.com' }, { appId: APP_ID, apiBaseUrl: '' })).toBe(false);
    expect(keepsSavedToken({ ...saved, apiBaseUrl: 'https://proxy.example.com' }, { appId: APP_ID, apiBaseUrl: 'https://proxy.example.com:8443' })).toBe(false);
    expect(keepsSavedToken(saved, { appId: '00000000-0000-4000-8000-000000000000', apiBaseUrl: '' })).toBe(false);
    expect(keepsSavedToken({ ...saved, hasToken: false }, { appId: APP_ID, apiBaseUrl: '' })).toBe(false);
    expect(keepsSavedToken(null, { appId: APP_ID, apiBaseUrl: '' })).toBe(false);
    expect(keepsSavedToken(saved, { appId: APP_ID, apiBaseUrl: 'not a url' })).toBe(false);
  });
});

describe('other settings rules', () => {
  it('asks for a host permission only outside Sendbird’s own hosts', () => {
    expect(needsHostPermission(null)).toBe(false);
    expect(needsHostPermission('https://api-x.notifications.sendbird.com')).toBe(false);
    expect(needsHostPermission('https://proxy.example.com/sb')).toBe(true);
    expect(needsHostPermission('https://notifications.sendbird.com.evil.example')).toBe(true);
  });

  it('accepts only complete stored settings', () => {
    expect(isStoredSettings(saved)).toBe(true);
    expect(isStoredSettings({ appId: APP_ID, apiBaseUrl: null, savedAt: 1 })).toBe(false); // no hasToken
    expect(isStoredSettings({ ...saved, apiBaseUrl: 5 })).toBe(false);
    expect(isStoredSettings(null)).toBe(false);
  });
});

describe('where a token may be sent (mayCarryToken)', () => {
  const sendbird = { appId: APP_ID, apiBaseUrl: null };
  const host = `https://api-${APP_ID}.notifications.sendbird.com`;

  it("allows only Sendbird's host for the App ID, or exactly the override's origin", () => {
    expect(mayCarryToken(`${host}/v3/notifications/templates?limit=100`, sendbird)).toBe(true);
    expect(mayCarryToken('https://proxy.example.com/sb/v3/x', { appId: APP_ID, apiBaseUrl: 'https://proxy.example.com/sb' })).toBe(true);
  });

  it.each([
    ['another app', 'https://api-11111111-2222-4333-8444-555555555555.notifications.sendbird.com/v3', sendbird],
    ['a look-alike host', `${host}.evil.example/v3`, sendbird],
    ['http', `http://api-${APP_ID}.notifications.sendbird.com/v3`, sendbird],
    ['another port', `${host}:8443/v3`, sendbird],
    ["Sendbird's host when an override is saved", `${host}/v3`, { appId: APP_ID, apiBaseUrl: 'https://proxy.example.com' }],
    ['a forged App ID', 'https://api-x.attacker.example/#.notifications.sendbird.com/v3', { appId: 'x.attacker.example/#', apiBaseUrl: null }],
    ['an http override', 'http://proxy.example.com/v3', { appId: APP_ID, apiBaseUrl: 'http://proxy.example.com' }],
    ['not a URL', 'nope', sendbird],
  ])('refuses %s', (_name, url, settings) => {
    expect(mayCarryToken(url, settings)).toBe(false);
  });

  it('accepts only settings exactly as Save writes them', () => {
    expect(isStoredSettings({ ...saved, appId: 'x.attacker.example/#' })).toBe(false);
    expect(isStoredSettings({ ...saved, appId: APP_ID.toUpperCase() })).toBe(false);
    expect(isStoredSettings({ ...saved, apiBaseUrl: 'http://proxy.example.com' })).toBe(false);
    expect(isStoredSettings({ ...saved, apiBaseUrl: 'https://proxy.example.com/' })).toBe(false); // not normalized
    expect(isStoredSettings({ ...saved, apiBaseUrl: 'https://proxy.example.com' })).toBe(true);
  });
});
