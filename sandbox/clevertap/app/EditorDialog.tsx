/**
 * The "Create Webhook Content" window, in each variant's markup (see variant.ts). Only what the host
 * contract documents is the same everywhere: the title (but in variant e), the JSON / plain text and
 * body choices by their words, Key/Value inputs, a control whose text contains "Key-Value Pair", a
 * remove control after each row's inputs, a payload preview, Preview and Test, Done or Save and ×.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LIKE_A, VARIANT, cx } from './variant';
import { inspect, newRow, type EditorState, type Row } from './state';

type Props = {
  campaignId: string;
  webhookId: string | null;
  initial: EditorState;
  /** Variant c keeps its window and only hides it: false means hidden. */
  open: boolean;
  onClose: () => void;
  onDone: (editor: EditorState) => void | Promise<void>;
  /** Shown in the page beside another window (a journey's steps open together), not over it. */
  inline?: boolean;
};

const TITLE = VARIANT === 'e' ? 'Webhook Payload Editor' : 'Create Webhook Content';
/** `?ct-change=rows` simulates CleverTap redesigning its rows: no Key/Value placeholders, no "Key-Value Pair" control. */
const CHANGED_ROWS = new URLSearchParams(location.search).get('ct-change') === 'rows';
/**
 * `?ct-hold=rows`: the window shows at once but its rows only when a test calls
 * `__ctStandIn.releaseRows()`, so that what a marketer does while a slow window settles is tested
 * at a chosen moment rather than raced.
 */
const HOLD_ROWS = new URLSearchParams(location.search).get('ct-hold') === 'rows';

/** An input that keeps what is typed to itself and commits on the native change event (b, d). */
function CommitInput(props: { placeholder: string; value: string; onCommit: (value: string) => void }) {
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
  return <input ref={ref} placeholder={props.placeholder} defaultValue={props.value} />;
}

function Choice<T extends string>(props: { name: string; options: Array<[T, string]>; value: T; onChange: (v: T) => void }) {
  if (LIKE_A) {
    return (
      <fieldset className={cx('choice')}>
        {props.options.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name={props.name} checked={props.value === value} onChange={() => props.onChange(value)} /> {label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (VARIANT === 'c' || VARIANT === 'd') {
    const role = VARIANT === 'c' ? 'radio' : 'tab';
    const state = VARIANT === 'c' ? 'aria-checked' : 'aria-selected';
    return (
      <div role={VARIANT === 'c' ? 'radiogroup' : 'tablist'} className={cx('choice')}>
        {props.options.map(([value, label]) => (
          <span key={value} role={role} {...{ [state]: props.value === value }} tabIndex={0} className={cx('option')} onClick={() => props.onChange(value)}>
            {label}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className={cx('choice')}>
      {props.options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={props.value === value}
          className={props.value === value ? cx('pressed') : ''}
          onClick={() => props.onChange(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function RemoveControl({ onClick }: { onClick: () => void }) {
  if (LIKE_A) {
    return (
      <button type="button" aria-label="Remove" title="Remove" onClick={onClick}>
        ×
      </button>
    );
  }
  if (VARIANT === 'c') {
    return (
      <span role="button" tabIndex={0} aria-label="Delete" className={cx('remove')} onClick={onClick}>
        🗑
      </span>
    );
  }
  if (VARIANT === 'd') {
    return (
      <button type="button" title="Remove row" className={cx('remove')} onClick={onClick}>
        −
      </button>
    );
  }
  return (
    <i role="button" tabIndex={0} className={cx('remove')} onClick={onClick}>
      ✕
    </i>
  );
}

function Rows(props: { rows: Row[]; generation: number; update: (id: number, patch: Partial<Row>) => void; remove: (id: number) => void }) {
  if (VARIANT === 'b') {
    return (
      <table className={cx('rows')}>
        <tbody>
          {props.rows.map((row) => (
            // Keys change on every commit: rows are new nodes after each change.
            <tr key={`${row.id}-${props.generation}`} className={cx('row')}>
              <td className={cx('cell')}>
                <CommitInput placeholder="Key" value={row.key} onCommit={(key) => props.update(row.id, { key })} />
              </td>
              <td className={cx('cell')}>
                <CommitInput placeholder="Value" value={row.value} onCommit={(value) => props.update(row.id, { value })} />
              </td>
              <td>
                <RemoveControl onClick={() => props.remove(row.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <div className={cx('rows')}>
      {props.rows.map((row) => (
        <div key={row.id} className={cx('row')}>
          {VARIANT === 'd' ? (
            <>
              <CommitInput placeholder="Key" value={row.key} onCommit={(key) => props.update(row.id, { key })} />
              <CommitInput placeholder="Value" value={row.value} onCommit={(value) => props.update(row.id, { value })} />
            </>
          ) : (
            <>
              <input placeholder="Key" value={row.key} onChange={(e) => props.update(row.id, { key: e.target.value })} />
              <input placeholder="Value" value={row.value} onChange={(e) => props.update(row.id, { value: e.target.value })} />
            </>
          )}
          <RemoveControl onClick={() => props.remove(row.id)} />
        </div>
      ))}
    </div>
  );
}

function Frame(props: { children: ReactNode; open: boolean; onClose: () => void; inline?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (VARIANT === 'b' && ref.current && !ref.current.open) ref.current.show();
  }, []);
  if (LIKE_A) {
    const dialog = (
      <div role="dialog" aria-modal={props.inline ? undefined : true} aria-labelledby="ct-editor-title" className={cx('dialog')}>
        {props.children}
      </div>
    );
    return props.inline ? dialog : <div className={cx('overlay')}>{dialog}</div>;
  }
  if (VARIANT === 'c') {
    // Created once: closing only hides it, by a class, and opening shows the same nodes again.
    return (
      <div className={cx('overlay') + (props.open ? '' : ' ' + cx('hidden'))}>
        <div className={cx('dialog')}>{props.children}</div>
      </div>
    );
  }
  if (VARIANT === 'd') {
    return (
      <div className={cx('overlay')}>
        <section className={cx('dialog')}>{props.children}</section>
      </div>
    );
  }
  return (
    <div className={cx('overlay')}>
      <dialog ref={ref} className={cx('dialog')} onCancel={props.onClose}>
        {props.children}
      </dialog>
    </div>
  );
}

/**
 * The URL key-value pairs section (query parameters of the Destination URL), before the body
 * choice, with rows that look like the body's: a and e start with one empty row and an add control
 * worded like the body's, c with a filled row and an add control of its own kind.
 */
export const HAS_URL_SECTION = LIKE_A || VARIANT === 'c';
export const initialUrlRows = (): Row[] => (VARIANT === 'c' ? [newRow('utm_source', 'clevertap')] : [newRow()]);

function UrlSection(props: { rows: Row[]; onChange: (rows: Row[]) => void }) {
  const update = (id: number, patch: Partial<Row>) => props.onChange(props.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset className={cx('url-section')}>
      <legend>URL key-value pairs</legend>
      {props.rows.map((row) => (
        <div key={row.id} className={cx('url-row')}>
          <input placeholder="Key" value={row.key} onChange={(e) => update(row.id, { key: e.target.value })} />
          <input placeholder="Value" value={row.value} onChange={(e) => update(row.id, { value: e.target.value })} />
          <RemoveControl onClick={() => props.onChange(props.rows.filter((r) => r.id !== row.id))} />
        </div>
      ))}
      {VARIANT === 'c' ? (
        <span role="button" tabIndex={0} className={cx('link')} onClick={() => props.onChange([...props.rows, newRow()])}>
          URL Key-Value Pair +
        </span>
      ) : (
        <button type="button" className={cx('add')} onClick={() => props.onChange([...props.rows, newRow()])}>
          + Key-Value Pair
        </button>
      )}
    </fieldset>
  );
}

const copyOf = (editor: EditorState): EditorState => ({
  ...editor,
  rows: editor.rows.map((r) => ({ ...r })),
  ...(HAS_URL_SECTION ? { urlRows: (editor.urlRows ?? initialUrlRows()).map((r) => ({ ...r })) } : {}),
});

export function EditorDialog(props: Props) {
  // Variant b renders the window late, then its rows later still, as a slow dashboard would.
  const [stage, setStage] = useState<'loading' | 'frame' | 'ready'>(VARIANT === 'b' ? 'loading' : 'ready');
  const [state, setState] = useState<EditorState>(() => copyOf(props.initial));
  const [generation, setGeneration] = useState(0);
  const [customBody, setCustomBody] = useState('{\n  "message": ""\n}');
  const [testResult, setTestResult] = useState('');
  const [rowsReleased, setRowsReleased] = useState(!HOLD_ROWS);
  useEffect(() => {
    if (!HOLD_ROWS) return;
    inspect.releaseRows = () => setRowsReleased(true);
    return () => {
      delete inspect.releaseRows;
    };
  }, []);

  useEffect(() => {
    if (VARIANT !== 'b') return;
    const t1 = setTimeout(() => setStage('frame'), 350);
    const t2 = setTimeout(() => setStage('ready'), 500);
    return () => {
      clearTimeout(t1);
      clearTimeout(t2);
    };
  }, []);

  // Variant c's window outlives its openings: each opening starts from what the campaign saved.
  const wasOpen = useRef(props.open);
  useEffect(() => {
    if (props.open && !wasOpen.current) {
      setState(copyOf(props.initial));
      setTestResult('');
    }
    wasOpen.current = props.open;
  }, [props.open, props.initial]);

  useEffect(() => {
    if (!props.open) return;
    inspect.editor = state;
    inspect.editors[props.campaignId] = state;
    return () => {
      inspect.editor = null;
      delete inspect.editors[props.campaignId];
    };
  }, [state, props.open, props.campaignId]);

  const change = (next: EditorState) => {
    setState(next);
    setGeneration((g) => g + 1);
  };
  const update = (id: number, patch: Partial<Row>) => {
    setState((s) => ({ ...s, rows: s.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
    setGeneration((g) => g + 1);
  };
  const remove = (id: number) => change({ ...state, rows: state.rows.filter((r) => r.id !== id) });
  const add = () => change({ ...state, rows: [...state.rows, newRow()] });

  const keyValues = Object.fromEntries(state.rows.filter((r) => r.key).map((r) => [r.key, r.value]));
  const preview = JSON.stringify({ targetId: props.campaignId, key_values: keyValues, profiles: [{ identity: '…', profileData: { '…': '…' } }] }, null, 2);

  async function previewAndTest() {
    setTestResult('Sending test…');
    const response = await fetch(`/api/campaigns/${props.campaignId}/preview-and-test`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: props.campaignId, webhookId: props.webhookId, format: state.format, bodyMode: state.bodyMode, rows: state.rows }),
    });
    const result = await response.json();
    setTestResult(response.ok ? `Test sent: ${result.calls} call(s), status ${result.status}` : `Test failed: ${result.error}`);
  }

  if (stage === 'loading') return <div className={cx('overlay')}><div className={cx('spinner')}>Loading editor…</div></div>;

  const addControl = LIKE_A ? (
    <button type="button" className={cx('add')} onClick={add}>
      + Key-Value Pair
    </button>
  ) : VARIANT === 'c' ? (
    <span role="button" tabIndex={0} className={cx('link')} onClick={add}>
      Key-Value Pair +
    </span>
  ) : VARIANT === 'd' ? (
    <button type="button" className={cx('add')} onClick={add}>
      Add Key-Value Pair
    </button>
  ) : (
    <a role="button" tabIndex={0} className={cx('link')} onClick={add}>
      Add Key-Value Pair
    </a>
  );

  return (
    <Frame open={props.open} onClose={props.onClose} inline={props.inline}>
      <div className={cx('dialog-head')}>
        {LIKE_A ? <h2 id="ct-editor-title">{TITLE}</h2> : <div className={cx('title')}>{TITLE}</div>}
        <button type="button" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className={cx('dialog-body')}>
        <div>
          {HAS_URL_SECTION ? (
            <UrlSection rows={state.urlRows ?? []} onChange={(urlRows) => setState((s) => ({ ...s, urlRows }))} />
          ) : (
            <p>URL key-value pairs</p>
          )}
          <div>Content Format</div>
          <Choice name="format" value={state.format} onChange={(format) => change({ ...state, format })} options={[['json', 'JSON'], ['text', 'plain text']]} />
          <Choice
            name="body"
            value={state.bodyMode}
            onChange={(bodyMode) => change({ ...state, bodyMode })}
            options={[['pairs', 'Profile Variables & custom key value pairs'], ['custom', 'Custom Body']]}
          />
          {CHANGED_ROWS ? (
            <div className={cx('grid')}>
              <input aria-label="Parameter name" />
              <input aria-label="Parameter content" />
              <button type="button">New parameter</button>
            </div>
          ) : state.format === 'json' && state.bodyMode === 'pairs' ? (
            stage === 'ready' && rowsReleased && (
              <>
                <Rows rows={state.rows} generation={generation} update={update} remove={remove} />
                {addControl}
              </>
            )
          ) : (
            <textarea aria-label="Body" rows={8} cols={50} value={customBody} onChange={(e) => setCustomBody(e.target.value)} />
          )}
        </div>
        <div>
          <div>Preview</div>
          <pre className={cx('preview')}>{preview}</pre>
          <div aria-live="polite">{testResult}</div>
        </div>
      </div>
      <div className={cx('foot')}>
        <button type="button" onClick={previewAndTest}>
          Preview and Test
        </button>
        <button type="button" onClick={() => void props.onDone(state)}>
          {VARIANT === 'b' || VARIANT === 'd' ? 'Save' : 'Done'}
        </button>
      </div>
    </Frame>
  );
}
