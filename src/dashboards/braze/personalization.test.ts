import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRAZE_LIQUID, attributeNameProblem, brazeLiquid, fallbackLiteral, sourceOfName } from './personalization';
import { BRAZE_DEFAULT_RECEIVER, receiverChoiceOf, receiverLiquid, receiverProblem } from './receiver';

describe('Braze Liquid for the picker', () => {
  it('writes each source as Braze documents it, defaults in straight quotes', () => {
    expect(brazeLiquid('standard', 'first_name')).toBe('{{${first_name}}}');
    expect(brazeLiquid('standard', ' first_name ', 'there')).toBe("{{${first_name} | default: 'there'}}");
    expect(brazeLiquid('custom', 'zip code')).toBe('{{custom_attribute.${zip code}}}');
    expect(brazeLiquid('user-id', '')).toBe('{{${user_id}}}');
    expect(brazeLiquid('event', 'order_id')).toBe('{{event_properties.${order_id}}}');
    expect(brazeLiquid('canvas-entry', 'order_id', 'n/a')).toBe("{{canvas_entry_properties.${order_id} | default: 'n/a'}}");
  });

  it('refuses names that would end the tag or the name early', () => {
    for (const name of ['', '  ', 'a}b', 'a{b', "o'brien", 'a|b', 'a"b', '50%']) expect(brazeLiquid('custom', name), name).toBeNull();
    expect(attributeNameProblem('')).toBe('nameRequired');
    expect(attributeNameProblem('a}')).toBe('nameCharacters');
    expect(attributeNameProblem('zip code')).toBeNull();
  });

  it('keeps quotes and braces in a fallback from breaking the Liquid', () => {
    expect(fallbackLiteral("there's")).toBe(`"there's"`);
    expect(fallbackLiteral('say "hi"')).toBe(`'say "hi"'`);
    expect(fallbackLiteral(`it's "x"`)).toBe(`'it\u2019s "x"'`);
    expect(fallbackLiteral('{{evil}} }}')).toBe("'evil '");
  });

  it('always makes one output tag whose default reads back as the fallback, braces dropped (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), (name, fallback) => {
        const liquid = brazeLiquid('standard', 'first_name', fallback);
        if (liquid === null) throw new Error('a valid name was refused');
        // One tag, closed once at the very end: nothing in the fallback ends it early.
        expect(liquid.startsWith('{{')).toBe(true);
        expect(liquid.indexOf('}}')).toBe(liquid.length - 2);
        const literal = /\| default: (['"])(.*)\1\}\}$/s.exec(liquid);
        expect(literal).not.toBeNull();
        const [, quote, inner] = literal!;
        expect(inner!.includes(quote!)).toBe(false); // Liquid strings have no escapes
        const expected = fallback.replace(/[{}]/g, '').replace(/[\r\n\t]+/g, ' ');
        expect(inner).toBe(expected.includes("'") && expected.includes('"') ? expected.replace(/'/g, '\u2019') : expected);
        void name;
      }),
    );
  });
});

describe("the picker's one name field", () => {
  it('reads Braze’s own prefixes as the source, anything else as a standard attribute', () => {
    expect(['first_name', ' user_id ', 'custom_attribute.zip code', 'event_properties.order_id', 'canvas_entry_properties.plan'].map(sourceOfName)).toEqual([
      { source: 'standard', name: 'first_name' },
      { source: 'user-id', name: '' },
      { source: 'custom', name: 'zip code' },
      { source: 'event', name: 'order_id' },
      { source: 'canvas-entry', name: 'plan' },
    ]);
  });

  it('writes the Liquid Braze documents, and takes only names that keep the tag whole', () => {
    expect(BRAZE_LIQUID.expression('first_name', 'there')).toBe("{{${first_name} | default: 'there'}}");
    expect(BRAZE_LIQUID.expression('custom_attribute.sendbird_id', '')).toBe('{{custom_attribute.${sendbird_id}}}');
    expect(BRAZE_LIQUID.expression('user_id', '')).toBe('{{${user_id}}}');
    for (const name of ['first_name', 'user_id', 'custom_attribute.zip code']) expect(BRAZE_LIQUID.isName(name), name).toBe(true);
    for (const name of ['', 'custom_attribute.', 'a}}{{b', "o'brien"]) expect(BRAZE_LIQUID.isName(name), name).toBe(false);
  });
});

describe("Braze's Receiver", () => {
  it('defaults to the Braze user ID and offers a custom attribute or free Liquid', () => {
    expect(BRAZE_DEFAULT_RECEIVER).toBe('{{${user_id}}}');
    expect(receiverLiquid({ kind: 'user-id' })).toBe('{{${user_id}}}');
    expect(receiverLiquid({ kind: 'custom-attribute', name: ' sendbird_id ' })).toBe('{{custom_attribute.${sendbird_id}}}');
    expect(receiverLiquid({ kind: 'liquid', text: " {{${email_address} | default: ''}} " })).toBe("{{${email_address} | default: ''}}");
  });

  it('reads a written receiver back as the choice it came from', () => {
    expect(receiverChoiceOf('{{${user_id}}}')).toEqual({ kind: 'user-id' });
    expect(receiverChoiceOf('')).toEqual({ kind: 'user-id' });
    expect(receiverChoiceOf('{{ custom_attribute.${sendbird_id} }}')).toEqual({ kind: 'custom-attribute', name: 'sendbird_id' });
    expect(receiverChoiceOf("{{custom_attribute.${sendbird_id} | default: ''}}")).toEqual({ kind: 'liquid', text: "{{custom_attribute.${sendbird_id} | default: ''}}" });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((n) => attributeNameProblem(n) === null), (name) => {
        const choice = { kind: 'custom-attribute' as const, name: name.trim() };
        expect(receiverChoiceOf(receiverLiquid(choice))).toEqual(choice);
      }),
    );
  });

  it('refuses a receiver that would send every user’s message to one ID, or unclosed Liquid', () => {
    expect(receiverProblem({ kind: 'user-id' })).toBeNull();
    expect(receiverProblem({ kind: 'custom-attribute', name: 'sendbird_id' })).toBeNull();
    expect(receiverProblem({ kind: 'custom-attribute', name: '' })).toBe('receiverAttributeName');
    expect(receiverProblem({ kind: 'liquid', text: ' ' })).toBe('receiverRequired');
    expect(receiverProblem({ kind: 'liquid', text: 'user_123' })).toBe('receiverNotLiquid');
    expect(receiverProblem({ kind: 'liquid', text: '{{${user_id}' })).toBe('receiverUnbalanced');
    expect(receiverProblem({ kind: 'liquid', text: '{% if x %}{{${user_id}}}' })).toBe('receiverUnbalanced');
    expect(receiverProblem({ kind: 'liquid', text: '{% if x %}{{${user_id}}}{% endif %}' })).toBeNull();
  });
});
