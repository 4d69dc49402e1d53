/** The stand-in's own state: what CleverTap would hold in its JavaScript. Tests read it via window.__ctStandIn. */
export interface Row {
  id: number;
  key: string;
  value: string;
}

export interface EditorState {
  format: 'json' | 'text';
  bodyMode: 'pairs' | 'custom';
  rows: Row[];
  /** The URL key-value pairs section (a, c and e): query parameters, never the body. */
  urlRows?: Row[];
}

export interface WebhookInfo {
  id: string;
  name: string;
  url: string;
}

let nextId = 1;
export const newRow = (key = '', value = ''): Row => ({ id: nextId++, key, value });

/**
 * Live editor state for tests (main world only; the extension never uses it): the window open last,
 * and every open window by its campaign or journey step id.
 */
export const inspect: { editor: EditorState | null; editors: Record<string, EditorState>; saved: unknown; releaseRows?: () => void } = {
  editor: null,
  editors: {},
  saved: null,
};
(window as unknown as { __ctStandIn: typeof inspect }).__ctStandIn = inspect;
