import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fill-placeholders';

describe('fillPlaceholders', () => {
  it('fills typed values, marks Liquid and missing values, and keeps the text around them', () => {
    expect(fillPlaceholders('Hi {name}, order {order.id} ships {when}!', { name: '{{Profile.first_name}}', 'order.id': 'A-1' })).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'personalized', key: 'name', text: '{{Profile.first_name}}' },
      { kind: 'text', text: ', order ' },
      { kind: 'value', key: 'order.id', text: 'A-1' },
      { kind: 'text', text: ' ships ' },
      { kind: 'missing', key: 'when' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('leaves markup in values and text as plain strings', () => {
    expect(fillPlaceholders('<b>{x}</b>', { x: '<img src=x onerror=alert(1)>' })).toEqual([
      { kind: 'text', text: '<b>' },
      { kind: 'value', key: 'x', text: '<img src=x onerror=alert(1)>' },
      { kind: 'text', text: '</b>' },
    ]);
  });
});
