/**
 * Checks who is asking, then what they ask, then answers. A request from another extension, a web
 * page, a tab outside every dashboard of the table (src/dashboards/table.ts), or with a payload that
 * fails its schema is refused before any handler runs.
 */
import { dashboardOfUrl } from '../dashboards/table';
import { parseRequest, requestAudience, type AnyRequest, type Refusal } from '../shared/messages';
import type { Handlers, RequestContext } from './handlers';

export type SenderKind = 'extension' | 'content';

/** The parts of chrome.runtime.MessageSender the checks read (Chrome fills `origin` since v80). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export function classifySender(sender: SenderInfo, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const pagePrefix = `chrome-extension://${extensionId}/`;
  if (sender.url?.startsWith(pagePrefix) && (sender.origin === undefined || sender.origin + '/' === pagePrefix)) {
    return 'extension';
  }
  if (sender.tab && dashboardOfUrl(sender.url)) return 'content';
  return null;
}

export function createRouter(handlers: Handlers, extensionId: string) {
  return async function route(message: unknown, sender: SenderInfo): Promise<unknown> {
    const from = classifySender(sender, extensionId);
    if (!from) return { ok: false, refused: 'sender' } satisfies Refusal;
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, refused: 'schema' } satisfies Refusal;
    const request: AnyRequest = parsed.request;
    if (from === 'content' && requestAudience[request.type] !== 'extension-and-content') {
      return { ok: false, refused: 'audience' } satisfies Refusal;
    }
    try {
      const handler = handlers[request.type] as (r: AnyRequest, c: RequestContext) => Promise<unknown>;
      // The tab only for content scripts: per-tab limits apply to pages, not to the extension's own.
      return await handler(request, from === 'content' ? { tabId: sender.tab?.id } : {});
    } catch (error) {
      // Log the kind of request only: payloads may carry the token.
      console.error(`Sendbird extension: ${request.type} failed`, error instanceof Error ? error.name : 'error');
      return { ok: false, refused: 'internal' } satisfies Refusal;
    }
  };
}
