/**
 * The visible words of CleverTap's dashboard that the extension relies on (README, "Assumptions").
 * English dashboard only, for now.
 */
export const CLEVERTAP_TEXT = {
  editorTitle: 'Create Webhook Content',
  channelsHeading: 'Messaging Channels',
  webhooksTile: 'Webhooks',
  webhookLabel: 'Webhook',
  addPair: 'Key-Value Pair',
  keyPlaceholder: 'Key',
  valuePlaceholder: 'Value',
  formatJson: 'JSON',
  formatText: 'plain text',
  bodyPairs: 'Profile Variables & custom key value pairs',
  bodyCustom: 'Custom Body',
} as const;
