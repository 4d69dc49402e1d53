/** What a marketer should know about how CleverTap delivers the Sendbird pairs. */
import type { MessageKey } from '../../shared/i18n';
import { usesLiquid } from '../../shared/payload-codec';

/**
 * Liquid on the multi webhook makes CleverTap send one request per user instead of one broadcast,
 * which the single webhook is for.
 */
export function clevertapDeliveryNotes(destination: { route: string | null }, values: readonly string[]): MessageKey[] {
  return destination.route === 'multi' && values.some(usesLiquid) ? ['clevertap_liquidOnMulti'] : [];
}
