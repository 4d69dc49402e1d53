/** A labelled input with its hint and its problem, wired for screen readers. */
import { useId, type ReactNode } from 'react';

export interface InputProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

export function Field(props: {
  label: string;
  hint?: string;
  error?: string | null;
  after?: ReactNode;
  children: (input: InputProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={props.error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      <div className="field-row">
        {props.children({
          id,
          'aria-describedby': [props.error ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' '),
          'aria-invalid': Boolean(props.error),
        })}
        {props.after}
      </div>
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
