/** Waiting for the page to catch up, driven by its own DOM changes rather than by fixed sleeps. */

/** Resolves after the page's pending work of this task has run (framework renders, microtasks). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves true as soon as `ready()` holds (checked now, after every DOM change under `root`, and
 * once the current task is done), or false after `timeoutMs`.
 */
export function waitFor(root: Node, ready: () => boolean, timeoutMs: number): Promise<boolean> {
  if (ready()) return nextTask().then(() => ready() || waitFor(root, ready, timeoutMs));
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    const check = () => {
      if (ready()) finish(true);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(ready()), timeoutMs);
    void nextTask().then(check);
  });
}
