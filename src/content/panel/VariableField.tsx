/**
 * One labelled field (a template variable, Receiver or Event name) with its hint and, on demand,
 * a picker that inserts CleverTap personalization as Liquid.
 */
import { useId, useState } from 'react';
import { t } from '../../shared/i18n';

/** CleverTap Liquid for a profile property with a fallback, e.g. {{Profile.first_name | default: "there"}}. */
export function profileLiquid(property: string, fallback: string): string {
  const prop = property.trim().replace(/^Profile\./, '');
  const safeFallback = fallback.replace(/"/g, "'");
  return safeFallback ? `{{Profile.${prop} | default: "${safeFallback}"}}` : `{{Profile.${prop}}}`;
}

function PersonalizePicker(props: { fieldLabel: string; onInsert: (liquid: string) => void; onDone: () => void }) {
  const id = useId();
  const [property, setProperty] = useState('');
  const [fallback, setFallback] = useState('');
  const valid = /^[\w.]+$/.test(property.trim().replace(/^Profile\./, ''));
  return (
    <div className="picker" role="group" aria-label={t('panel_personalizeGroup', props.fieldLabel)}>
      <label htmlFor={`${id}-prop`}>{t('panel_profileProperty')}</label>
      <input id={`${id}-prop`} type="text" value={property} placeholder="first_name" spellCheck={false} onChange={(e) => setProperty(e.target.value)} />
      <label htmlFor={`${id}-fallback`}>{t('panel_fallback')}</label>
      <input id={`${id}-fallback`} type="text" value={fallback} onChange={(e) => setFallback(e.target.value)} />
      <div className="picker-actions">
        <button
          type="button"
          disabled={!valid}
          onClick={() => {
            props.onInsert(profileLiquid(property, fallback));
            props.onDone();
          }}
        >
          {t('panel_insert')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('settings_cancel')}
        </button>
      </div>
      <p className="hint">{t('panel_liquidNote')}</p>
    </div>
  );
}

export function VariableField(props: {
  label: string;
  hint: string;
  value: string;
  required?: boolean;
  missing?: boolean;
  inputType?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [picking, setPicking] = useState(false);
  return (
    <div className={props.missing ? 'field missing' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required && (
          <span className="required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode={props.inputType === 'number' ? 'decimal' : props.inputType === 'url' ? 'url' : 'text'}
          aria-required={props.required || undefined}
          aria-invalid={props.missing || undefined}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <button
          type="button"
          className="personalize"
          aria-expanded={picking}
          aria-label={t('panel_personalize', props.label)}
          title={t('panel_personalize', props.label)}
          onClick={() => setPicking(!picking)}
        >
          @
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {props.hint}
        {props.missing ? ` · ${t('panel_required')}` : ''}
      </p>
      {picking && <PersonalizePicker fieldLabel={props.label} onInsert={(liquid) => props.onChange(props.value + liquid)} onDone={() => setPicking(false)} />}
    </div>
  );
}
