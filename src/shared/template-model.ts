import { isRecord, setOwn } from './records';
import { isInertKey } from './payload-codec';
import { MAX_KEY_LENGTH, isSafeTemplateKey } from './sendbird-routes';

/**
 * Sendbird templates as the rest of the extension sees them, and the normalizer that turns whatever
 * the API sent into that shape. Everything from the API is untrusted: the normalizer never throws,
 * ignores unknown fields, tolerates missing optional ones and drops what it cannot use.
 */

export interface TemplateVariable {
  key: string;
  /** Display name; the key when the template gives none. */
  name: string;
  /** Sendbird's type when known (`string`, `number`, `url`, …), else `string`. */
  type: string;
}

export interface TemplateChannel {
  key: string;
  type: string;
  name: string;
  /** Flat string fields of the channel content (title, body, …), for previews. */
  content: Record<string, string>;
}

/** A simplified UI-template item for the preview; every string is shown as text, never as markup. */
export type PreviewItem =
  | { type: 'text'; text: string; color: string | null; bold: boolean }
  | { type: 'image'; url: string }
  | { type: 'button'; text: string };

export interface Template {
  key: string;
  name: string;
  /** Unix milliseconds, or null when Sendbird did not say. */
  updatedAt: number | null;
  variables: TemplateVariable[];
  channels: TemplateChannel[];
  /** The UI template's items in reading order, when the template has one. */
  ui: PreviewItem[] | null;
  /** A data template's text, when the template has one. */
  data: string | null;
  /** Color variable → CSS colors for light and dark, from `"#AARRGGBB,#AARRGGBB"`. */
  colors: Record<string, { light: string; dark: string }>;
}

/**
 * Sendbird's own placeholder pattern (sendbird-uikit-react, replaceVariablesInTemplateString):
 * `{variable_key}`, on one line and without quotes, so that braces around JSON in a data template
 * (`{\n "kind": …}`) are not taken for a variable.
 */
export const PLACEHOLDER = /\{([^{}\n\r"]+)\}/g;

/** The variable key when a whole string is one placeholder (a color given as `{brand_color}`). */
export function wholePlaceholder(text: string): string | undefined {
  const match = /^\{([^{}\n\r"]+)\}$/.exec(text);
  return match?.[1];
}
const MAX_TEXT = 500;
/** More than a marketer can fill in, and than a webhook should carry. */
const MAX_VARIABLES = 200;
/** Twenty of Sendbird's pages of 100, the client's own bound. */
export const MAX_TEMPLATES = 2000;

type Json = unknown;


/** A string field, accepting numbers (Sendbird sometimes sends ids as numbers). */
function text(value: Json): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Cuts untrusted text to a length the UI can lay out. */
function clip(value: string): string {
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) + '…' : value;
}

function toNumber(value: Json): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function toBoolean(value: Json): boolean {
  return value === true || value === 'true' || value === 1 || value === '1';
}

/** Every string anywhere inside a JSON value (keys excluded), depth-limited against hostile input. */
function collectStrings(value: Json, out: string[], depth = 0): void {
  if (depth > 40) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out, depth + 1);
  else if (isRecord(value)) for (const item of Object.values(value)) collectStrings(item, out, depth + 1);
}

/** `{placeholder}` keys in order of first appearance, without duplicates. */
export function extractPlaceholders(strings: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const s of strings) {
    for (const match of s.matchAll(PLACEHOLDER)) {
      const key = match[1]?.trim();
      if (key && key.length <= MAX_KEY_LENGTH && isInertKey(key) && seen.size < MAX_VARIABLES) seen.add(key);
    }
  }
  return [...seen];
}

function variablesFromSchema(schema: Json[]): TemplateVariable[] {
  const seen = new Set<string>();
  const variables: TemplateVariable[] = [];
  for (const entry of schema) {
    if (!isRecord(entry)) continue;
    const key = text(entry.key)?.trim();
    if (!key || key.length > MAX_KEY_LENGTH || !isInertKey(key) || seen.has(key) || variables.length >= MAX_VARIABLES) continue;
    seen.add(key);
    const name = text(entry.name)?.trim();
    variables.push({ key, name: clip(name || key), type: text(entry.type)?.trim() || 'string' });
  }
  return variables;
}

function channelsOf(raw: Json): TemplateChannel[] {
  if (!Array.isArray(raw)) return [];
  const channels: TemplateChannel[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) continue;
    const type = text(entry.type) ?? 'unknown';
    const content: Record<string, string> = {};
    if (isRecord(entry.content)) {
      for (const [field, value] of Object.entries(entry.content)) {
        const s = text(value);
        if (s !== null) setOwn(content, field, s);
      }
    }
    channels.push({ key: text(entry.key) ?? type, type, name: clip(text(entry.name) ?? type), content });
  }
  return channels;
}

/** The variables of a template: its schema when it has one, else the placeholders in its content. */
function variablesOf(raw: Record<string, Json>): TemplateVariable[] {
  if (Array.isArray(raw.variable_schema)) return variablesFromSchema(raw.variable_schema);
  const strings: string[] = [];
  collectStrings(raw.ui_template, strings);
  collectStrings(raw.data_template, strings);
  if (Array.isArray(raw.channels)) {
    for (const channel of raw.channels) if (isRecord(channel)) collectStrings(channel.content, strings);
  }
  const colorKeys = new Set(isRecord(raw.color_variables) ? Object.keys(raw.color_variables) : []);
  return extractPlaceholders(strings)
    .filter((key) => !colorKeys.has(key))
    .map((key) => ({ key, name: clip(key), type: 'string' }));
}

const MAX_PREVIEW_ITEMS = 60;

/** `#AARRGGBB` (Sendbird's ARGB) or `#RRGGBB` → a CSS color; anything else → null. */
export function argbToCss(value: string): string | null {
  const hex = value.trim();
  const argb = /^#([0-9a-f]{2})([0-9a-f]{6})$/i.exec(hex);
  if (argb?.[1] && argb[2]) return `#${argb[2]}${argb[1]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex.toLowerCase() : null;
}

function colorsOf(raw: Json): Template['colors'] {
  const colors: Template['colors'] = {};
  if (!isRecord(raw)) return colors;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const [light = '', dark = light] = value.split(',');
    const lightCss = argbToCss(light);
    if (lightCss) setOwn(colors, key, { light: lightCss, dark: argbToCss(dark) ?? lightCss });
  }
  return colors;
}

/** Text, image and button items of a UI template in reading order; boxes are flattened. */
function previewItemsOf(raw: Json): PreviewItem[] | null {
  if (!isRecord(raw) || !isRecord(raw.body) || !Array.isArray(raw.body.items)) return null;
  const items: PreviewItem[] = [];
  const visit = (list: Json[], depth: number) => {
    for (const item of list) {
      if (items.length >= MAX_PREVIEW_ITEMS || depth > 8 || !isRecord(item)) continue;
      const type = text(item.type)?.toLowerCase() ?? '';
      if (Array.isArray(item.items)) visit(item.items, depth + 1);
      else if (type === 'text') {
        const style = isRecord(item.textStyle) ? item.textStyle : {};
        items.push({ type: 'text', text: clip(text(item.text) ?? ''), color: text(style.color), bold: style.weight === 'bold' });
      } else if (type === 'image') items.push({ type: 'image', url: clip(text(item.imageUrl) ?? '') });
      else if (type.endsWith('button')) items.push({ type: 'button', text: clip(text(item.text) ?? '') });
    }
  };
  visit(raw.body.items, 0);
  return items;
}

/** One template, or null when it has no key or is archived. Never throws. */
export function normalizeTemplate(raw: Json): Template | null {
  if (!isRecord(raw)) return null;
  const key = text(raw.key)?.trim();
  if (!key || !isSafeTemplateKey(key) || !isInertKey(key)) return null;
  if (toBoolean(raw.is_archived)) return null;
  const name = text(raw.name)?.trim();
  return {
    key,
    name: clip(name || key),
    updatedAt: toNumber(raw.updated_at) ?? toNumber(raw.created_at),
    variables: variablesOf(raw),
    channels: channelsOf(raw.channels),
    ui: previewItemsOf(raw.ui_template),
    data: typeof raw.data_template === 'string' ? clip(raw.data_template) : null,
    colors: colorsOf(raw.color_variables),
  };
}

/** All usable templates of a list (at most MAX_TEMPLATES), first occurrence winning when keys repeat. */
export function normalizeTemplates(raws: readonly Json[]): Template[] {
  const byKey = new Map<string, Template>();
  for (const raw of raws) {
    if (byKey.size >= MAX_TEMPLATES) break;
    const template = normalizeTemplate(raw);
    if (template && !byKey.has(template.key)) byKey.set(template.key, template);
  }
  return [...byKey.values()];
}
