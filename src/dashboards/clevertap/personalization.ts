/** CleverTap's personalization: CleverTap Liquid over profile properties, e.g. {{Profile.first_name | default: "there"}}. */
import type { Personalization } from '../row';

const bare = (property: string) => property.trim().replace(/^Profile\./, '');

/** CleverTap Liquid for a profile property with a fallback. */
export function profileLiquid(property: string, fallback: string): string {
  const prop = bare(property);
  const safeFallback = fallback.replace(/"/g, "'");
  return safeFallback ? `{{Profile.${prop} | default: "${safeFallback}"}}` : `{{Profile.${prop}}}`;
}

export const CLEVERTAP_LIQUID: Personalization = {
  dialect: 'clevertap-liquid',
  nameLabel: 'clevertap_profileProperty',
  note: 'clevertap_liquidNote',
  namePlaceholder: 'first_name',
  isName: (name) => /^[\w.]+$/.test(bare(name)),
  expression: profileLiquid,
};
