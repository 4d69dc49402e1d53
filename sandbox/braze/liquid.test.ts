import { describe, expect, it } from 'vitest';
import { renderBrazeLiquid } from './liquid';

const ann = { standard: { user_id: 'user-ann', first_name: 'Ann', last_name: '' }, custom: { sendbird_id: 'sb-ann', 'zip code': '10001', blank: '   ' } };

describe("the Braze stand-ins' Liquid", () => {
  it('renders standard attributes, the external id and custom attributes (spaces allowed inside ${…})', () => {
    expect(renderBrazeLiquid('Hi {{${first_name}}} ({{${user_id}}})', ann)).toBe('Hi Ann (user-ann)');
    expect(renderBrazeLiquid('{{custom_attribute.${sendbird_id}}}/{{custom_attribute.${zip code}}}', ann)).toBe('sb-ann/10001');
    expect(renderBrazeLiquid('{{ custom_attribute.${sendbird_id} }}', ann)).toBe('sb-ann');
  });

  it('renders a missing attribute as nothing, unless a default is given', () => {
    expect(renderBrazeLiquid('[{{custom_attribute.${nope}}}]', ann)).toBe('[]');
    expect(renderBrazeLiquid("{{custom_attribute.${nope} | default: ''}}", ann)).toBe('');
    expect(renderBrazeLiquid("Hi {{${city} | default: 'there'}}", ann)).toBe('Hi there');
  });

  it("shows the default for an empty value but not for a blank one (Braze's rule)", () => {
    expect(renderBrazeLiquid("{{${last_name} | default: 'Valued User'}}", ann)).toBe('Valued User');
    expect(renderBrazeLiquid("[{{custom_attribute.${blank} | default: 'x'}}]", ann)).toBe('[   ]');
    expect(renderBrazeLiquid("{{${first_name} | default: 'there'}}", ann)).toBe('Ann');
    expect(renderBrazeLiquid('{{${last_name}|default:"friend"}}', ann)).toBe('friend');
  });

  it('reads event and Canvas entry properties from the send, and names only what was set', () => {
    const context = { event_properties: { order: 'A-9' }, canvas_entry_properties: { source: 'app' } };
    expect(renderBrazeLiquid('{{event_properties.${order}}} {{canvas_entry_properties.${source}}}', ann, context)).toBe('A-9 app');
    expect(renderBrazeLiquid('[{{${constructor}}}][{{custom_attribute.${toString}}}]', ann)).toBe('[][]');
  });

  it('leaves what it does not know as written: other namespaces, tags, CleverTap syntax', () => {
    expect(renderBrazeLiquid('{{connected.${x}}}', ann)).toBe('{{connected.${x}}}');
    expect(renderBrazeLiquid("{% abort_message('no id') %}", ann)).toBe("{% abort_message('no id') %}");
    expect(renderBrazeLiquid('{{ Profile.first_name }}', ann)).toBe('{{ Profile.first_name }}');
  });
});
