/**
 * Fake Braze webhook composers in happy-dom for this folder's unit tests. They implement only what
 * braze-host-contract.md states and vary everything it leaves open: tabs with or without Settings,
 * the headers in Compose (before or after the body) or in Settings, the mode control as radios, a
 * segmented control or tabs with different wording, the add control as a <button> or
 * role="button" with different words, inputs or textareas, a React-like value tracker that ignores
 * `.value =`, rows re-created as new nodes, inactive tabs hidden or unmounted. No class names, ids
 * or data-* attributes are used for anything the code under test may read.
 *
 * Every touch of what the extension must never write (the Request headers, the Webhook URL) is
 * recorded in `violations`.
 */
import type { Pair } from '../../shared/payload-codec';

export interface Variant {
  name: string;
  tabs: 'role-tab' | 'buttons' | 'links';
  settingsTab: boolean;
  headersIn: 'compose-before' | 'compose-after' | 'settings';
  urlCaption: 'label-for' | 'caption-div' | 'aria-label';
  modeControl: 'radios' | 'segmented' | 'tabs';
  modeWords: readonly [pairs: string, raw: string];
  addControl: { kind: 'button' | 'role-button'; words: string };
  /** The remove control's text and accessible name. */
  removeControl: { text: string; ariaLabel?: string };
  field: 'input' | 'textarea';
  /** React-like: a value set with `.value =` is not taken; the native setter and an input event are. */
  controlled: boolean;
  /** A "+" personalization button beside each value (Braze shows one beside templated fields). */
  personalizeButton: boolean;
  recreateRows: boolean;
  /** Inactive tab panels are removed (and re-created when shown) rather than hidden. */
  unmountInactive: boolean;
}

export const VARIANTS: readonly Variant[] = [
  {
    name: 'A: Settings tab holds the headers; radios; <button> "+ Add pair"; inputs',
    tabs: 'role-tab',
    settingsTab: true,
    headersIn: 'settings',
    urlCaption: 'label-for',
    modeControl: 'radios',
    modeWords: ['JSON key-value pairs', 'Raw text'],
    addControl: { kind: 'button', words: '+ Add pair' },
    removeControl: { text: '×', ariaLabel: 'Remove pair' },
    field: 'input',
    controlled: false,
    personalizeButton: false,
    recreateRows: false,
    unmountInactive: false,
  },
  {
    name: 'B: headers in Compose before the body; segmented "JSON Key/Value Pairs"; role=button; textareas; re-created rows',
    tabs: 'buttons',
    settingsTab: false,
    headersIn: 'compose-before',
    urlCaption: 'caption-div',
    modeControl: 'segmented',
    modeWords: ['JSON Key/Value Pairs', 'Raw Text'],
    addControl: { kind: 'role-button', words: 'Add Key/Value Pair' },
    removeControl: { text: 'Delete' },
    field: 'textarea',
    controlled: false,
    personalizeButton: true,
    recreateRows: true,
    unmountInactive: true,
  },
  {
    name: 'C: headers in Compose after the body; tabs "json key - value pairs"; React-like controlled inputs',
    tabs: 'links',
    settingsTab: false,
    headersIn: 'compose-after',
    urlCaption: 'aria-label',
    modeControl: 'tabs',
    modeWords: ['JSON key - value pairs', 'RAW TEXT'],
    addControl: { kind: 'button', words: 'New pair' },
    removeControl: { text: '🗑', ariaLabel: 'Delete row' },
    field: 'input',
    controlled: true,
    personalizeButton: true,
    recreateRows: false,
    unmountInactive: false,
  },
];

type Field = HTMLInputElement | HTMLTextAreaElement;

interface Row extends Pair {
  id: number;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

/** The native value accessors of a field's own kind (what a framework's tracker sits on top of). */
function nativeValue(field: Field) {
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value');
  if (!descriptor?.get || !descriptor.set) throw new Error('no native value accessor');
  return { get: () => descriptor.get!.call(field) as string, set: (value: string) => descriptor.set!.call(field, value) };
}

/**
 * A field whose page state changes only as React's would: on an input event whose value differs
 * from the last one the page set or saw through the instance's own `value` setter.
 */
function trackLikeReact(field: Field, commit: (value: string) => void): void {
  const native = nativeValue(field);
  let tracked = native.get();
  Object.defineProperty(field, 'value', {
    configurable: true,
    get: () => native.get(),
    set: (value: string) => {
      tracked = String(value);
      native.set(String(value));
    },
  });
  field.addEventListener('input', () => {
    const now = native.get();
    if (now === tracked) return;
    tracked = now;
    commit(now);
  });
}

let composerCount = 0;

export class FakeComposer {
  readonly root = el('div');
  readonly violations: string[] = [];
  /** What Braze would send: the page's state, not what the DOM shows. */
  readonly state: { url: string; mode: 'pairs' | 'raw'; rows: Row[]; headers: Pair[]; raw: string };
  /** How many times the page asked to add a row, per section. */
  clicks = { add: 0, remove: 0, mode: 0 };
  private nextId = 1;
  private tab: 'compose' | 'settings' | 'test' = 'compose';
  private readonly panels = new Map<string, HTMLElement>();
  private rowsBox = el('div');
  private rowNodes = new Map<number, HTMLElement>();
  /** Refuses every keystroke into a value (a page the extension cannot write): nothing sticks. */
  rejectValues = false;
  readonly index = ++composerCount;

  constructor(
    readonly variant: Variant,
    initial: { url?: string; mode?: 'pairs' | 'raw'; rows?: Pair[]; headers?: Pair[] } = {},
  ) {
    this.state = {
      url: initial.url ?? '',
      mode: initial.mode ?? 'pairs',
      rows: (initial.rows ?? [{ key: '', value: '' }]).map((pair) => ({ ...pair, id: this.nextId++ })),
      headers: initial.headers ?? [
        { key: 'Content-Type', value: 'application/json' },
        { key: 'X-Integration-Header', value: 'header-secret-value' },
      ],
      raw: '',
    };
    this.root.append(this.tabList());
    this.render();
  }

  // ---- what the page shows ----

  private tabList(): HTMLElement {
    const list = el('div', undefined, this.variant.tabs === 'role-tab' ? { role: 'tablist' } : {});
    const names = (['compose', ...(this.variant.settingsTab ? ['settings'] : []), 'test'] as const).map((name) => name as 'compose' | 'settings' | 'test');
    for (const name of names) {
      const words = name.charAt(0).toUpperCase() + name.slice(1);
      const tab =
        this.variant.tabs === 'role-tab' ? el('div', words, { role: 'tab', 'aria-selected': String(name === this.tab) }) : this.variant.tabs === 'buttons' ? el('button', words) : el('a', words, { href: '#' });
      tab.addEventListener('click', (event) => {
        event.preventDefault();
        this.showTab(name);
      });
      list.append(tab);
    }
    return list;
  }

  showTab(name: 'compose' | 'settings' | 'test'): void {
    this.tab = name;
    this.render();
  }

  private render(): void {
    for (const name of ['compose', 'settings', 'test'] as const) {
      if (name === 'settings' && !this.variant.settingsTab) continue;
      const shown = this.tab === name;
      let panel = this.panels.get(name);
      if (!shown && this.variant.unmountInactive) {
        panel?.remove();
        this.panels.delete(name);
        continue;
      }
      if (!panel) {
        panel = el('div', undefined, { role: 'tabpanel' });
        this.panels.set(name, panel);
        this.root.append(panel);
        this.fill(name, panel);
      }
      panel.hidden = !shown;
    }
    this.renderRows();
  }

  private fill(name: 'compose' | 'settings' | 'test', panel: HTMLElement): void {
    if (name === 'test') {
      panel.append(el('p', 'Send a test webhook as a random user.'), el('button', 'Send Test'));
      return;
    }
    if (name === 'settings') {
      panel.append(this.headersSection(), el('label', 'HTTP Method'), el('select'));
      return;
    }
    panel.append(this.urlBlock());
    if (this.variant.headersIn === 'compose-before') panel.append(this.headersSection());
    if (this.variant.headersIn === 'compose-after') {
      // Body and headers in one block of their own, apart from the URL: only the headers' caption tells them apart.
      const request = el('div');
      request.append(this.bodySection(), this.headersSection());
      panel.append(request);
    } else {
      panel.append(this.bodySection());
    }
  }

  private urlBlock(): HTMLElement {
    const block = el('div');
    const input = el('input', undefined, { type: 'text' });
    input.value = this.state.url;
    for (const type of ['input', 'change']) input.addEventListener(type, () => this.violations.push(`typed into the Webhook URL: ${input.value}`));
    if (this.variant.urlCaption === 'label-for') {
      const id = `webhook-url-${this.index}`;
      input.id = id;
      block.append(el('label', 'Webhook URL', { for: id }), input);
    } else if (this.variant.urlCaption === 'caption-div') {
      block.append(el('div', 'WEBHOOK URL'), input);
    } else {
      input.setAttribute('aria-label', 'Webhook URL');
      block.append(el('span', 'Webhook URL'), input);
    }
    return block;
  }

  /** Request headers: rows exactly like the body's, with an add control whose words also say "pair". */
  private headersSection(): HTMLElement {
    const section = el('section');
    section.append(el('h4', 'Request Headers'));
    this.state.headers.forEach((header, index) => {
      const row = el('div');
      const key = this.field(header.key);
      const value = this.field(header.value);
      for (const field of [key, value]) for (const type of ['input', 'change']) field.addEventListener(type, () => this.violations.push(`typed into header ${index}`));
      const remove = this.removeButton();
      remove.addEventListener('click', () => this.violations.push(`removed header ${index}`));
      row.append(key, value, remove);
      section.append(row);
    });
    const add = el('button', '+ Add pair');
    add.addEventListener('click', () => this.violations.push('added a header'));
    section.append(add);
    return section;
  }

  private bodySection(): HTMLElement {
    const section = el('section');
    section.append(el('h4', 'Request body'), this.modeControl());
    this.rowsBox = el('div');
    this.rowNodes.clear();
    const add = this.variant.addControl.kind === 'button' ? el('button', this.variant.addControl.words) : el('span', this.variant.addControl.words, { role: 'button', tabindex: '0' });
    add.addEventListener('click', () => {
      this.clicks.add++;
      this.state.rows.push({ id: this.nextId++, key: '', value: '' });
      this.renderRows();
    });
    const rawBox = el('div');
    const raw = el('textarea');
    raw.addEventListener('input', () => (this.state.raw = raw.value));
    rawBox.append(raw);
    section.append(this.rowsBox, add, rawBox, el('pre', ''));
    return section;
  }

  private modeControl(): HTMLElement {
    const [pairsWords, rawWords] = this.variant.modeWords;
    const box = el('div', undefined, { role: this.variant.modeControl === 'tabs' ? 'tablist' : 'group' });
    for (const [mode, words] of [
      ['pairs', pairsWords],
      ['raw', rawWords],
    ] as const) {
      const choose = () => {
        this.clicks.mode++;
        this.state.mode = mode;
        this.renderRows();
      };
      if (this.variant.modeControl === 'radios') {
        const label = el('label');
        const radio = el('input', undefined, { type: 'radio', name: `body-mode-${this.index}` });
        radio.addEventListener('change', choose);
        label.append(radio, ` ${words}`);
        box.append(label);
      } else {
        const control = this.variant.modeControl === 'tabs' ? el('div', words, { role: 'tab' }) : el('button', words);
        control.addEventListener('click', choose);
        box.append(control);
      }
    }
    return box;
  }

  private field(value: string): Field {
    const field = this.variant.field === 'input' ? el('input', undefined, { type: 'text' }) : el('textarea');
    field.value = value;
    return field;
  }

  private removeButton(): HTMLElement {
    const { text, ariaLabel } = this.variant.removeControl;
    return el('button', text, ariaLabel ? { 'aria-label': ariaLabel } : {});
  }

  private commit(id: number, part: 'key' | 'value', value: string): void {
    const row = this.state.rows.find((r) => r.id === id);
    if (row && !(part === 'value' && this.rejectValues)) row[part] = value;
    this.renderRows();
  }

  private rowNode(row: Row): HTMLElement {
    const node = el('div');
    const key = this.field(row.key);
    const value = this.field(row.value);
    for (const [field, part] of [
      [key, 'key'],
      [value, 'value'],
    ] as const) {
      if (this.variant.controlled) trackLikeReact(field, (now) => this.commit(row.id, part, now));
      else field.addEventListener('change', () => this.commit(row.id, part, field.value));
    }
    const remove = this.removeButton();
    remove.addEventListener('click', () => {
      this.clicks.remove++;
      this.state.rows = this.state.rows.filter((r) => r.id !== row.id);
      this.renderRows();
    });
    node.append(key, value);
    if (this.variant.personalizeButton) node.append(el('button', '+', { 'aria-label': 'Insert personalization' }));
    node.append(remove);
    return node;
  }

  private renderRows(): void {
    if (!this.rowsBox.isConnected && this.tab !== 'compose') return;
    if (this.variant.recreateRows) this.rowNodes.clear();
    const nodes =
      this.state.mode === 'pairs'
        ? this.state.rows.map((row) => {
            const node = this.rowNodes.get(row.id) ?? this.rowNode(row);
            this.rowNodes.set(row.id, node);
            const [key, value] = node.querySelectorAll<Field>('input,textarea');
            // The page shows its state (through the instance setter, as a framework's render does).
            if (key && key.value !== row.key) key.value = row.key;
            if (value && value.value !== row.value) value.value = row.value;
            return node;
          })
        : [];
    this.rowsBox.replaceChildren(...nodes);
    const choices = this.root.querySelectorAll('[role="group"] > *, [role="tablist"] > [role="tab"]');
    for (const choice of choices) {
      const isPairs = choice.textContent?.trim() === this.variant.modeWords[0];
      const isRaw = choice.textContent?.trim() === this.variant.modeWords[1];
      if (!isPairs && !isRaw) continue;
      const chosen = (isPairs && this.state.mode === 'pairs') || (isRaw && this.state.mode === 'raw');
      const radio = choice.querySelector('input');
      if (radio) radio.checked = chosen;
      else choice.setAttribute(this.variant.modeControl === 'tabs' ? 'aria-selected' : 'aria-pressed', String(chosen));
    }
  }

  // ---- for the tests ----

  bodyPairs(): Pair[] {
    return this.state.rows.map(({ key, value }) => ({ key, value }));
  }

  /** Header rows as the page shows them (they must never change). */
  headersShown(): Pair[] {
    const section = [...this.root.querySelectorAll('section')].find((s) => s.querySelector('h4')?.textContent === 'Request Headers');
    if (!section) return this.state.headers;
    return [...section.querySelectorAll('div')].map((row) => {
      const [key, value] = row.querySelectorAll<Field>('input,textarea');
      return { key: key?.value ?? '?', value: value?.value ?? '?' };
    });
  }

  /** What the marketer does straight to the page's state (their own row). */
  marketerAdds(key: string, value: string): void {
    this.state.rows.push({ id: this.nextId++, key, value });
    this.renderRows();
  }
}

/** Puts composers on a fresh page (a campaign, or a Canvas with several webhook steps). */
export function pageWith(...composers: FakeComposer[]): Document {
  document.body.replaceChildren();
  const app = el('div');
  const main = el('main');
  main.append(el('h1', 'Compose Messages'));
  for (const composer of composers) {
    const step = el('div');
    step.append(el('h3', 'Webhook'), composer.root);
    main.append(step);
  }
  app.append(el('nav', 'Messaging Campaigns Canvas Templates'), main);
  document.body.append(app);
  shownUnlessHidden();
  return document;
}

/** A page from markup the test writes itself (parsed, never assigned as HTML). */
export function htmlPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  shownUnlessHidden();
  return document;
}

/** happy-dom lays nothing out: an element counts as shown unless it or an ancestor is [hidden]. */
function shownUnlessHidden(): void {
  Element.prototype.checkVisibility = function (this: Element) {
    return !this.closest('[hidden]');
  };
}
