/**
 * A webhook campaign's Compose step, with one composer per variant. With two variants: a shows
 * one at a time behind variant tabs (the other unmounted), b one at a time chosen in a select
 * (the other hidden), c each composer under an "Edit message" button that creates it, both shown.
 */
import { useState } from 'react';
import { LateInB, PlaceHeader, SlotComposer } from './frame';
import { usePlace } from './usePlace';
import { VARIANT, cx } from './variant';

export function CampaignPage({ campaignId }: { campaignId: string }) {
  const { place, setComposer, save, saved } = usePlace('campaign', campaignId);
  const [active, setActive] = useState(0);
  const [created, setCreated] = useState<string[]>([]);
  if (!place) return <div className={cx('spinner')}>Loading campaign…</div>;
  const slots = place.slots;
  const several = slots.length > 1;

  let body;
  if (VARIANT === 'a') {
    const slot = slots[active] ?? slots[0];
    body = (
      <>
        {several && (
          <div role="tablist" className={cx('variant-tabs')}>
            {slots.map((s, i) => (
              <button key={s.id} type="button" role="tab" aria-selected={i === active} className={cx('variant-tab')} onClick={() => setActive(i)}>
                {s.label}
              </button>
            ))}
          </div>
        )}
        {slot && <SlotComposer key={slot.id} slot={slot} onChange={setComposer} />}
      </>
    );
  } else if (VARIANT === 'b') {
    body = (
      <LateInB>
        {several && (
          <label className={cx('field')}>
            Variant{' '}
            <select value={active} onChange={(e) => setActive(Number(e.target.value))}>
              {slots.map((s, i) => (
                <option key={s.id} value={i}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {slots.map((s, i) => (
          <SlotComposer key={s.id} slot={s} onChange={setComposer} hidden={i !== active} />
        ))}
      </LateInB>
    );
  } else {
    body = slots.map((s) =>
      created.includes(s.id) ? (
        <SlotComposer key={s.id} slot={s} onChange={setComposer} />
      ) : (
        <div key={s.id} className={cx('card')}>
          <div className={cx('slot-title')}>{s.label}</div>
          <button type="button" aria-label={several ? `Edit message (${s.label})` : undefined} onClick={() => setCreated((all) => [...all, s.id])}>
            Edit message
          </button>
        </div>
      ),
    );
  }
  return (
    <div>
      <PlaceHeader kind="Webhook campaign" title={place.name} saved={saved} onSave={() => void save()} />
      <div className={cx('step-label')}>Compose Messages</div>
      {body}
    </div>
  );
}
