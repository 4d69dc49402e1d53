import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = new URL('../../public/_locales/', import.meta.url);
type Catalogue = Record<string, { message: string }>;

function load(locale: string): Catalogue {
  return JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES_DIR), 'utf8')) as Catalogue;
}

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();
const english = load('en');
const locales = readdirSync(LOCALES_DIR).filter((name) => name !== 'en');

describe('locales', () => {
  it('include English and Korean', () => {
    expect(locales).toContain('ko');
  });

  it.each(locales)('%s has every English key, no others, and the same $n substitutions', (locale) => {
    const catalogue = load(locale);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(catalogue[key]?.message ?? '') }).toEqual({ key, placeholders: placeholders(message) });
      expect(catalogue[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('uses only key names Chrome accepts', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('has a message for every key the code asks for', () => {
    const sources = readdirSync(new URL('../', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const used = [...sources.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect(english, key).toHaveProperty(key);
  });
});
