// @vitest-environment happy-dom
/** A field offers the dashboard's choices and inserts the dashboard's personalization: what comes through the interface. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Personalization } from '../../dashboards/row';
import { VariableField } from './VariableField';

afterEach(cleanup);

/** A dialect unlike CleverTap's, as a second dashboard might bring. */
const dialect: Personalization = {
  dialect: 'test',
  nameLabel: 'panel_fallback',
  note: 'panel_insert',
  namePlaceholder: 'attr',
  isName: (name) => /^[a-z]+$/.test(name),
  expression: (name, fallback) => `[[${name}|${fallback}]]`,
};

function pick(name: string, fallback: string) {
  fireEvent.click(screen.getByRole('button', { name: /panel_personalize/ }));
  const [nameInput, fallbackInput] = screen.getAllByRole('textbox').slice(1);
  fireEvent.change(nameInput as HTMLElement, { target: { value: name } });
  fireEvent.change(fallbackInput as HTMLElement, { target: { value: fallback } });
  fireEvent.click(screen.getByRole('button', { name: 'panel_insert' }));
}

describe('a panel field', () => {
  it('inserts whatever dialect the dashboard brings, and refuses a name it refuses', () => {
    const onChange = vi.fn();
    render(<VariableField label="Receiver" hint="" value="" personalization={dialect} onChange={onChange} />);
    pick('Not valid', 'x');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'panel_insert' })).toHaveProperty('disabled', true);
    cleanup();
    render(<VariableField label="Receiver" hint="" value="" personalization={dialect} onChange={onChange} />);
    pick('uid', 'none');
    expect(onChange).toHaveBeenCalledWith('[[uid|none]]');
  });

  it('offers the dashboard’s choices beside free text, and none when it has none', () => {
    const choices = [
      { value: '{{${user_id}}}', label: 'External ID' },
      { value: '{{custom_attribute.${sendbird_id}}}', label: 'Custom attribute' },
    ];
    render(<VariableField label="Receiver" hint="" value="" personalization={dialect} choices={choices} onChange={() => undefined} />);
    const input = screen.getByRole('combobox', { name: 'Receiver' });
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => [o.value, o.getAttribute('label')])).toEqual(choices.map((c) => [c.value, c.label]));
    cleanup();
    render(<VariableField label="Receiver" hint="" value="" personalization={dialect} onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Receiver' }).hasAttribute('list')).toBe(false);
  });
});
