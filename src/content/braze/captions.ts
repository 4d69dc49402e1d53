/**
 * Captions found by their words: the elements whose whole text, in the contract's compact form,
 * passes a test (a tab's label, the Webhook URL caption, the Request headers caption). Walks text
 * nodes once; a container of many words is never read whole.
 */
import { normalizeText } from '../dom/text';
import { compact } from './texts';

const MAX_CAPTION_LENGTH = 60;

/** The elements under `root` whose whole words, compacted, pass `matches` (a caption, a tab's label). */
export function captionsIn(root: Element, matches: (compacted: string) => boolean): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || found.includes(parent)) continue;
    // The caption's whole text, so "Webhook URL" split over a <span>* still reads as one; a
    // container of many words is no caption (and is not read whole).
    const text = parent.textContent ?? '';
    if (text.length <= MAX_CAPTION_LENGTH && matches(compact(normalizeText(text)))) found.push(parent);
  }
  return found;
}

