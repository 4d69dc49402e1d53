/**
 * Whether an element is on screen, followed without watching the page: a ResizeObserver on the
 * element (display: none, a closed <dialog> or removal all take its box to zero) and an observer of
 * the few attributes that hide things on the element and its ancestors (visibility by class or style).
 */

const HIDING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'inert'];

export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  return element.checkVisibility({ visibilityProperty: true });
}

/**
 * Calls `onChange(shown)` whenever the element goes from shown to hidden or back (and once removed
 * from the document, with false). Returns a function that stops watching.
 */
export function watchPresence(element: Element, onChange: (shown: boolean) => void): () => void {
  let shown = isShown(element);
  const check = () => {
    const now = isShown(element);
    if (now === shown) return;
    shown = now;
    onChange(now);
  };
  const sizes = new ResizeObserver(check);
  sizes.observe(element);
  const attributes = new MutationObserver(check);
  for (let node: Element | null = element; node; node = node.parentElement) {
    attributes.observe(node, { attributes: true, attributeFilter: HIDING_ATTRIBUTES });
  }
  return () => {
    sizes.disconnect();
    attributes.disconnect();
  };
}
