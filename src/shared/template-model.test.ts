import { describe, expect, it } from 'vitest';
import { extractPlaceholders, normalizeTemplate, normalizeTemplates } from './template-model';

const businessTemplate = {
  key: 'order_shipped',
  template_key: 'order_shipped',
  name: 'Order shipped',
  is_archived: false,
  created_at: 1700000000000,
  updated_at: 1710000000000,
  version: 3,
  channels: [
    { key: 'push-1', type: 'push', name: 'Push', content: { title: 'Hi {first_name}', body: 'Order {order.id}' } },
    { key: 'inapp', type: 'in_app', name: 'In-app' },
  ],
  variable_schema: [
    { key: 'first_name', type: 'string', name: 'First name' },
    { key: 'order.id', type: 'string' },
  ],
  sequence: { steps: [] },
  some_future_field: { nested: true },
};

const uiTemplate = {
  key: 'promo_banner',
  name: 'Promo banner',
  created_at: '1700000000000',
  updated_at: '1720000000000',
  ui_template: {
    version: 1,
    body: {
      items: [
        { type: 'text', text: 'Hello {user.name}, {discount}% off', color: '{text_color}' },
        { type: 'image', imageUrl: 'https://cdn.example/{image_id}.png' },
        { type: 'button', text: 'Shop {discount}', action: { type: 'web', data: 'https://x/{link}' } },
      ],
    },
  },
  color_variables: { text_color: '#FF000000,#FFFFFFFF' },
};

describe('normalizeTemplate', () => {
  it('reads a Business Messaging template with its variable schema and channels', () => {
    expect(normalizeTemplate(businessTemplate)).toEqual({
      key: 'order_shipped',
      name: 'Order shipped',
      updatedAt: 1710000000000,
      variables: [
        { key: 'first_name', name: 'First name', type: 'string' },
        { key: 'order.id', name: 'order.id', type: 'string' },
      ],
      channels: [
        { key: 'push-1', type: 'push', name: 'Push', content: { title: 'Hi {first_name}', body: 'Order {order.id}' } },
        { key: 'inapp', type: 'in_app', name: 'In-app', content: {} },
      ],
      ui: null,
      data: null,
      colors: {},
    });
  });

  it('extracts placeholders from a UI template, excluding color variables and keeping dotted keys', () => {
    const template = normalizeTemplate(uiTemplate);
    expect(template?.variables.map((v) => v.key)).toEqual(['user.name', 'discount', 'image_id', 'link']);
    expect(template?.updatedAt).toBe(1720000000000);
    expect(template?.name).toBe('Promo banner');
  });

  it('keeps a UI template as preview items, flattening boxes, with its color variables as CSS', () => {
    const template = normalizeTemplate({
      ...uiTemplate,
      ui_template: { version: 1, body: { items: [{ type: 'box', items: [{ type: 'text', text: 'In {x}', textStyle: { weight: 'bold', color: '{c}' } }, { type: 'image', imageUrl: 'https://i/{y}.png' }] }, { type: 'textButton', text: 'Go' }, { type: 'video' }] } },
      color_variables: { c: '#80FF0000,#FF00FF00', broken: 'red', single: '#FF112233' },
    });
    expect(template?.ui).toEqual([
      { type: 'text', text: 'In {x}', color: '{c}', bold: true },
      { type: 'image', url: 'https://i/{y}.png' },
      { type: 'button', text: 'Go' },
    ]);
    expect(template?.colors).toEqual({ c: { light: '#ff000080', dark: '#00ff00ff' }, single: { light: '#112233ff', dark: '#112233ff' } });
  });

  it('reads placeholders from a data template', () => {
    const template = normalizeTemplate({ key: 'd', data_template: '{"a":"{x}","b":"{y} {x}"}' });
    expect(template?.variables.map((v) => v.key)).toEqual(['x', 'y']);
  });

  it('takes no braces around JSON for a variable: a placeholder holds no newline and no quote', () => {
    const template = normalizeTemplate({ key: 'd', data_template: '{\n  "kind": "{kind}",\n  "items": [{"name": "{item}"}]\n}' });
    expect(template?.variables.map((v) => v.key)).toEqual(['kind', 'item']);
  });

  it('refuses template and variable keys holding Liquid markers: the dashboard would evaluate them', () => {
    expect(normalizeTemplate({ key: 'promo_{{ profile.email }}' })).toBeNull();
    expect(normalizeTemplate({ key: 'x{%raw%}' })).toBeNull();
    const template = normalizeTemplate({ key: 't', variable_schema: [{ key: '{{secret}}' }, { key: 'name' }], data_template: '{a{% if x %}} {b}' });
    expect(template?.variables.map((v) => v.key)).toEqual(['name']);
  });

  it('drops archived templates, in any spelling of true', () => {
    expect(normalizeTemplate({ ...businessTemplate, is_archived: true })).toBeNull();
    expect(normalizeTemplate({ ...businessTemplate, is_archived: 'true' })).toBeNull();
    expect(normalizeTemplates([{ ...uiTemplate, is_archived: true }, businessTemplate])).toHaveLength(1);
  });

  it('shows the key when the name is missing and accepts numeric keys', () => {
    expect(normalizeTemplate({ key: 42 })).toMatchObject({ key: '42', name: '42', updatedAt: null, variables: [] });
  });

  it('rejects what has no key and never throws on odd input', () => {
    const odd: unknown[] = [null, 1, 'x', [], {}, { key: '' }, { key: {} }, { key: 'k', channels: 'no', variable_schema: [null, 3, { key: '' }] }];
    expect(() => odd.map(normalizeTemplate)).not.toThrow();
    expect(normalizeTemplates(odd).map((t) => t.key)).toEqual(['k']);
  });

  it('keeps the first of two templates with the same key', () => {
    const list = normalizeTemplates([{ key: 'a', name: 'First' }, { key: 'a', name: 'Second' }]);
    expect(list).toEqual([expect.objectContaining({ name: 'First' })]);
  });

  it('clips absurdly long names so the UI can lay them out', () => {
    const template = normalizeTemplate({ key: 'k', name: 'x'.repeat(5000) });
    expect(template?.name.length).toBeLessThanOrEqual(501);
  });
});

describe('extractPlaceholders', () => {
  it('finds single-brace placeholders once each, in order', () => {
    expect(extractPlaceholders(['{a} {b.c} {a}', '{{liquid}}', '{ spaced }'])).toEqual(['a', 'b.c', 'liquid', 'spaced']);
  });
});
