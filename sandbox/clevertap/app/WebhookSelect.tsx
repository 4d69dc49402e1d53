/** "Start here": the Webhook selector, native or custom (see NATIVE). */
import { useId, useState } from 'react';
import { VARIANT, cx } from './variant';

/**
 * a and e: a native <select>; b and d: a custom combobox with a pop-up list (only b shows the
 * Destination URL); c: a list always shown, labelled Webhook, its choice marked aria-selected (its
 * words are every webhook's name: only the selected option tells the choice).
 */
const NATIVE = VARIANT === 'a' || VARIANT === 'e';
import type { WebhookInfo } from './state';

export function WebhookSelect(props: { webhooks: WebhookInfo[]; value: string | null; onChange: (id: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const selected = props.webhooks.find((w) => w.id === props.value);
  if (NATIVE) {
    return (
      <div>
        <label htmlFor={id}>Webhook</label>{' '}
        <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">Select webhook</option>
          {props.webhooks.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (VARIANT === 'c') {
    return (
      <div className={cx('webhook')}>
        <span id={`${id}-label`}>Webhook</span>
        <ul role="listbox" aria-labelledby={`${id}-label`} className={cx('options')}>
          {props.webhooks.map((w) => (
            <li key={w.id} role="option" tabIndex={0} aria-selected={w.id === props.value} onClick={() => props.onChange(w.id)}>
              {w.name}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className={cx('webhook')}>
      <span id={`${id}-label`}>Webhook</span>
      <div
        role="combobox"
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        className={cx('select')}
        onClick={() => setOpen(!open)}
      >
        {selected?.name ?? 'Select webhook'}
      </div>
      {open && (
        <ul role="listbox" id={`${id}-list`} className={cx('options')}>
          {props.webhooks.map((w) => (
            <li
              key={w.id}
              role="option"
              aria-selected={w.id === props.value}
              onClick={() => {
                props.onChange(w.id);
                setOpen(false);
              }}
            >
              {w.name}
            </li>
          ))}
        </ul>
      )}
      {selected && VARIANT === 'b' && <div className={cx('url')}>{selected.url}</div>}
    </div>
  );
}
