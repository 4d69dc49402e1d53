/**
 * The state of one Sendbird panel (one open editor window): the template list from the background,
 * the marketer's choices, and how far they are written into the dashboard's rows.
 */
import { createStore } from 'zustand/vanilla';
import { askBackground } from '../../shared/ask-background';
import type { Failure } from '../../shared/failures';
import { encodePayload, type Pair, type SendbirdPayload } from '../../shared/payload-codec';
import { getOwn, setOwn } from '../../shared/records';
import type { Template } from '../../shared/template-model';
import type { WriteFailure } from '../dashboard';
import type { Draft } from './draft';

export type TemplatesState =
  | { status: 'loading' }
  | { status: 'ready'; fetchedAt: number; truncated: boolean }
  | { status: 'failed'; failure: Failure; fetchedAt: number | null };

export type SyncState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saved' }
  | { status: 'failed'; reason: WriteFailure };

export interface PanelState {
  templates: Template[];
  templatesState: TemplatesState;
  /** The extension was updated or reloaded under this page: only a reload helps. */
  disconnected: boolean;
  /** The chosen template key, also when Sendbird no longer offers it. */
  templateKey: string | null;
  /** Set when the saved template is archived or deleted in Sendbird. */
  missingTemplate: 'archived' | 'deleted' | null;
  /** Asking Sendbird about a saved template that is not in the list failed: why (Retry asks again). */
  templateCheckFailed: Failure | null;
  /** Values by variable key; keeps values of other templates' variables for switching back. */
  values: Record<string, string>;
  receiver: string;
  /** The dashboard's Receiver default: what the panel starts with, and what an empty Receiver is written as. */
  receiverDefault: string;
  eventName: string;
  /** The marketer changed something in the panel: from now on the panel writes. */
  dirty: boolean;
  /**
   * The panel has read what the window already holds (its pairs, or a draft). Until then nothing is
   * written: a choice made meanwhile is applied on top of what was read, never instead of it.
   */
  settled: boolean;
  /** The window already held Sendbird pairs when it opened (so the panel shows on any webhook). */
  restoredFromPairs: boolean;
  sync: SyncState;
  /** A draft the marketer may bring back by choice (it did not restore on its own). */
  draftOffer: Draft | null;
  /** Something the marketer should know that does not stop the work (shown beside the status). */
  notice: 'draft-not-saved' | 'list-not-cached' | null;
}

export const initialPanelState: PanelState = {
  templates: [],
  templatesState: { status: 'loading' },
  disconnected: false,
  templateKey: null,
  missingTemplate: null,
  templateCheckFailed: null,
  values: {},
  receiver: '',
  receiverDefault: '',
  eventName: '',
  dirty: false,
  settled: false,
  restoredFromPairs: false,
  sync: { status: 'idle' },
  draftOffer: null,
  notice: null,
};

export function selectedTemplate(state: PanelState): Template | null {
  return state.templates.find((t) => t.key === state.templateKey) ?? null;
}

/** The payload the panel wants in the dashboard's editor, or null while there is nothing to write. */
export function desiredPayload(state: PanelState): SendbirdPayload | null {
  const template = selectedTemplate(state);
  if (!template) return null;
  const variables: Record<string, string> = {};
  for (const variable of template.variables) setOwn(variables, variable.key, getOwn(state.values, variable.key) ?? '');
  return { template: template.key, receiver: state.receiver, eventName: state.eventName, variables };
}

export function desiredPairs(state: PanelState): Pair[] | null {
  const payload = desiredPayload(state);
  return payload ? encodePayload(payload, state.receiverDefault) : null;
}

/** Keys of variables that are still empty (every variable is required today). */
export function emptyVariables(state: PanelState): string[] {
  const template = selectedTemplate(state);
  return template ? template.variables.filter((v) => !getOwn(state.values, v.key)?.trim()).map((v) => v.key) : [];
}

/**
 * The list the last panel on this page showed. A window reopened in the same page starts from it
 * (usable at once) while the background is asked again; it lives as long as the page, holds no
 * secret, and is replaced by every answer.
 */
let lastList: Pick<PanelState, 'templates' | 'templatesState'> | null = null;

/**
 * Asks the background for the list ahead of the page's first panel (the panel chunk is preloaded
 * when a window is likely next): that panel then starts from it, usable at once like a reopened
 * one, and asks again on mount all the same. Only a list is kept, never a failure: a first panel
 * that finds none asks as it always did.
 */
export async function warmLastList(): Promise<void> {
  if (lastList) return;
  const answer = await askBackground({ type: 'templates/list', refresh: false });
  if ('refused' in answer || !answer.ok || lastList) return;
  lastList = { templates: answer.templates, templatesState: { status: 'ready', fetchedAt: answer.fetchedAt, truncated: answer.truncated } };
}

/** The store of one panel on a dashboard whose Receiver defaults to `receiverDefault`. */
export function createPanelStore(receiverDefault: string) {
  const store = createStore<PanelState>()(() => ({ ...initialPanelState, receiver: receiverDefault, receiverDefault, ...lastList }));
  store.subscribe((state) => {
    if (state.templatesState.status === 'ready') lastList = { templates: state.templates, templatesState: state.templatesState };
  });

  async function loadTemplates(refresh: boolean): Promise<void> {
    const previous = store.getState().templatesState;
    if (refresh || previous.status !== 'ready') store.setState({ templatesState: { status: 'loading' } });
    const answer = await askBackground({ type: 'templates/list', refresh });
    if ('refused' in answer) {
      if (answer.refused === 'disconnected') return store.setState({ disconnected: true });
      // Refused or unanswered inside the extension: say so, never blame Sendbird.
      return store.setState({ templatesState: { status: 'failed', failure: { kind: 'internal' }, fetchedAt: null } });
    }
    if (answer.ok) {
      store.setState({
        templates: answer.templates,
        templatesState: { status: 'ready', fetchedAt: answer.fetchedAt, truncated: answer.truncated },
        notice: answer.notCached ? 'list-not-cached' : store.getState().notice === 'list-not-cached' ? null : store.getState().notice,
      });
    } else {
      // A failed refresh keeps the list it had, or the background's cached one.
      const cached = answer.cached;
      store.setState((s) => ({
        templates: cached?.templates ?? s.templates,
        templatesState: { status: 'failed', failure: answer.failure, fetchedAt: cached?.fetchedAt ?? null },
      }));
    }
    await checkMissingTemplate();
  }

  /** A saved campaign whose template is not in the list: ask Sendbird whether it is archived or gone. */
  async function checkMissingTemplate(): Promise<void> {
    const { templateKey, templates, templatesState } = store.getState();
    if (!templateKey || templatesState.status !== 'ready' || templates.some((t) => t.key === templateKey)) {
      return store.setState({ missingTemplate: null, templateCheckFailed: null });
    }
    const answer = await askBackground({ type: 'templates/get', key: templateKey });
    if ('refused' in answer) {
      if (answer.refused === 'disconnected') return store.setState({ disconnected: true });
      return store.setState({ templateCheckFailed: { kind: 'internal' } });
    }
    if (!answer.ok) return store.setState({ templateCheckFailed: answer.failure });
    store.setState({ templateCheckFailed: null });
    if (answer.status === 'ok' && answer.template) {
      const found = answer.template;
      store.setState((s) => ({ templates: [...s.templates, found], missingTemplate: null }));
    } else if (answer.status !== 'ok') {
      store.setState({ missingTemplate: answer.status });
    }
  }

  /** What the marketer changed before the panel settled, to apply on top of what it then reads. */
  type Edits = Partial<Pick<PanelState, 'templateKey' | 'receiver' | 'eventName'>> & { values: Record<string, string> };
  let earlyEdits: Edits = { values: {} };

  function edit(patch: Partial<PanelState>, value?: [string, string]) {
    if (!store.getState().settled) {
      const { templateKey, receiver, eventName } = patch;
      earlyEdits = {
        ...earlyEdits,
        ...(templateKey !== undefined ? { templateKey } : {}),
        ...(receiver !== undefined ? { receiver } : {}),
        ...(eventName !== undefined ? { eventName } : {}),
        values: value ? { ...earlyEdits.values, [value[0]]: value[1] } : earlyEdits.values,
      };
    }
    store.setState({ ...patch, dirty: true });
  }

  /**
   * Fills the panel from the window's pairs (`fromPairs`) or from the local draft (then it writes
   * them), with whatever the marketer changed meanwhile on top: a template chosen while the window
   * settled keeps the values of the variables it shares with the restored one.
   */
  function restore(payload: SendbirdPayload, fromPairs: boolean) {
    const early = earlyEdits;
    const editedEarly = !store.getState().settled && store.getState().dirty;
    store.setState({
      templateKey: early.templateKey ?? payload.template,
      values: { ...payload.variables, ...early.values },
      receiver: early.receiver ?? payload.receiver,
      eventName: early.eventName ?? payload.eventName,
      restoredFromPairs: fromPairs,
      dirty: !fromPairs || editedEarly,
      draftOffer: null,
      settled: true,
    });
    earlyEdits = { values: {} };
    void checkMissingTemplate();
  }

  return {
    store,
    loadTemplates,
    restore,
    /** The window held nothing to restore (or the panel has no window): from now on choices are written. */
    settle() {
      earlyEdits = { values: {} };
      if (!store.getState().settled) store.setState({ settled: true });
    },
    /** Shows the draft as an offer the marketer may accept. */
    offerDraft(draft: Draft) {
      store.setState({ draftOffer: draft });
    },
    /** The marketer chose to bring the draft back: it is written like anything they typed. */
    acceptDraft() {
      const offer = store.getState().draftOffer;
      if (offer) restore(offer.payload, false);
    },
    chooseTemplate(key: string) {
      edit({ templateKey: key, missingTemplate: null, templateCheckFailed: null });
    },
    setValue(key: string, value: string) {
      edit({ values: { ...store.getState().values, [key]: value } }, [key, value]);
    },
    setReceiver: (receiver: string) => edit({ receiver }),
    setEventName: (eventName: string) => edit({ eventName }),
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
