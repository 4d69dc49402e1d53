/**
 * Splits template text at its `{variable}` placeholders into pieces the preview renders as text:
 * literal text, a typed value, a value that the dashboard personalizes (Liquid), or a missing value.
 */
import { usesLiquid } from '../../shared/payload-codec';
import { getOwn } from '../../shared/records';
import { PLACEHOLDER } from '../../shared/template-model';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; key: string; text: string }
  | { kind: 'personalized'; key: string; text: string }
  | { kind: 'missing'; key: string };


export function fillPlaceholders(template: string, values: Record<string, string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const key = match[1]?.trim() ?? '';
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: template.slice(last, index) });
    const value = getOwn(values, key) ?? '';
    if (!value.trim()) segments.push({ kind: 'missing', key });
    else if (usesLiquid(value)) segments.push({ kind: 'personalized', key, text: value });
    else segments.push({ kind: 'value', key, text: value });
    last = index + match[0].length;
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return segments;
}
