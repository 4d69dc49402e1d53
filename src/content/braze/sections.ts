/**
 * The parts of one composer the contract names, found by their visible words: the Webhook URL
 * field, the Request headers caption, and the Request body section.
 *
 * The Request body section is how body rows are told from header rows, which look the same and may
 * sit before or after the body, in the Compose tab or in Settings: it is the largest element around
 * the body's mode choice that holds neither the Webhook URL field nor the Request headers caption
 * (nor the composer's tabs). Rows outside it are never read or written. A composer laid out flat,
 * with no element grouping its body, then has an empty body section: the extension falls back to
 * copy-by-hand rather than guess which rows are the body's.
 */
import { accessibleName } from '../dom/accessible-name';
import { captionsIn } from './captions';
import { pairsChoice } from './choices';
import { textFieldsIn } from './fields';
import { compact, COMPACT } from './texts';

const startsWith = (wanted: string) => (compacted: string) => compacted.startsWith(wanted) && compacted.length <= wanted.length + 12;

/** The Webhook URL text field: named so (label, aria), or the one text field beside its caption. */
export function webhookUrlInput(composer: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const fields = textFieldsIn(composer);
  const named = fields.filter((field) => compact(accessibleName(field)).startsWith(COMPACT.webhookUrl));
  if (named.length === 1) return named[0] ?? null;
  for (const caption of captionsIn(composer, startsWith(COMPACT.webhookUrl))) {
    for (let node: Element | null = caption; node && node !== composer; node = node.parentElement) {
      const near = textFieldsIn(node);
      if (near.length === 0) continue;
      if (near.length === 1 && near[0]) return near[0];
      break; // the caption's block holds several fields: which one is the URL is not known
    }
  }
  return null;
}

/** The Request headers captions of a composer (in the Compose tab or in Settings). */
export function headerCaptions(composer: Element): Element[] {
  return captionsIn(composer, startsWith(COMPACT.requestHeaders));
}

/**
 * The composer's parts the body section must never reach: the Webhook URL field, the Request
 * headers captions, the tabs. Looked up once per composer and reused while still inside it, since
 * the writer reads the rows before every keystroke.
 */
const boundariesOf = new WeakMap<Element, Element[]>();

export function tabElements(composer: Element): Element[] {
  return captionsIn(composer, (c) => c === COMPACT.compose || c === COMPACT.test || c === COMPACT.settings);
}

function boundaries(composer: Element): Element[] {
  const known = boundariesOf.get(composer);
  if (known && known.every((b) => b.isConnected && composer.contains(b))) return known;
  const url = webhookUrlInput(composer);
  const found = [...(url ? [url] : []), ...headerCaptions(composer), ...tabElements(composer)];
  boundariesOf.set(composer, found);
  return found;
}

/** The Request body section (see above), or null when the composer shows no (single) mode choice. */
export function bodySection(composer: Element): Element | null {
  const choice = pairsChoice(composer);
  if (!choice) return null;
  const limits = boundaries(composer);
  let section: Element = choice;
  for (let up = choice.parentElement; up && up !== composer; up = up.parentElement) {
    const candidate = up;
    if (limits.some((limit) => candidate.contains(limit))) break;
    section = candidate;
  }
  return section;
}

