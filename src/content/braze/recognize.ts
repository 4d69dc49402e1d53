/**
 * Recognising Braze's webhook composer by what the marketer sees (braze-host-contract.md): tabs
 * whose words are Compose and Test, the Webhook URL field, and the Request body with its choice
 * between JSON key-value pairs and Raw text. No class name, id, data-* attribute, route or depth.
 *
 * The composer (the "editor" the panel attaches to) is the smallest element around one of its body
 * controls that also holds its Compose and Test tabs. That element stays while its tabs switch
 * (Compose, Settings, Test re-render what is under them, not the tabs), and each campaign variant,
 * Canvas step or template has tabs of its own, so each composer is its own element: two steps never
 * share one. An element holding two body choices is not a composer (it would reach two steps).
 *
 * The bootstrap calls `classifyRendered` for each element the render signal reports (detect.css),
 * so it is cheap and local; only a positive leads to `composerOf`, which looks further up.
 */
import { textOf } from '../dom/text';
import { captionsIn } from './captions';
import { BUTTON_LIKE, isModeChoiceRadio, isModeChoiceWords, pairsChoice } from './choices';
import { BRAZE_TEXT, compact, COMPACT } from './texts';

/** A control's words are short; longer text is a container of controls. */
const MAX_CONTROL_WORDS = 40;

/**
 * Is this rendered element one of the composer's documented body controls: a mode choice (a radio,
 * a segmented button, a tab, a label) or the add-pair control? Null for anything else.
 */
export function classifyRendered(element: Element): 'composer-control' | null {
  if (element instanceof HTMLInputElement) {
    return isModeChoiceRadio(element) ? 'composer-control' : null;
  }
  if (element.childElementCount > 6 || (element.textContent?.length ?? 0) > MAX_CONTROL_WORDS) return null;
  const words = textOf(element) || (element.getAttribute('aria-label') ?? '');
  if (isModeChoiceWords(words)) return 'composer-control';
  return element.matches(BUTTON_LIKE) && isAddPairWords(words) ? 'composer-control' : null;
}

/**
 * "+ Add pair", "Add Key/Value Pair": contains "pair", and is neither the "JSON key-value pairs"
 * choice nor a row's "Remove pair" / "Delete pair".
 */
export function isAddPairWords(words: string): boolean {
  const compacted = compact(words);
  return compacted.includes(BRAZE_TEXT.addPairWord) && compacted !== COMPACT.pairsMode && !/remove|delete/.test(compacted);
}

export function holdsTabs(element: Element): boolean {
  let compose = false;
  let test = false;
  captionsIn(element, (words) => {
    compose ||= words === COMPACT.compose;
    test ||= words === COMPACT.test;
    return false;
  });
  return compose && test;
}

/** Composers already recognised: a page re-rendering its rows reports each new control. */
const knownComposers = new WeakSet<Element>();

/** The composer a body control belongs to, or null. */
export function composerOf(control: Element): HTMLElement | null {
  const top = control.ownerDocument.body;
  for (let node = control.parentElement; node && node !== top; node = node.parentElement) {
    if (knownComposers.has(node)) return node;
    const text = node.textContent?.toLowerCase() ?? '';
    if (!text.includes(COMPACT.compose) || !text.includes(COMPACT.test) || !holdsTabs(node)) continue;
    // The nearest tabs are this composer's: it must hold one body choice, a Request body and a Webhook URL.
    const words = compact(text);
    if (!words.includes(COMPACT.requestBody) || !words.includes(COMPACT.webhookUrl) || !pairsChoice(node)) return null;
    knownComposers.add(node);
    return node;
  }
  return null;
}

/** Where the render signal's candidates are, for a scan of the whole page. */
const CANDIDATES = 'input[type="radio"],label,button,[role="button"],[role="tab"],[role="radio"],[role="option"],[aria-pressed],[aria-checked]';

/** Every composer on the page now, shown or hidden, each once. */
export function findComposers(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const candidate of root.querySelectorAll(CANDIDATES)) {
    if (found.some((composer) => composer.contains(candidate)) || classifyRendered(candidate) === null) continue;
    const composer = composerOf(candidate);
    if (composer && !found.includes(composer)) found.push(composer);
  }
  return found;
}
