/**
 * Braze's side of Send Test, without the network: the request Braze makes for one user. In JSON
 * key-value mode the body is exactly the rows as one flat JSON object, each value rendered with
 * Braze Liquid, as strings; in Raw text mode the text rendered as is. The headers are the
 * composer's own (rendered too), plus the User-Agent Braze documents for every webhook.
 */
import { renderBrazeLiquid, type LiquidContext } from './liquid';
import type { ComposerState, Row } from './model';
import type { BrazeTestUser } from './users';

export const BRAZE_USER_AGENT = 'Braze Sender 3f1c9a27e5d04b8e';

export interface BuiltRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** Rows without a key are not sent (Braze's composer keeps an empty row as a place to type). */
function renderedObject(rows: readonly Row[], user: BrazeTestUser, context: LiquidContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    // defineProperty: a key such as `__proto__` is sent as a key, like any other.
    if (key) Object.defineProperty(out, key, { value: renderBrazeLiquid(row.value, user, context), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function buildTestRequest(composer: ComposerState, user: BrazeTestUser, context: LiquidContext = {}): BuiltRequest {
  const headers = { 'User-Agent': BRAZE_USER_AGENT, ...renderedObject(composer.headers, user, context) };
  const body = composer.bodyMode === 'pairs' ? JSON.stringify(renderedObject(composer.pairs, user, context)) : renderBrazeLiquid(composer.raw, user, context);
  return { url: renderBrazeLiquid(composer.url.trim(), user, context), method: composer.method, headers, body };
}
