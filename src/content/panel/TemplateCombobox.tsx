/**
 * The searchable **Sendbird template** combobox (ARIA 1.2 combobox with a listbox popup). Options
 * show the name and, to tell same-named templates apart, the key, the number of fields and the last
 * update. Only the first MAX_SHOWN matches are rendered, so a list of thousands stays fast.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t, uiLanguage } from '../../shared/i18n';
import type { Template } from '../../shared/template-model';

const MAX_SHOWN = 50;

function matches(template: Template, query: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return template.name.toLowerCase().includes(q) || template.key.toLowerCase().includes(q);
}

function updated(updatedAt: number | null): string {
  return updatedAt ? new Date(updatedAt).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' }) : '';
}

export function TemplateCombobox(props: {
  templates: Template[];
  selected: Template | null;
  /** Shown when the chosen key is no longer in the list. */
  selectedKey: string | null;
  disabled: boolean;
  onChoose: (key: string) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const filtered = useMemo(() => props.templates.filter((tpl) => matches(tpl, query ?? '')), [props.templates, query]);
  const shown = filtered.slice(0, MAX_SHOWN);
  const display = query ?? props.selected?.name ?? props.selectedKey ?? '';

  function choose(template: Template | undefined) {
    if (!template) return;
    props.onChoose(template.key);
    setQuery(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length ? (i + step + shown.length) % shown.length : 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape') {
      if (open || query !== null) {
        // Keep the dashboard's window open: Escape here only closes our list.
        event.stopPropagation();
        event.preventDefault();
      }
      setOpen(false);
      setQuery(null);
    }
  }

  const activeId = open && shown[active] ? `${id}-opt-${active}` : undefined;

  return (
    <div className="combobox">
      <label htmlFor={id}>{t('panel_template')}</label>
      <div className="combobox-field">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('panel_templatePlaceholder')}
          disabled={props.disabled}
          value={display}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setQuery(null);
          }}
        />
        <button
          type="button"
          tabIndex={-1}
          className="combobox-toggle"
          aria-label={t('panel_showTemplates')}
          disabled={props.disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setOpen(!open);
            input.current?.focus();
          }}
        >
          ▾
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={t('panel_template')} hidden={!open} className="listbox">
        {open &&
          shown.map((template, index) => (
            <li
              key={template.key}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={template.key === props.selected?.key}
              className={index === active ? 'option active' : 'option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(template)}
              onMouseMove={() => setActive(index)}
            >
              <span className="option-name">{template.name}</span>
              <span className="option-meta">
                {template.key} · {t('panel_fieldCount', template.variables.length)}
                {template.updatedAt ? ` · ${t('panel_updated', updated(template.updatedAt))}` : ''}
              </span>
            </li>
          ))}
        {open && shown.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="option empty">
            {t('panel_noMatch')}
          </li>
        )}
        {open && filtered.length > shown.length && (
          <li className="option more" aria-hidden="true">
            {t('panel_moreTemplates', [shown.length, filtered.length])}
          </li>
        )}
      </ul>
    </div>
  );
}
