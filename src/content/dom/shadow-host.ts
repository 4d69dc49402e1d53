/**
 * A custom element hosting an open shadow root with its own style sheet: the page's CSS stays out,
 * ours stays in, and assistive technology (and tests) still reach inside.
 */
export function createShadowHost(tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
