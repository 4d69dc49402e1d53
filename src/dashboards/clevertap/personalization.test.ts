/** CleverTap's personalization, as the panel's picker writes it. */
import { describe, expect, it } from 'vitest';
import { CLEVERTAP_LIQUID } from './personalization';

describe('CleverTap Liquid', () => {
  it('names a profile property, with or without a fallback, whether or not it was typed with Profile.', () => {
    expect(CLEVERTAP_LIQUID.expression('first_name', 'there')).toBe('{{Profile.first_name | default: "there"}}');
    expect(CLEVERTAP_LIQUID.expression(' Profile.city ', '')).toBe('{{Profile.city}}');
  });

  it('keeps a fallback from closing its quotes', () => {
    expect(CLEVERTAP_LIQUID.expression('name', 'the "best"')).toBe(`{{Profile.name | default: "the 'best'"}}`);
  });

  it('takes property names only', () => {
    expect(CLEVERTAP_LIQUID.isName('first_name')).toBe(true);
    expect(CLEVERTAP_LIQUID.isName('Profile.address.city')).toBe(true);
    expect(CLEVERTAP_LIQUID.isName('')).toBe(false);
    expect(CLEVERTAP_LIQUID.isName('a}}{{b')).toBe(false);
  });
});
