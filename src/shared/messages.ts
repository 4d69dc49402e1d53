/**
 * The one message protocol between the extension's parts. Every request is validated against its
 * schema by the background before anything happens; every answer is plain data without the token.
 */
import * as v from 'valibot';
import type { Failure } from './failures';
import type { FieldErrors, StoredSettings } from './settings';
import type { Template } from './template-model';
import { isSafeTemplateKey } from './sendbird-routes';

/** Who may send a request: extension pages (popup, options) only, or dashboard tabs as well. */
export type Audience = 'extension' | 'extension-and-content';

const optionalText = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');

const credentials = {
  appId: v.pipe(v.string(), v.maxLength(200)),
  token: optionalText(4096),
  apiBaseUrl: optionalText(2048),
};

export const requestSchemas = {
  'settings/save': v.strictObject({ type: v.literal('settings/save'), ...credentials }),
  'settings/forget': v.strictObject({ type: v.literal('settings/forget') }),
  'connection/test': v.strictObject({ type: v.literal('connection/test'), ...credentials }),
  'templates/list': v.strictObject({
    type: v.literal('templates/list'),
    refresh: v.optional(v.boolean(), false),
  }),
  'templates/get': v.strictObject({
    type: v.literal('templates/get'),
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(512), v.check(isSafeTemplateKey)),
  }),
  'options/open': v.strictObject({ type: v.literal('options/open') }),
} as const;

export const requestAudience: Record<RequestType, Audience> = {
  'settings/save': 'extension',
  'settings/forget': 'extension',
  'connection/test': 'extension',
  'templates/list': 'extension-and-content',
  'templates/get': 'extension-and-content',
  'options/open': 'extension-and-content',
};

export type RequestType = keyof typeof requestSchemas;
export type RequestOf<T extends RequestType> = v.InferOutput<(typeof requestSchemas)[T]>;
/** What a caller writes: optional fields may be left out. */
export type RequestInput<T extends RequestType> = v.InferInput<(typeof requestSchemas)[T]>;
export type AnyRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

export interface TemplateListAnswer {
  templates: Template[];
  fetchedAt: number;
  truncated: boolean;
  /** Older than the freshness window; a refresh is under way. */
  stale: boolean;
  /** Too large to keep in storage: fetched again next time. */
  notCached?: boolean;
}

export type Answer<T> = ({ ok: true } & T) | { ok: false; failure: Failure };

export interface ResponseMap {
  'settings/save': { ok: true; settings: StoredSettings } | { ok: false; fieldErrors: FieldErrors };
  'settings/forget': { ok: true };
  'connection/test': Answer<{ count: number; truncated: boolean }> | { ok: false; fieldErrors: FieldErrors };
  'templates/list':
    | ({ ok: true } & TemplateListAnswer)
    | { ok: false; failure: Failure; cached: TemplateListAnswer | null };
  'templates/get': Answer<{ template: Template | null; status: 'ok' | 'archived' | 'deleted' }>;
  'options/open': { ok: true };
}

export type ResponseOf<T extends RequestType> = ResponseMap[T];

/** Refusals the router gives instead of running a handler. */
export type Refusal = { ok: false; refused: 'sender' | 'schema' | 'audience' | 'internal' };

export type ParsedRequest = { ok: true; request: AnyRequest } | { ok: false };

export function parseRequest(message: unknown): ParsedRequest {
  if (typeof message !== 'object' || message === null) return { ok: false };
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return { ok: false };
  const result = v.safeParse(requestSchemas[type as RequestType], message);
  return result.success ? { ok: true, request: result.output as AnyRequest } : { ok: false };
}
