/**
 * Just enough of Braze Liquid for the stand-ins' Send Test (braze-host-contract.md, braze-facts.md):
 * `{{${first_name}}}` (standard attributes), `{{custom_attribute.${zip code}}}` (custom ones, spaces
 * allowed inside `${…}`), `{{${user_id}}}`, `{{event_properties.${x}}}`,
 * `{{canvas_entry_properties.${x}}}`, `{{campaign.${api_id}}}`, and the `default` filter with
 * straight quotes. A default shows for a missing or empty value but not for a blank one (Braze:
 * "The default value will show for empty values, but not for blank values"). Anything else, tags
 * (`{% … %}`) included, is left as written: a reminder that the stand-in is not Braze.
 */
export interface LiquidUser {
  /** Standard attributes by their Liquid names: user_id, braze_id, first_name, email_address, … */
  standard: Record<string, string>;
  custom: Record<string, string>;
}

/** What else a send knows: the triggering event's properties, the Canvas entry's, the campaign's. */
export interface LiquidContext {
  event_properties?: Record<string, string>;
  canvas_entry_properties?: Record<string, string>;
  campaign?: Record<string, string>;
  canvas?: Record<string, string>;
}

const NAMESPACES = ['custom_attribute', 'event_properties', 'canvas_entry_properties', 'campaign', 'canvas'] as const;
type Namespace = (typeof NAMESPACES)[number];

// {{ [namespace.]${name} [| default: 'x' | "x"] }}
const OUTPUT = /\{\{\s*(?:([a-z_]+)\.)?\$\{([^}]+)\}\s*(?:\|\s*default:\s*(?:'([^']*)'|"([^"]*)")\s*)?\}\}/g;

function lookUp(namespace: string | undefined, name: string, user: LiquidUser, context: LiquidContext): string | undefined | null {
  if (namespace !== undefined && !(NAMESPACES as readonly string[]).includes(namespace)) return null;
  const source =
    namespace === undefined ? user.standard : namespace === 'custom_attribute' ? user.custom : context[namespace as Exclude<Namespace, 'custom_attribute'>];
  // Own keys only: `${constructor}` is a name nobody set, not Object's.
  return source && Object.hasOwn(source, name) ? source[name] : undefined;
}

export function renderBrazeLiquid(template: string, user: LiquidUser, context: LiquidContext = {}): string {
  return template.replace(OUTPUT, (whole, namespace: string | undefined, name: string, single?: string, double?: string) => {
    const value = lookUp(namespace, name, user, context);
    if (value === null) return whole; // an unknown namespace: not this stand-in's Liquid
    const fallback = single ?? double;
    if (value === undefined || value === '') return fallback ?? '';
    return value;
  });
}
