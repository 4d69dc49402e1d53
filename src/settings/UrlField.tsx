/** An https base URL field (the API base URL override, the relay's base URL): one way to type a URL in the settings. */
import { Field } from './Field';

export function UrlField(props: { label: string; hint: string; error: string | null; value: string; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(input) => (
        <input {...input} type="url" placeholder="https://" autoComplete="off" spellCheck={false} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Field>
  );
}
