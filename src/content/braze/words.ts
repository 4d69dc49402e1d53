/**
 * Braze's words for the panel and the popup (the interface's coming "words"): how the product names
 * this dashboard and its places, for a marketer. English only, as the dashboard.
 */
export const BRAZE_WORDS = {
  name: 'Braze',
  editor: 'webhook composer',
  /** Where the pairs go, as Braze's composer names it. */
  pairsPlace: 'Request body → JSON key-value pairs',
  notSendbird: 'This webhook’s URL is not a Sendbird Destination URL, so the Sendbird panel does nothing here.',
  destinationUnknown: 'The Webhook URL could not be read; check it is a Sendbird Destination URL.',
  setup: 'In Braze, paste a Destination URL into the composer’s Webhook URL and add the header below.',
} as const;

/**
 * Where a panel's drafts are offered (the draft scope's place): host and path, as for CleverTap.
 * Braze's routes identify nothing the extension relies on; the path only narrows which drafts are
 * offered, and a draft restores itself only into the editor instance it was typed in.
 */
export function brazeDraftPlace(location: Pick<Location, 'host' | 'pathname'>): string {
  return location.host + location.pathname;
}
