/**
 * The visible words of CleverTap's dashboard that the extension relies on (README, "Assumptions").
 * English dashboard only, for now.
 */
export const CLEVERTAP_TEXT = {
  editorTitle: 'Create Webhook Content',
  channelsHeading: 'Messaging Channels',
  webhooksTile: 'Webhooks',
  webhookLabel: 'Webhook',
  /** The What section's button that opens the editor window: shown, the window is likely next. */
  goToEditor: 'Go To Editor',
  addPair: 'Key-Value Pair',
  keyPlaceholder: 'Key',
  valuePlaceholder: 'Value',
  formatJson: 'JSON',
  formatText: 'plain text',
  bodyPairs: 'Profile Variables & custom key value pairs',
  bodyCustom: 'Custom Body',
  /** The window's own buttons (Done in some, Save in others) and its test button. */
  windowButtons: ['Done', 'Save', 'Preview and Test'],
} as const;

/** The window's buttons that save what it holds (apart, so the bootstrap does not carry them). */
export const CLEVERTAP_SAVE_WORDS = ['Done', 'Save'] as const;
