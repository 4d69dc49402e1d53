/**
 * One labelled field (a template variable, Receiver or Event name) with its hint, values to choose
 * from when the dashboard offers some, and, on demand, a picker that inserts the dashboard's
 * personalization (its dialect comes through the Dashboard interface).
 */
import { useId, useState } from 'react';
import type { Personalization } from '../../dashboards/row';
import { t } from '../../shared/i18n';

function PersonalizePicker(props: { fieldLabel: string; personalization: Personalization; onInsert: (expression: string) => void; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [fallback, setFallback] = useState('');
  const { personalization } = props;
  const valid = personalization.isName(name);
  return (
    <div className="picker" role="group" aria-label={t('panel_personalizeGroup', props.fieldLabel)}>
      <label htmlFor={`${id}-prop`}>{t(personalization.nameLabel)}</label>
      <input id={`${id}-prop`} type="text" value={name} placeholder={personalization.namePlaceholder} spellCheck={false} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-fallback`}>{t('panel_fallback')}</label>
      <input id={`${id}-fallback`} type="text" value={fallback} onChange={(e) => setFallback(e.target.value)} />
      <div className="picker-actions">
        <button
          type="button"
          disabled={!valid}
          onClick={() => {
            props.onInsert(personalization.expression(name, fallback));
            props.onDone();
          }}
        >
          {t('panel_insert')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('settings_cancel')}
        </button>
      </div>
      <p className="hint">{t(personalization.note)}</p>
    </div>
  );
}

/** A value the field offers beside free text, with the words that say what it is. */
export interface FieldChoice {
  value: string;
  label: string;
}

export function VariableField(props: {
  label: string;
  hint: string;
  value: string;
  personalization: Personalization;
  choices?: readonly FieldChoice[];
  required?: boolean;
  missing?: boolean;
  inputType?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [picking, setPicking] = useState(false);
  const choices = props.choices ?? [];
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
          list={choices.length > 0 ? `${id}-choices` : undefined}
          spellCheck={false}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
        {choices.length > 0 && (
          <datalist id={`${id}-choices`}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </datalist>
        )}
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
      {picking && (
        <PersonalizePicker fieldLabel={props.label} personalization={props.personalization} onInsert={(expression) => props.onChange(props.value + expression)} onDone={() => setPicking(false)} />
      )}
    </div>
  );
}
