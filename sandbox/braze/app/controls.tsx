/**
 * The small controls whose kind differs by variant: a `role="button"` element that a keyboard can
 * press, an input that commits only on `change` (c), and a content-editable value box
 * (`?braze-change=values`).
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './variant';

/** Props that make any element behave as a button for a mouse and a keyboard. */
export function pressable(onPress: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: onPress,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPress();
      }
    },
  } as const;
}

/** Keeps what is typed to itself and tells the composer only on the native change event. */
export function CommitInput(props: { value: string; onCommit: (value: string) => void; label?: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(props.onCommit);
  commit.current = props.onCommit;
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => commit.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  return <input ref={ref} className={cx('commit-input')} defaultValue={props.value} aria-label={props.label} />;
}

/** A value editor that is not an input: what the contract's fallback is for. */
export function RichValue(props: { value: string; onChange: (value: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.textContent !== props.value) ref.current.textContent = props.value;
  }, [props.value]);
  return (
    <div
      ref={ref}
      role="textbox"
      aria-label="Value"
      contentEditable
      suppressContentEditableWarning
      className={cx('rich-value')}
      onInput={(e) => props.onChange(e.currentTarget.textContent ?? '')}
    />
  );
}

export function Section(props: { title: string; children: ReactNode; variant: 'a' | 'b' | 'c' }) {
  if (props.variant === 'a') {
    const id = `${cx('section')}-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
    return (
      <section aria-labelledby={id} className={cx('section')}>
        <h3 id={id}>{props.title}</h3>
        {props.children}
      </section>
    );
  }
  if (props.variant === 'b') {
    return (
      <fieldset className={cx('section')}>
        <legend>{props.title}</legend>
        {props.children}
      </fieldset>
    );
  }
  return (
    <div className={cx('section')}>
      <div className={cx('section-title')}>{props.title}</div>
      {props.children}
    </div>
  );
}
