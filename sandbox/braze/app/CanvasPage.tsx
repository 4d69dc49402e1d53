/**
 * A Canvas with Message steps, some of whose channel is Webhook. a opens one step's composer at a
 * time in a drawer (closing unmounts it); b shows every webhook step's composer side by side;
 * c opens a step in a modal that, once created, is only hidden and shown again.
 */
import { useState } from 'react';
import type { ComposerSlot } from '../model';
import { LateInB, PlaceHeader, SlotComposer } from './frame';
import { usePlace } from './usePlace';
import { VARIANT, cx } from './variant';

const channelWords = (slot: ComposerSlot) => (slot.channel === 'webhook' ? 'Webhook' : 'Email');

function EmailStub({ slot }: { slot: ComposerSlot }) {
  return (
    <div role="region" aria-label={slot.label} className={cx('slot')}>
      <div className={cx('slot-title')}>{slot.label}</div>
      <p>Email editor (not part of this stand-in).</p>
    </div>
  );
}

export function CanvasPage({ canvasId }: { canvasId: string }) {
  const { place, setComposer, save, saved } = usePlace('canvas', canvasId);
  const [open, setOpen] = useState<string | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  if (!place) return <div className={cx('spinner')}>Loading Canvas…</div>;
  const openStep = (id: string) => {
    setOpen(id);
    setCreated((all) => (all.includes(id) ? all : [...all, id]));
  };
  const done = (
    <button type="button" className={cx('primary')} onClick={() => setOpen(null)}>
      Done
    </button>
  );

  const steps = (
    <ol className={cx('steps')}>
      {place.slots.map((slot) => (
        <li key={slot.id}>
          {VARIANT === 'b' ? (
            <span className={cx('step')}>{`${slot.label} · Message · ${channelWords(slot)}`}</span>
          ) : (
            <button type="button" className={cx('step')} onClick={() => openStep(slot.id)}>
              {`${slot.label} · Message · ${channelWords(slot)}`}
            </button>
          )}
        </li>
      ))}
    </ol>
  );

  let editors;
  if (VARIANT === 'a') {
    const slot = place.slots.find((s) => s.id === open);
    editors = slot && (
      <aside className={cx('drawer')}>
        {slot.channel === 'webhook' ? <SlotComposer key={slot.id} slot={slot} onChange={setComposer}>{done}</SlotComposer> : <EmailStub slot={slot} />}
        {slot.channel !== 'webhook' && done}
      </aside>
    );
  } else if (VARIANT === 'b') {
    editors = (
      <LateInB>
        <div className={cx('side-by-side')}>
          {place.slots.map((slot) => (slot.channel === 'webhook' ? <SlotComposer key={slot.id} slot={slot} onChange={setComposer} /> : <EmailStub key={slot.id} slot={slot} />))}
        </div>
      </LateInB>
    );
  } else {
    editors = place.slots
      .filter((slot) => created.includes(slot.id))
      .map((slot) => (
        <div key={slot.id} className={cx('overlay') + (open === slot.id ? '' : ` ${cx('hidden')}`)}>
          <div className={cx('modal')}>
            {slot.channel === 'webhook' ? <SlotComposer slot={slot} onChange={setComposer} /> : <EmailStub slot={slot} />}
            {done}
          </div>
        </div>
      ));
  }
  return (
    <div>
      <PlaceHeader kind="Canvas" title={place.name} saved={saved} onSave={() => void save()} />
      {steps}
      {editors}
    </div>
  );
}
