/** The HTTP method: a select in a (Settings) and b (Compose), radios in c (Settings). */
import { useId } from 'react';
import type { ComposerState } from '../model';
import { VARIANT, cx } from './variant';

const METHODS: ComposerState['method'][] = ['POST', 'PUT', 'GET', 'DELETE'];

export function MethodChoice(props: { value: ComposerState; onChange: (next: ComposerState) => void }) {
  const id = useId();
  const set = (method: ComposerState['method']) => props.onChange({ ...props.value, method });
  if (VARIANT === 'c') {
    return (
      <fieldset className={cx('method')}>
        <legend>HTTP Method</legend>
        {METHODS.map((m) => (
          <label key={m}>
            <input type="radio" name={id} checked={props.value.method === m} onChange={() => set(m)} /> {m}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div className={cx('field')}>
      <label htmlFor={id}>HTTP Method</label>
      <select id={id} value={props.value.method} onChange={(e) => set(e.target.value as ComposerState['method'])}>
        {METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
    </div>
  );
}
