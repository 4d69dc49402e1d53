/**
 * Writes the panel's choices into the dashboard's key-value rows, at most 300 ms after the last
 * change, one write at a time, and keeps the draft in step. A click on one of the window's own
 * buttons (Done, Save, ×, Preview and Test) while a write is due waits for that write, so the
 * dashboard never acts on older pairs.
 */
import type { Dashboard } from '../dashboard';
import { desiredPairs, desiredPayload, type PanelState, type PanelStore } from './store';
import { writeDraft } from './draft';
import { PANEL_HOST_TAG } from './host-tag';

export const DEBOUNCE_MS = 300;

export interface Sync {
  /** Writes now what is due; resolves when the pairs are settled. */
  flush(): Promise<void>;
}

export function startSync(dashboard: Dashboard, panel: PanelStore, editor: Element, draftKey: string, signal: AbortSignal): Sync {
  const { store } = panel;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let written = '';

  async function writeOnce(): Promise<void> {
    const state = store.getState();
    const pairs = desiredPairs(state);
    if (!pairs || !state.dirty) return;
    const wanted = JSON.stringify(pairs);
    if (wanted === written && state.sync.status === 'saved') return;
    const result = await dashboard.writePairs(editor, pairs);
    if (signal.aborted) return;
    if (result.ok) written = wanted;
    // Newer changes arrived while writing: leave the status pending for the next write.
    if (JSON.stringify(desiredPairs(store.getState())) !== wanted) return schedule();
    store.setState({ sync: result.ok ? { status: 'saved' } : { status: 'failed', reason: result.reason } });
  }

  /** Runs a write now, after the one in progress if any; resolves when the pairs are settled. */
  function flush(): Promise<void> {
    clearTimeout(timer);
    if (signal.aborted) return Promise.resolve();
    running = (running ?? Promise.resolve()).then(writeOnce).finally(() => {
      running = null;
    });
    return running;
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
    writeDraft(draftKey, payload).then(
      () => store.getState().notice === 'draft-not-saved' && store.setState({ notice: null }),
      (error: unknown) => {
        // Storage full or failing: the pairs are still written; the marketer learns the × net is gone.
        console.warn('Sendbird extension: draft not saved', error instanceof Error ? error.name : 'error');
        store.setState({ notice: 'draft-not-saved' });
      },
    );
    if (state.sync.status !== 'pending') store.setState({ sync: { status: 'pending' } });
    if (templateChanged) void flush();
    else schedule();
  });

  // Capture at window level runs before the page's own handlers, whatever element they sit on.
  // Only a person's clicks are held: the writer's own clicks (add, remove) and the replay are not.
  const holdClick = (event: MouseEvent) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !editor.contains(event.target)) return;
    if (event.composedPath().some((node) => node instanceof Element && node.localName === PANEL_HOST_TAG)) return;
    const control = dashboard.windowControlAt(event.target);
    if (!control || (store.getState().sync.status !== 'pending' && !running)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void flush().then(() => {
      if (control.isConnected && !signal.aborted) control.click();
    });
  };
  addEventListener('click', holdClick, true);

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unsubscribe();
    removeEventListener('click', holdClick, true);
  });
  return { flush };
}
