/**
 * Timers that run inside the page (main world) so that what is measured is what the page lives
 * through, not Playwright's round trips. Each is passed to page.evaluate, so each is self-contained.
 * The timers are armed first and collected after the action (see `timed` in main.ts): arming and
 * acting in one evaluate would race the action against the listeners.
 */

/** A DOM-churn workload: `batches` × `perBatch` nodes added, a frame, removed, a task. */
export async function churn({ batches, perBatch }: { batches: number; perBatch: number }): Promise<void> {
  const host = document.createElement('div');
  document.body.append(host);
  for (let b = 0; b < batches; b++) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < perBatch; i++) {
      const row = document.createElement('div');
      row.className = `row-${i % 7}`;
      row.textContent = `Row ${b}-${i}`;
      fragment.append(row);
    }
    host.append(fragment);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    host.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  host.remove();
}

/**
 * Starts watching for a *Create Webhook Content* window to enter the DOM; resolves with the
 * milliseconds until the Sendbird combobox in it is usable (enabled, templates loaded).
 */
export function timeEditorToCombobox(): void {
  (globalThis as { benchResult?: Promise<number> }).benchResult = new Promise((resolve) => {
    let start: number | null = null;
    const watched = new WeakSet<Node>();
    const isEditor = (node: Node) =>
      node instanceof Element && (node.matches('[role="dialog"],dialog') || node.querySelector('[role="dialog"],dialog') !== null);
    const check = () => {
      const root = document.querySelector('sendbird-template-panel')?.shadowRoot;
      if (!root || start === null) return;
      if (!watched.has(root)) {
        watched.add(root);
        new MutationObserver(check).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      const combobox = root.querySelector<HTMLInputElement>('[role="combobox"]');
      const status = root.querySelector('[role="status"]')?.textContent ?? '';
      if (combobox && !combobox.disabled && status !== '' && !status.startsWith('Loading')) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    };
    const observer = new MutationObserver((records) => {
      if (start === null && records.some((r) => [...r.addedNodes].some(isEditor))) start = performance.now();
      check();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** Resolves with the time from the next keydown in the Sendbird combobox to its list changing. */
export function timeKeystrokeToList(): void {
  (globalThis as { benchResult?: Promise<number> }).benchResult = new Promise((resolve) => {
    const root = document.querySelector('sendbird-template-panel')?.shadowRoot;
    const input = root?.querySelector('[role="combobox"]');
    const list = root?.querySelector('[role="listbox"]');
    if (!input || !list) throw new Error('no combobox');
    let start = 0;
    const observer = new MutationObserver(() => {
      if (!start) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(list, { subtree: true, childList: true, characterData: true });
    input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
  });
}

/**
 * Resolves with the time from the next click inside the Sendbird panel until CleverTap's own state
 * holds `count` pairs whose key starts with `sendbird_`, the template's among them.
 */
export function timeClickToPairs({ count, template }: { count: number; template: string }): void {
  (globalThis as { benchResult?: Promise<number> }).benchResult = new Promise((resolve) => {
    const host = document.querySelector('sendbird-template-panel');
    const dialog = host?.closest('[role="dialog"],dialog');
    if (!host?.shadowRoot || !dialog) throw new Error('no panel');
    let start = 0;
    const rows = () => (window as unknown as { __ctStandIn: { editor: { rows: Array<{ key: string; value: string }> } | null } }).__ctStandIn.editor?.rows ?? [];
    const observer = new MutationObserver(() => {
      if (!start) return;
      const owned = rows().filter((r) => r.key.startsWith('sendbird_'));
      if (owned.length === count && owned.some((r) => r.key === 'sendbird_template' && r.value === template)) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(dialog, { subtree: true, childList: true, characterData: true, attributes: true });
    host.shadowRoot.addEventListener('click', () => (start = performance.now()), { once: true, capture: true });
  });
}

/** Resolves with the time from the next keydown in the panel until CleverTap's row `key` ends with `suffix`. */
export function timeKeystrokeToRow({ key, suffix }: { key: string; suffix: string }): void {
  (globalThis as { benchResult?: Promise<number> }).benchResult = new Promise((resolve) => {
    const host = document.querySelector('sendbird-template-panel');
    const dialog = host?.closest('[role="dialog"],dialog');
    if (!host?.shadowRoot || !dialog) throw new Error('no panel');
    let start = 0;
    const rows = () => (window as unknown as { __ctStandIn: { editor: { rows: Array<{ key: string; value: string }> } | null } }).__ctStandIn.editor?.rows ?? [];
    const observer = new MutationObserver(() => {
      if (!start) return;
      if (rows().some((r) => r.key === key && r.value.endsWith(suffix))) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(dialog, { subtree: true, childList: true, characterData: true, attributes: true });
    host.shadowRoot.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
  });
}


/** The result of the timer armed last. */
export function benchResult(): Promise<number> | undefined {
  return (globalThis as { benchResult?: Promise<number> }).benchResult;
}

/**
 * The calibration workload: a fixed amount of JavaScript and DOM work (build, lay out and drop
 * 1,000 elements; sort and copy 20,000 numbers; five rounds). Its time on a machine is the unit
 * every latency is also expressed in, so that verdicts mean the same on a fast and a slow machine.
 */
export function calibrationWorkload(): number {
  const start = performance.now();
  const host = document.createElement('div');
  document.body.append(host);
  for (let round = 0; round < 5; round++) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 1000; i++) {
      const row = document.createElement('div');
      row.className = `cal-${i % 9}`;
      row.textContent = `Calibration row ${round}-${i}`;
      fragment.append(row);
    }
    host.append(fragment);
    void host.offsetHeight;
    const numbers = Array.from({ length: 20000 }, (_, i) => (i * 7919) % 10007);
    numbers.sort((a, b) => a - b);
    JSON.parse(JSON.stringify(numbers.slice(0, 5000)));
    host.replaceChildren();
    void host.offsetHeight;
  }
  host.remove();
  return performance.now() - start;
}

/**
 * The floor for writes: the time CleverTap's page itself needs to add and fill `pairs` rows when
 * driven directly from its own world (its add control clicked as soon as it has shown the last row,
 * every key and value typed at once), until its own state holds them all. No extension can be faster.
 */
export async function hostWriteFloor({ pairs }: { pairs: Array<{ key: string; value: string }> }): Promise<number> {
  const dialog = [...document.querySelectorAll('[role="dialog"],dialog')].find((d) => d.textContent?.includes('Create Webhook Content'));
  if (!dialog) throw new Error('no editor');
  // The body's rows and add control only: those after the body choice (a URL section may come before it).
  const bodyChoice = [...dialog.querySelectorAll('label,button,[role="radio"],[role="tab"]')].find((el) => el.textContent?.trim() === 'Profile Variables & custom key value pairs');
  if (!bodyChoice) throw new Error('no body choice');
  const inBody = <T extends Element>(elements: T[]) => elements.filter((el) => bodyChoice.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const keys = () => inBody([...dialog.querySelectorAll<HTMLInputElement>('input[placeholder="Key"]')]);
  const values = () => inBody([...dialog.querySelectorAll<HTMLInputElement>('input[placeholder="Value"]')]);
  const add = inBody([...dialog.querySelectorAll<HTMLElement>('button,[role="button"]')]).find((b) => b.textContent?.includes('Key-Value Pair'));
  if (!add) throw new Error('no add control');
  const rows = () => (window as unknown as { __ctStandIn: { editor: { rows: Array<{ key: string; value: string }> } | null } }).__ctStandIn.editor?.rows ?? [];
  const until = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      if (ready()) return resolve();
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(dialog, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const type = (input: HTMLInputElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const start = performance.now();
  while (keys().length < pairs.length) {
    const before = keys().length;
    add.click();
    await until(() => keys().length > before);
  }
  pairs.forEach((pair, i) => {
    const key = keys()[i];
    const value = values()[i];
    if (key) type(key, pair.key);
    if (value) type(value, pair.value);
  });
  await until(() => pairs.every((pair) => rows().some((r) => r.key === pair.key && r.value === pair.value)));
  return performance.now() - start;
}
