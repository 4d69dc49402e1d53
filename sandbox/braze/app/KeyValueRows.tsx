/**
 * Key/value rows with a remove control each and an add control: the Request body's pairs and the
 * Request headers look alike on purpose (the contract: the headers are key/value rows too, and
 * the extension never writes there). Markup differs by variant (see variant.ts).
 */
import { useState } from 'react';
import { newRow, type Row } from '../model';
import { CommitInput, RichValue, pressable } from './controls';
import { RICH_VALUES, VARIANT, cx } from './variant';

type Props = {
  kind: 'body' | 'headers';
  rows: Row[];
  onChange: (rows: Row[]) => void;
  /** False under `?braze-change=add` (body only). */
  withAdd: boolean;
};

function RemoveControl({ kind, onRemove }: { kind: Props['kind']; onRemove: () => void }) {
  if (VARIANT === 'a') {
    return (
      <button type="button" aria-label={kind === 'body' ? 'Remove pair' : 'Remove header'} className={cx('remove')} onClick={onRemove}>
        🗑
      </button>
    );
  }
  if (VARIANT === 'b') {
    return (
      <span {...pressable(onRemove)} aria-label="Delete" className={cx('remove')}>
        ×
      </span>
    );
  }
  return (
    <a {...pressable(onRemove)} className={cx('remove-link')}>
      Remove
    </a>
  );
}

function AddControl({ kind, onAdd }: { kind: Props['kind']; onAdd: () => void }) {
  if (kind === 'headers') {
    if (VARIANT === 'a') return <button type="button" className={cx('add')} onClick={onAdd}>+ Add new header</button>;
    // B's header control says "pair" too: only the section tells it from the body's.
    if (VARIANT === 'b') return <button type="button" className={cx('add')} onClick={onAdd}>Add header pair</button>;
    return <span {...pressable(onAdd)} className={cx('add-link')}>+ Add header</span>;
  }
  if (VARIANT === 'a') return <button type="button" className={cx('add')} onClick={onAdd}>+ Add pair</button>;
  if (VARIANT === 'b') return <div {...pressable(onAdd)} className={cx('add-link')}>Add Key/Value Pair</div>;
  return <button type="button" aria-label="Add new pair" className={cx('icon-button')} onClick={onAdd}>+</button>;
}

function KeyField(props: { value: string; onChange: (v: string) => void }) {
  if (VARIANT === 'c') return <CommitInput value={props.value} onCommit={props.onChange} />;
  return <input className={cx('input')} placeholder={VARIANT === 'a' ? 'Key' : 'Enter key'} aria-label={VARIANT === 'b' ? 'Key' : undefined} value={props.value} onChange={(e) => props.onChange(e.target.value)} />;
}

function ValueField(props: { kind: Props['kind']; value: string; onChange: (v: string) => void }) {
  if (RICH_VALUES && props.kind === 'body') return <RichValue value={props.value} onChange={props.onChange} />;
  if (VARIANT === 'c') return <CommitInput value={props.value} onCommit={props.onChange} />;
  if (VARIANT === 'b') {
    return <textarea className={cx('textarea')} rows={1} aria-label="Value" placeholder="Enter value" value={props.value} onChange={(e) => props.onChange(e.target.value)} />;
  }
  return <input className={cx('input')} placeholder="Value" value={props.value} onChange={(e) => props.onChange(e.target.value)} />;
}

export function KeyValueRows(props: Props) {
  // B re-creates every row's nodes when a row is added or removed.
  const [generation, setGeneration] = useState(0);
  const structural = (rows: Row[]) => {
    setGeneration((g) => g + 1);
    props.onChange(rows);
  };
  const update = (id: number, patch: Partial<Row>) => props.onChange(props.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <div className={cx(`${props.kind}-rows`)}>
      {VARIANT === 'c' && props.rows.length > 0 && (
        <div className={cx('row-head')} aria-hidden="true">
          <span>KEY</span>
          <span>VALUE</span>
        </div>
      )}
      {props.rows.map((row) => (
        <div key={VARIANT === 'b' ? `${row.id}-${generation}` : row.id} className={cx('row')}>
          <KeyField value={row.key} onChange={(key) => update(row.id, { key })} />
          <ValueField kind={props.kind} value={row.value} onChange={(value) => update(row.id, { value })} />
          <RemoveControl kind={props.kind} onRemove={() => structural(props.rows.filter((r) => r.id !== row.id))} />
        </div>
      ))}
      {props.withAdd && <AddControl kind={props.kind} onAdd={() => structural([...props.rows, newRow()])} />}
    </div>
  );
}
