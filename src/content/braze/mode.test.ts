// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FakeComposer, pageWith, VARIANTS } from './composer-under-test';
import { readMode, switchToPairs } from './mode';

describe('the body mode', () => {
  for (const variant of VARIANTS) {
    it(`reads JSON key-value pairs and Raw text, and switches only when asked (variant ${variant.name})`, async () => {
      const composer = new FakeComposer(variant, { mode: 'raw' });
      pageWith(composer);
      for (let i = 0; i < 3; i++) expect(readMode(composer.root)).toEqual({ json: false, pairs: false });
      expect(composer.clicks.mode).toBe(0); // reading never clicks
      expect(await switchToPairs(composer.root)).toBe(true);
      expect(composer.clicks.mode).toBe(1);
      expect(composer.state.mode).toBe('pairs');
      expect(readMode(composer.root)).toEqual({ json: true, pairs: true });
    });
  }

  it('reads nothing (null) when the composer shows no mode choice', () => {
    const composer = new FakeComposer(VARIANTS[1]!);
    pageWith(composer);
    composer.showTab('test'); // variant B unmounts the Compose tab
    expect(readMode(composer.root)).toEqual({ json: null, pairs: null });
  });
});
