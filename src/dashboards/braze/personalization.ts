/**
 * Braze Liquid for the panel's personalization picker (braze-host-contract.md): a standard
 * attribute `{{${first_name}}}`, a custom one `{{custom_attribute.${name}}}`, the external id
 * `{{${user_id}}}`, `{{event_properties.${x}}}`, `{{canvas_entry_properties.${x}}}`, and a default
 * as `{{${first_name} | default: 'there'}}` with straight quotes. Pure: the panel's picker calls it
 * through `BRAZE_LIQUID`, the row's personalization.
 */
import type { Personalization } from '../row';

export type BrazeSource = 'standard' | 'custom' | 'user-id' | 'event' | 'canvas-entry';

/**
 * A name that can sit inside `${…}` as it is: Braze allows spaces ("zip code"), but no brace, quote,
 * pipe or Liquid marker, which would end the tag or the name early.
 */
export function attributeNameProblem(name: string): 'nameRequired' | 'nameCharacters' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'nameRequired';
  return /[{}|'"%\n\r\t]/.test(trimmed) || trimmed.length > 255 ? 'nameCharacters' : null;
}

function variableOf(source: BrazeSource, name: string): string {
  const n = name.trim();
  switch (source) {
    case 'standard':
      return `\${${n}}`;
    case 'custom':
      return `custom_attribute.\${${n}}`;
    case 'user-id':
      return '${user_id}';
    case 'event':
      return `event_properties.\${${n}}`;
    case 'canvas-entry':
      return `canvas_entry_properties.\${${n}}`;
  }
}

/**
 * A fallback as a Liquid string literal. Liquid strings have no escapes, and the first `}}` ends the
 * tag whatever the quotes, so: braces are dropped, the literal is single-quoted unless it holds a
 * single quote (then double-quoted), and a text holding both kinds keeps its double quotes with its
 * single ones turned into the typographic apostrophe (’). Line breaks become spaces.
 */
export function fallbackLiteral(fallback: string): string {
  let text = fallback.replace(/[{}]/g, '').replace(/[\r\n\t]+/g, ' ');
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  text = text.replace(/'/g, '\u2019');
  return `'${text}'`;
}

/** The Liquid to insert, e.g. `{{${first_name} | default: 'there'}}`; null when the name cannot be used. */
export function brazeLiquid(source: BrazeSource, name: string, fallback = ''): string | null {
  if (source !== 'user-id' && attributeNameProblem(name) !== null) return null;
  const variable = variableOf(source, name);
  return fallback.trim() ? `{{${variable} | default: ${fallbackLiteral(fallback)}}}` : `{{${variable}}}`;
}

/** The prefixes a marketer types to name a source other than a standard attribute. */
const PREFIXES: ReadonlyArray<[string, BrazeSource]> = [
  ['custom_attribute.', 'custom'],
  ['event_properties.', 'event'],
  ['canvas_entry_properties.', 'canvas-entry'],
];

/**
 * What the picker's one name field names: `first_name` a standard attribute, `user_id` the external
 * id, `custom_attribute.x`, `event_properties.x`, `canvas_entry_properties.x` the others (Braze's
 * own spelling, so what is typed reads like what Braze shows).
 */
export function sourceOfName(typed: string): { source: BrazeSource; name: string } {
  const trimmed = typed.trim();
  if (trimmed === 'user_id') return { source: 'user-id', name: '' };
  for (const [prefix, source] of PREFIXES) if (trimmed.startsWith(prefix)) return { source, name: trimmed.slice(prefix.length) };
  return { source: 'standard', name: trimmed };
}

/** Braze's personalization, as the row hands it to the panel's picker. */
export const BRAZE_LIQUID: Personalization = {
  dialect: 'braze-liquid',
  nameLabel: 'braze_attributeName',
  note: 'braze_liquidNote',
  namePlaceholder: 'first_name',
  isName: (typed) => {
    const { source, name } = sourceOfName(typed);
    return source === 'user-id' || attributeNameProblem(name) === null;
  },
  expression: (typed, fallback) => {
    const { source, name } = sourceOfName(typed);
    return brazeLiquid(source, name, fallback) ?? '';
  },
};
