/**
 * Writes the panel's choices into CleverTap's key-value rows, at most 300 ms after the last change,
 * one write at a time, and keeps the per-campaign draft in step.
 */
import { writePairs } from '../clevertap/editor';
import { desiredPairs, desiredPayload, type PanelState } from './store';
import type { PanelStore } from './store';
import { writeDraft } from './draft';
import { PANEL_HOST_TAG } from './host-tag';

export const DEBOUNCE_MS = 300;

export function startSync(panel: PanelStore, editor: Element, draftKey: string, signal: AbortSignal): void {
  const { store } = panel;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  let written = '';

  async function flush(): Promise<void> {
    if (writing || signal.aborted) return;
    const state = store.getState();
    const pairs = desiredPairs(state);
    if (!pairs) return;
    const wanted = JSON.stringify(pairs);
    if (wanted === written && state.sync.status === 'saved') return;
    writing = true;
    const result = await writePairs(editor, pairs);
    writing = false;
    if (signal.aborted) return;
    if (result.ok) written = wanted;
    // Newer changes arrived while writing: write again, still after the debounce.
    if (JSON.stringify(desiredPairs(store.getState())) !== wanted) return schedule();
    store.setState({ sync: result.ok ? { status: 'saved' } : { status: 'failed', reason: result.reason } });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  }

  const relevant = (s: PanelState) => JSON.stringify([s.dirty, desiredPayload(s)]);
  let last = relevant(store.getState());
  let lastTemplate = desiredPayload(store.getState())?.template;
  const unsubscribe = store.subscribe((state) => {
    const now = relevant(state);
    if (now === last) return;
    last = now;
    const payload = desiredPayload(state);
    // A new template is one deliberate choice: write it at once. Typing waits for a pause.
    const templateChanged = payload?.template !== lastTemplate;
    lastTemplate = payload?.template;
    if (!state.dirty || !payload) return;
    void writeDraft(draftKey, payload).catch(() => undefined);
    if (state.sync.status !== 'pending') store.setState({ sync: { status: 'pending' } });
    if (templateChanged) {
      clearTimeout(timer);
      void flush();
    } else {
      schedule();
    }
  });

  // About to press Done, Save, × or Preview and Test? Write what is pending first: the value updates
  // go in synchronously, before the page's click handler runs.
  const flushNow = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof Element && node.localName === PANEL_HOST_TAG)) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    if (store.getState().sync.status !== 'pending') return;
    clearTimeout(timer);
    void flush();
  };
  editor.addEventListener('pointerdown', flushNow, true);
  editor.addEventListener('keydown', flushNow, true);

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unsubscribe();
    editor.removeEventListener('pointerdown', flushNow, true);
    editor.removeEventListener('keydown', flushNow, true);
  });
}
