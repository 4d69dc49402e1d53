/**
 * Just enough of CleverTap's Liquid for Preview and Test: `{{ Profile.prop | default: "x" }}`.
 * Anything else is left as written, as a reminder that the stand-in is not CleverTap.
 */
const OUTPUT = /\{\{\s*Profile\.([\w.]+)\s*(?:\|\s*default:\s*"([^"]*)"\s*)?\}\}/g;

export function renderLiquid(template: string, profile: Record<string, string>): string {
  return template.replace(OUTPUT, (_match, prop: string, fallback: string | undefined) => profile[prop] ?? fallback ?? '');
}
