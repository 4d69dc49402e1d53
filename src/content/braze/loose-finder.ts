/**
 * Finding a composer loosely, for the panel called by hand when recognition failed (renamed tabs, a
 * missing caption): around the first shown JSON key-value pairs choice, the smallest element that
 * holds Compose and Test tabs, else the smallest that holds body rows or the add control. Never the
 * page, and never an element holding two body choices (it would reach two composers). Apart from
 * recognize.ts so that the bootstrap does not carry it.
 */
import { isShown } from '../dom/presence';
import { choiceControls } from './choices';
import { holdsTabs } from './recognize';
import { findAddControl, readRows } from './rows';
import { COMPACT } from './texts';

function isPageLevel(element: Element, doc: Document): boolean {
  return element === doc.documentElement || element === doc.body || element.parentElement === doc.body;
}

export function findComposerLoosely(doc: Document = document): HTMLElement | null {
  if (!doc.body) return null;
  for (const choice of choiceControls(doc.body, COMPACT.pairsMode).filter(isShown)) {
    let holdingRows: HTMLElement | null = null;
    for (let node = choice.parentElement; node && !isPageLevel(node, doc); node = node.parentElement) {
      if (choiceControls(node, COMPACT.pairsMode).length > 1) break;
      if (holdsTabs(node)) return node;
      holdingRows ??= findAddControl(node) || readRows(node).length > 0 ? node : null;
    }
    if (holdingRows) return holdingRows;
  }
  return null;
}
