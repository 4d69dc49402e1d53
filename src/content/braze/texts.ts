/**
 * The visible words of Braze's webhook composer that the extension relies on (braze-host-contract.md),
 * English dashboard only. Braze's wording varies in case and punctuation ("JSON Key/Value Pairs",
 * "JSON key-value pairs"), so words are compared in a compact form: lower case, without spaces,
 * `-` and `/` (see `compact`).
 */
export const BRAZE_TEXT = {
  composeTab: 'Compose',
  testTab: 'Test',
  settingsTab: 'Settings',
  webhookUrl: 'Webhook URL',
  requestBody: 'Request body',
  requestHeaders: 'Request headers',
  pairsMode: 'JSON key-value pairs',
  rawMode: 'Raw text',
  /** The add control's text or accessible name contains this ("+ Add pair", "Add Key/Value Pair"). */
  addPairWord: 'pair',
} as const;

/** Words as the contract compares them: case, spaces, `-` and `/` do not count. */
export function compact(words: string | null | undefined): string {
  return (words ?? '').toLowerCase().replace(/[\s\-/]+/g, '');
}

export const COMPACT = {
  compose: compact(BRAZE_TEXT.composeTab),
  test: compact(BRAZE_TEXT.testTab),
  settings: compact(BRAZE_TEXT.settingsTab),
  webhookUrl: compact(BRAZE_TEXT.webhookUrl),
  requestBody: compact(BRAZE_TEXT.requestBody),
  requestHeaders: compact(BRAZE_TEXT.requestHeaders),
  pairsMode: compact(BRAZE_TEXT.pairsMode),
  rawMode: compact(BRAZE_TEXT.rawMode),
} as const;
