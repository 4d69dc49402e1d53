/**
 * Messages the extension's own pages and worker send to the content script in a dashboard tab: is
 * the content script there (`page/ping`), and show the panel by hand (`panel/show`). Kept tiny and
 * free of the schema library: the bootstrap carries it on every dashboard page.
 */
export type PageRequest = { type: 'page/ping' } | { type: 'panel/show' };

/** How a hand-called panel came: onto a recognised window, a window found loosely, or floating. */
export type ShownAs = 'recognition' | 'by-hand' | 'floating';

export type PageAnswer = { ok: true; shown?: ShownAs };

export function isPageRequest(message: unknown): message is PageRequest {
  if (typeof message !== 'object' || message === null || Object.keys(message).length !== 1) return false;
  const type = (message as { type?: unknown }).type;
  return type === 'page/ping' || type === 'panel/show';
}
