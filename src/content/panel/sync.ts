/**
 * Writes the panel's choices into the dashboard's key-value rows, at most 300 ms after the last
 * change, one write at a time, and keeps the draft in step. Nothing is written before the panel has
 * settled (read what the window holds). A click on one of the window's own buttons (Done, Save, ×,
 * Preview and Test) while a write is due waits for that write, so the dashboard never acts on older
 * pairs; saving the window (Done, Save) then drops the draft, whose pairs the dashboard now keeps.
 */
import type { Dashboard } from '../dashboard';
import { desiredPairs, desiredPayload, type PanelState, type PanelStore } from './store';
import { dropDraft, writeDraft, type DraftScope } from './draft';
import { PANEL_HOST_TAG } from './host-tag';

export const DEBOUNCE_MS = 300;

export interface Sync {
  /** Writes now what is due; resolves when the pairs are settled. */
  flush(): Promise<void>;
}

export function startSync(dashboard: Dashboard, panel: PanelStore, editor: Element, scope: DraftScope, signal: AbortSignal): Sync {
  const { store } = panel;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let written = '';

  async function writeOnce(): Promise<void> {
    const state = store.getState();
    // Before the window is read nothing is written: settling writes what waited (see justSettled).
    if (!state.settled) return;
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

  /** Draft writes and the drop after a save, in order: a late write never brings a dropped draft back. */
  let drafts: Promise<void> = Promise.resolve();
  const keepDraft = (payload: NonNullable<ReturnType<typeof desiredPayload>>) => {
    drafts = drafts
      .then(() => writeDraft(scope, payload))
      .then(
        () => void (store.getState().notice === 'draft-not-saved' && store.setState({ notice: null })),
        (error: unknown) => {
          // Storage full or failing: the pairs are still written; the marketer learns the × net is gone.
          console.warn('Sendbird extension: draft not saved', error instanceof Error ? error.name : 'error');
          store.setState({ notice: 'draft-not-saved' });
        },
      );
  };

  const relevant = (s: PanelState) => JSON.stringify([s.dirty, s.settled, desiredPayload(s)]);
  let last = relevant(store.getState());
  let lastTemplate = desiredPayload(store.getState())?.template;
  let wasSettled = store.getState().settled;
  const unsubscribe = store.subscribe((state) => {
    const now = relevant(state);
    if (now === last) return;
    last = now;
    const payload = desiredPayload(state);
    // A new template is one deliberate choice, and so is what waited for the window to settle:
    // write at once. Typing waits for a pause.
    const templateChanged = payload?.template !== lastTemplate;
    lastTemplate = payload?.template;
    const justSettled = state.settled && !wasSettled;
    wasSettled = state.settled;
    if (!state.dirty || !payload) return;
    if (state.sync.status !== 'pending') store.setState({ sync: { status: 'pending' } });
    // Until the window is read, a draft of half the choices would replace a whole one.
    if (!state.settled) return;
    keepDraft(payload);
    if (templateChanged || justSettled) void flush();
    else schedule();
  });

  /** Saving the window hands the pairs to the dashboard: the draft is no longer needed (unless the write failed). */
  const saved = () => {
    const { sync, dirty } = store.getState();
    if (dirty && sync.status !== 'saved') return;
    drafts = drafts.then(() => dropDraft(scope)).catch((error: unknown) => console.warn('Sendbird extension: draft not dropped', error instanceof Error ? error.name : 'error'));
  };

  // Capture at window level runs before the page's own handlers, whatever element they sit on.
  // Only a person's clicks are held: the writer's own clicks (add, remove) and the replay are not.
  const holdClick = (event: MouseEvent) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !editor.contains(event.target)) return;
    if (event.composedPath().some((node) => node instanceof Element && node.localName === PANEL_HOST_TAG)) return;
    const control = dashboard.windowControlAt(event.target);
    if (!control) return;
    const saves = dashboard.isSaveControl(control);
    // Before the window is read nothing can be written, so there is nothing to wait for.
    const due = store.getState().settled && (store.getState().sync.status === 'pending' || running);
    if (!due) return void (saves && saved());
    event.preventDefault();
    event.stopImmediatePropagation();
    void flush().then(() => {
      if (saves) saved();
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
