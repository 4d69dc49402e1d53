/**
 * A page's place (campaign, Canvas, template): loaded from the stand-in's server, each composer's
 * state kept here (so a composer that is unmounted or hidden keeps what was typed), mirrored into
 * `__brazeStandIn.composers`, and saved on Save as Draft.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ComposerState, Place, PlaceKind } from '../model';
import { loadPlace, savePlace } from './api';
import { inspect } from './state';
import { START_RAW } from './variant';

export function usePlace(kind: PlaceKind, id: string) {
  const [place, setPlace] = useState<Place | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void loadPlace(kind, id).then((loaded) => {
      if (!live) return;
      setPlace(START_RAW ? { ...loaded, slots: loaded.slots.map((s) => ({ ...s, composer: { ...s.composer, bodyMode: 'raw' } })) } : loaded);
    });
    return () => {
      live = false;
    };
  }, [kind, id]);
  useEffect(() => {
    inspect.place = place ? `${place.kind}/${place.id}` : null;
    inspect.composers = Object.fromEntries((place?.slots ?? []).filter((s) => s.channel === 'webhook').map((s) => [s.id, s.composer]));
  }, [place]);

  const setComposer = useCallback((slotId: string, composer: ComposerState) => {
    setPlace((p) => (p ? { ...p, slots: p.slots.map((s) => (s.id === slotId ? { ...s, composer } : s)) } : p));
  }, []);
  const save = useCallback(async () => {
    if (!place) return;
    await savePlace(place);
    inspect.saved += 1;
    setSavedAt(Date.now());
  }, [place]);
  return { place, setComposer, save, saved: savedAt !== null };
}
