/** The content script answers only the two page requests, exactly as written. */
import { describe, expect, it } from 'vitest';
import { isPageRequest } from './page-messages';

describe('isPageRequest', () => {
  it('accepts page/ping and panel/show', () => {
    expect(isPageRequest({ type: 'page/ping' })).toBe(true);
    expect(isPageRequest({ type: 'panel/show' })).toBe(true);
  });

  it('refuses anything else, extra fields included', () => {
    for (const message of [null, undefined, 'panel/show', {}, { type: 'templates/list' }, { type: 'panel/show', token: 'x' }, { type: ['panel/show'] }]) {
      expect(isPageRequest(message)).toBe(false);
    }
  });
});
