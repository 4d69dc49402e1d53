/**
 * False once the extension was updated or reloaded under an open page: the content script is then
 * orphaned, and `chrome.runtime` throws or has no id.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}
