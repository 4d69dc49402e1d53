/**
 * Noticing that elements were rendered without watching the page: a style sheet gives the elements
 * of interest an empty 1 ms animation, and the browser reports each one that starts rendering
 * (inserted, or un-hidden from display: none) through `animationstart`, at no cost to the page's own
 * work. Any animation counts, so an element whose own style sets another animation is still seen.
 * The style sheet (injected through the manifest) uses `:where()`, so any rule of the page wins.
 */

/** The animation name the content style sheet starts (see the dashboard's detect.css). */
export const RENDER_SIGNAL_ANIMATION = 'sendbird-render-signal';

/** Calls `onRendered` with each element that starts rendering; returns a function that stops it. */
export function onElementRendered(onRendered: (element: Element) => void): () => void {
  const listener = (event: AnimationEvent) => {
    if (event.target instanceof Element) onRendered(event.target);
  };
  addEventListener('animationstart', listener, true);
  return () => removeEventListener('animationstart', listener, true);
}
