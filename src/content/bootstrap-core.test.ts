// @vitest-environment happy-dom
/**
 * Which click opened which window, as the bootstrap tells the panel: a window opened again by the
 * same control is the same editor (its draft restores itself), so the opener must be the click the
 * window followed, even when the next click comes before the bootstrap's scan after the first.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from './dashboard';

const attachPanel = vi.fn<(dashboard: Dashboard, editor: HTMLElement, attachedBy: string, opener: Element | null) => void>();
const dashboard = {} as Dashboard;
vi.mock('./panel-loader', () => ({
  panelFor: () => Promise.resolve([dashboard, { attachPanel }]),
  preloadPanelWhenIdle: () => undefined,
}));
// The render signal needs a real style engine (animationstart): the tests report a rendered control themselves.
let reportRendered: (element: Element) => void = () => undefined;
vi.mock('./dom/render-signal', () => ({
  onElementRendered: (onRendered: (element: Element) => void) => {
    reportRendered = onRendered;
    return () => undefined;
  },
}));

const { startBootstrap } = await import('./bootstrap-core');

/** A page whose buttons each open a window of their own, at once, in their click handler. */
function pageWithOpeners(count: number): HTMLButtonElement[] {
  document.body.replaceChildren();
  return Array.from({ length: count }, (_, index) => {
    const button = document.createElement('button');
    button.textContent = `Go To Editor (step ${index + 1})`;
    button.addEventListener('click', () => {
      const editor = document.createElement('section');
      editor.dataset.editorOf = String(index);
      document.body.append(editor);
    });
    document.body.append(button);
    return button;
  });
}

/** A person's click: trusted, as the bootstrap requires of an opener. */
function personClicks(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A click made by code (the panel's row writer adds rows this way): untrusted. */
function codeClicks(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

/** The windows the dashboard would recognise: those whose title has rendered. */
const editors = () => [...document.querySelectorAll<HTMLElement>('[data-editor-of]')].filter((editor) => !editor.hasAttribute('data-untitled'));
let scans = 0;

/** The opener each window was attached with, by the index of the button that opened it. */
async function openersByWindow(buttons: HTMLButtonElement[]): Promise<Map<string, number>> {
  await vi.runAllTimersAsync();
  const found = new Map<string, number>();
  for (const [, editor, , opener] of attachPanel.mock.calls) {
    if (!found.has(editor.dataset.editorOf!)) found.set(editor.dataset.editorOf!, buttons.indexOf(opener as HTMLButtonElement));
  }
  return found;
}

describe('bootstrap: the click that opened a window', () => {
  const buttons = pageWithOpeners(3);
  // One bootstrap for the file: it listens on the window for good, as on a page.
  beforeAll(() => {
    vi.stubGlobal('chrome', { runtime: { id: 'extension-under-test', onMessage: { addListener: () => undefined } } });
    startBootstrap({
      classifyRendered: (element) => (element.hasAttribute('data-control') ? 'editor-control' : null),
      editorOf: (control) => editors().find((editor) => editor.contains(control)) ?? null,
      findEditors: () => {
        scans++;
        return editors();
      },
      pageShowsEditorOpener: () => false,
      loadDashboard: () => Promise.resolve(dashboard),
    });
  });
  beforeEach(() => {
    vi.useFakeTimers();
    editors().forEach((editor) => editor.remove());
    attachPanel.mockClear();
    scans = 0;
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => vi.unstubAllGlobals());

  it('gives each window its own opener when the second click comes before the scan after the first', async () => {
    // Both clicks in one task, as when input is handled before a busy page's timers.
    personClicks(buttons[0]!);
    personClicks(buttons[1]!);
    expect(await openersByWindow(buttons)).toEqual(new Map([['0', 0], ['1', 1]]));
  });

  it('gives each window the click it followed when the clicks are a task apart', async () => {
    personClicks(buttons[2]!);
    await vi.runAllTimersAsync();
    personClicks(buttons[0]!);
    expect(await openersByWindow(buttons)).toEqual(new Map([['2', 2], ['0', 0]]));
  });

  it('gives a window whose title renders late the click before its controls, not a click made meanwhile', async () => {
    const late = document.createElement('button');
    const elsewhere = document.createElement('button');
    late.addEventListener('click', () => {
      const editor = document.createElement('section');
      editor.dataset.editorOf = 'late';
      editor.setAttribute('data-untitled', '');
      const control = document.createElement('input');
      control.setAttribute('data-control', '');
      editor.append(control);
      document.body.append(editor);
    });
    document.body.append(late, elsewhere);
    personClicks(late);
    await vi.runAllTimersAsync();
    reportRendered(document.querySelector('[data-control]')!);
    personClicks(elsewhere); // while the window is still being drawn
    await vi.advanceTimersByTimeAsync(10);
    document.querySelector('[data-editor-of="late"]')!.removeAttribute('data-untitled');
    await vi.runAllTimersAsync(); // the retry after 250 ms finds the window now
    const [, editor, , opener] = attachPanel.mock.calls.find(([, editor]) => editor.dataset.editorOf === 'late') ?? [];
    late.remove();
    elsewhere.remove();
    expect(editor).toBeDefined();
    expect(opener).toBe(late);
  });

  it('looks at the page once for a burst of clicks made by code, as for one click', async () => {
    const add = document.createElement('button');
    document.body.append(add);
    for (let row = 0; row < 20; row++) codeClicks(add);
    await vi.runAllTimersAsync();
    add.remove();
    expect(scans).toBe(1);
  });
});
