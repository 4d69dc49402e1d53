/** A webhook template (Templates → Webhook Templates): one composer; b mounts it late, c after "Edit message". */
import { useState } from 'react';
import { LateInB, PlaceHeader, SlotComposer } from './frame';
import { usePlace } from './usePlace';
import { VARIANT, cx } from './variant';

export function TemplatePage({ templateId }: { templateId: string }) {
  const { place, setComposer, save, saved } = usePlace('template', templateId);
  const [created, setCreated] = useState(false);
  if (!place) return <div className={cx('spinner')}>Loading template…</div>;
  const slot = place.slots[0];
  if (!slot) return null;
  const composer = <SlotComposer slot={slot} onChange={setComposer} />;
  return (
    <div>
      <PlaceHeader kind="Webhook template" title={place.name} saved={saved} onSave={() => void save()} saveWords="Save Template" />
      {VARIANT === 'b' ? (
        <LateInB>{composer}</LateInB>
      ) : VARIANT === 'c' && !created ? (
        <button type="button" onClick={() => setCreated(true)}>
          Edit message
        </button>
      ) : (
        composer
      )}
    </div>
  );
}
