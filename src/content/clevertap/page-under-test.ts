/**
 * Builds small CleverTap-like pages in happy-dom for the unit tests of this folder, from markup the
 * test itself writes (nothing here is what CleverTap's page looks like beyond the host contract).
 */
export function pageOf(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  // Nothing is laid out here: every element counts as shown. Assigned, not defaulted: happy-dom has a
  // checkVisibility of its own (computed display and visibility), which these pages never meant.
  Element.prototype.checkVisibility = () => true;
  return document;
}

/** A window's body choice, as pressed-buttons (one of the kinds the contract allows). */
export const BODY_CHOICE = '<button aria-pressed="true">Profile Variables &amp; custom key value pairs</button><button aria-pressed="false">Custom Body</button>';

export const row = (key = '', value = '') =>
  `<div><input placeholder="Key" value="${key}"><input placeholder="Value" value="${value}"><button aria-label="Remove">×</button></div>`;
