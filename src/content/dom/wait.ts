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
 * Resolves once nothing under `root` has changed for `quietMs` (or after `maxMs` at the most): a
 * page that shows a window and then fills it in a later task has done so by then.
 */
export function whenQuiet(root: Node, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    let quiet = setTimeout(finish, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const cap = setTimeout(finish, maxMs);
  });
}

/**
 * Resolves true as soon as `ready()` holds (checked now, after every DOM change under `root`, and
 * once the current task is done), or false after `timeoutMs`. With `quietMs`, also false once the
 * page has changed nothing under `root` for that long: it is not going to get there by itself.
 */
export function waitFor(root: Node, ready: () => boolean, timeoutMs: number, quietMs?: number): Promise<boolean> {
  if (ready()) return nextTask().then(() => ready() || waitFor(root, ready, timeoutMs, quietMs));
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve(result);
    };
    const check = () => {
      if (ready()) return finish(true);
      if (quietMs === undefined) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(ready()), quietMs);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(ready()), timeoutMs);
    void nextTask().then(check);
  });
}
