/**
 * Braze Liquid for the panel's personalization picker (braze-host-contract.md): a standard
 * attribute `{{${first_name}}}`, a custom one `{{custom_attribute.${name}}}`, the external id
 * `{{${user_id}}}`, `{{event_properties.${x}}}`, `{{canvas_entry_properties.${x}}}`, and a default
 * as `{{${first_name} | default: 'there'}}` with straight quotes. Pure: the panel's picker calls it.
 */

export type BrazeSource = 'standard' | 'custom' | 'user-id' | 'event' | 'canvas-entry';

/** The picker's sources, in the order it offers them, with the words it shows. */
export const BRAZE_SOURCES: ReadonlyArray<{ source: BrazeSource; label: string; example: string }> = [
  { source: 'standard', label: 'Standard attribute', example: 'first_name' },
  { source: 'custom', label: 'Custom attribute', example: 'sendbird_id' },
  { source: 'user-id', label: 'Braze user ID (external ID)', example: '' },
  { source: 'event', label: 'Event property', example: 'order_id' },
  { source: 'canvas-entry', label: 'Canvas entry property', example: 'order_id' },
];

/**
 * A name that can sit inside `${…}` as it is: Braze allows spaces ("zip code"), but no brace, quote,
 * pipe or Liquid marker, which would end the tag or the name early.
 */
export function attributeNameProblem(name: string): 'nameRequired' | 'nameCharacters' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'nameRequired';
  return /[{}|'"%\n\r\t]/.test(trimmed) || trimmed.length > 255 ? 'nameCharacters' : null;
}

/** The words for a name problem, for the marketer. */
export const NAME_PROBLEM_WORDS = {
  nameRequired: 'Enter the attribute or property name.',
  nameCharacters: 'Names cannot hold braces, quotes, | or %.',
} as const;

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
