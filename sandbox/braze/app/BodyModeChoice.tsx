/** The Request body's choice between JSON key-value pairs and Raw text: radios (a), a segmented control (b), tabs (c), each worded its own way. */
import { useId } from 'react';
import type { BodyMode } from '../model';
import { pressable } from './controls';
import { VARIANT, cx } from './variant';

const WORDS: Record<typeof VARIANT, Record<BodyMode, string>> = {
  a: { pairs: 'JSON Key/Value Pairs', raw: 'Raw Text' },
  b: { pairs: 'JSON key-value pairs', raw: 'Raw text' },
  c: { pairs: 'JSON KEY-VALUE PAIRS', raw: 'RAW TEXT' },
};
const MODES: BodyMode[] = ['pairs', 'raw'];

export function BodyModeChoice(props: { value: BodyMode; onChange: (mode: BodyMode) => void }) {
  const name = useId();
  const words = WORDS[VARIANT];
  if (VARIANT === 'a') {
    return (
      <div className={cx('mode-radios')}>
        {MODES.map((mode) => (
          <label key={mode} className={cx('radio-label')}>
            <input type="radio" name={name} checked={props.value === mode} onChange={() => props.onChange(mode)} /> {words[mode]}
          </label>
        ))}
      </div>
    );
  }
  if (VARIANT === 'b') {
    return (
      <div className={cx('segmented')}>
        {MODES.map((mode) => (
          <button key={mode} type="button" aria-pressed={props.value === mode} className={cx(props.value === mode ? 'segment-on' : 'segment')} onClick={() => props.onChange(mode)}>
            {words[mode]}
          </button>
        ))}
      </div>
    );
  }
  return (
    <div role="tablist" className={cx('mode-tabs')}>
      {MODES.map((mode) => (
        <div key={mode} {...pressable(() => props.onChange(mode))} role="tab" aria-selected={props.value === mode} className={cx('mode-tab')}>
          {words[mode]}
        </div>
      ))}
    </div>
  );
}
