/** What every place's page shares: its title bar with the save button, the composer's slot, late mounting. */
import { useEffect, useState, type ReactNode } from 'react';
import { Composer } from './Composer';
import type { ComposerSlot, ComposerState } from '../model';
import { VARIANT, cx } from './variant';

const SAVE_WORDS = { a: 'Save as Draft', b: 'Save Draft', c: 'Save as draft' } as const;

export function PlaceHeader(props: { title: string; kind: string; saved: boolean; onSave: () => void; saveWords?: string }) {
  return (
    <header className={cx('place-head')}>
      <div>
        <div className={cx('kind')}>{props.kind}</div>
        <h1 className={cx('title')}>{props.title}</h1>
      </div>
      <div className={cx('head-actions')}>
        <span role="status" className={cx('saved')}>{props.saved ? 'Draft saved' : ''}</span>
        <button type="button" className={cx('primary')} onClick={props.onSave}>
          {props.saveWords ?? SAVE_WORDS[VARIANT]}
        </button>
      </div>
    </header>
  );
}

/** A composer under its slot's name (a variant, a Canvas step, the template). */
export function SlotComposer(props: { slot: ComposerSlot; onChange: (slotId: string, next: ComposerState) => void; hidden?: boolean; children?: ReactNode }) {
  return (
    <div role="region" aria-label={props.slot.label} className={cx('slot')} style={props.hidden ? { display: 'none' } : undefined}>
      <div className={cx('slot-title')}>{props.slot.label}</div>
      <Composer value={props.slot.composer} onChange={(next) => props.onChange(props.slot.id, next)} />
      {props.children}
    </div>
  );
}

/** B's message editor arrives 1.2 s after the page, as a slow dashboard's chunk would. */
export function LateInB({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(VARIANT !== 'b');
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), 1200);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready ? <>{children}</> : <div className={cx('spinner')}>Loading message…</div>;
}
