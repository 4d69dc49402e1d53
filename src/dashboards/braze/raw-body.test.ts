import { describe, expect, it } from 'vitest';
import { brazeBodyToPaste, rawBodyOf } from './raw-body';

describe('the raw body for copy-by-hand', () => {
  it('is the extension’s pairs as one JSON object, every key its own', () => {
    const body = rawBodyOf([
      { key: 'sendbird_version', value: '1' },
      { key: 'crm', value: 'kept out' },
      { key: 'sendbird_var.__proto__', value: 'x' },
    ]);
    expect(JSON.parse(body)).toEqual({ sendbird_version: '1', 'sendbird_var.__proto__': 'x' });
  });

  it('is offered with the words that name Raw text and its header, and only when there is something of the extension’s', () => {
    expect(brazeBodyToPaste([{ key: 'sendbird_template', value: 't' }])).toEqual({ text: '{\n  "sendbird_template": "t"\n}', how: 'braze_pasteRawBody' });
    expect(brazeBodyToPaste([{ key: 'crm', value: 'x' }])).toBeNull();
  });
});
