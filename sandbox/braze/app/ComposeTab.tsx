/**
 * The Compose tab: Webhook URL, Request body (mode choice, rows with their add control, or the
 * Raw text field), a JSON preview that fills itself in key-value mode, and, in b and c, the
 * Request headers (c before the body, b after it; a keeps them in Settings).
 */
import { useId, type ReactNode } from 'react';
import type { ComposerState, Row } from '../model';
import { BodyModeChoice } from './BodyModeChoice';
import { Section } from './controls';
import { KeyValueRows } from './KeyValueRows';
import { MethodChoice } from './MethodChoice';
import { useRowsReleased } from './state';
import { NO_ADD_CONTROL, VARIANT, cx } from './variant';

type Props = { value: ComposerState; onChange: (next: ComposerState) => void };

export function pairsObject(rows: Row[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.key.trim()).map((r) => [r.key.trim(), r.value]));
}

const PREVIEW_TITLE = { a: 'Request preview', b: 'JSON Preview', c: 'Preview' } as const;

function UrlField(props: Props) {
  const id = useId();
  const set = (url: string) => props.onChange({ ...props.value, url });
  if (VARIANT === 'a') {
    return (
      <div className={cx('field')}>
        <label htmlFor={id}>Webhook URL</label>
        <input id={id} className={cx('input-wide')} value={props.value.url} onChange={(e) => set(e.target.value)} />
      </div>
    );
  }
  if (VARIANT === 'b') {
    // The caption is only text beside the field; the field's name is its own aria-label.
    return (
      <div className={cx('field')}>
        <div className={cx('field-title')} aria-hidden="true">WEBHOOK URL</div>
        <input aria-label="Webhook URL" placeholder="https://" className={cx('input-wide')} value={props.value.url} onChange={(e) => set(e.target.value)} />
      </div>
    );
  }
  return (
    <div className={cx('field')}>
      <div id={id} className={cx('field-title')}>Webhook URL</div>
      <input aria-labelledby={id} placeholder="Enter the URL of your endpoint" className={cx('input-wide')} value={props.value.url} onChange={(e) => set(e.target.value)} />
    </div>
  );
}

export function HeadersSection(props: Props) {
  return (
    <Section variant={VARIANT} title={VARIANT === 'a' ? 'Request headers' : 'Request Headers'}>
      <KeyValueRows kind="headers" rows={props.value.headers} withAdd onChange={(headers) => props.onChange({ ...props.value, headers })} />
    </Section>
  );
}

function BodySection(props: Props) {
  const released = useRowsReleased();
  const { value } = props;
  let content: ReactNode;
  if (value.bodyMode === 'raw') {
    content = <textarea className={cx('raw')} rows={8} aria-label={VARIANT === 'b' ? 'Raw text body' : undefined} placeholder={VARIANT === 'a' ? 'Enter raw text' : undefined} value={value.raw} onChange={(e) => props.onChange({ ...value, raw: e.target.value })} />;
  } else if (!released) {
    content = <div className={cx('skeleton')}>Loading…</div>;
  } else {
    content = <KeyValueRows kind="body" rows={value.pairs} withAdd={!NO_ADD_CONTROL} onChange={(pairs) => props.onChange({ ...value, pairs })} />;
  }
  return (
    <Section variant={VARIANT} title={VARIANT === 'a' ? 'Request body' : 'Request Body'}>
      <BodyModeChoice value={value.bodyMode} onChange={(bodyMode) => props.onChange({ ...value, bodyMode })} />
      {content}
    </Section>
  );
}

export function ComposeTab(props: Props) {
  const preview = props.value.bodyMode === 'pairs' ? JSON.stringify(pairsObject(props.value.pairs), null, 2) : props.value.raw;
  return (
    <div className={cx('compose')}>
      {VARIANT === 'b' && <MethodChoice {...props} />}
      <UrlField {...props} />
      {VARIANT === 'c' && <HeadersSection {...props} />}
      <BodySection {...props} />
      {VARIANT === 'b' && <HeadersSection {...props} />}
      <div className={cx('preview-box')}>
        <div className={cx('preview-title')}>{PREVIEW_TITLE[VARIANT]}</div>
        <pre className={cx('preview')}>{preview}</pre>
      </div>
    </div>
  );
}
