// @vitest-environment happy-dom
/**
 * A model-based test of the row writer (fast-check commands) against a fake CleverTap editor that
 * commits typing late, re-creates its rows as new nodes, reorders them, and lets the marketer add,
 * edit and remove their own rows while the extension writes. Over at least 1,000 random
 * interleavings: no marketer pair is ever changed, moved relative to the others, or removed, no row
 * of the window's URL key-value section is ever touched, and the final `sendbird_*` pairs are
 * exactly the contract's.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodePayload, isOwnedKey, type Pair } from '../../shared/payload-codec';
import { WRITE_TIMING, writePairs } from './write-pairs';

/**
 * Time is simulated: every timer, and the "next task" the writer yields to (a MessageChannel in a
 * browser), runs on vitest's fake clock, so the test uses the real pages' timing and its outcome
 * does not depend on how fast or busy the machine is. Only the order of events matters.
 */
class FakeTimedMessageChannel {
  readonly port1: { onmessage: ((event: MessageEvent) => void) | null } = { onmessage: null };
  readonly port2 = { postMessage: () => void setTimeout(() => this.port1.onmessage?.(new MessageEvent('message')), 0) };
}

/** Runs the fake clock until `work` settles; a promise waiting on nothing at all is a bug. */
async function drive<T>(work: Promise<T>): Promise<T> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  for (let idle = 0; !done; ) {
    if (vi.getTimerCount() === 0) {
      if (++idle > 100) throw new Error('the writer waits on something that never comes');
      await Promise.resolve();
    } else {
      idle = 0;
      await vi.advanceTimersToNextTimerAsync();
    }
  }
  return work;
}

interface Row {
  id: number;
  key: string;
  value: string;
}

const isMarketerRow = (row: Row) => row.key !== '' && !isOwnedKey(row.key);
const isBlank = (row: Row) => row.key === '' && row.value === '';

/** CleverTap's editor as a page would implement it, with the quirks the contract allows. */
class FakeEditor {
  readonly root = document.createElement('div');
  private readonly list = document.createElement('div');
  private rows: Row[] = [{ id: 0, key: '', value: '' }];
  private nextId = 1;
  private nodes = new Map<number, HTMLElement>();
  /** Every change the extension made that it must never make. */
  readonly violations: string[] = [];

  /** The URL key-value section before the body choice: rows that look the same and are never the body. */
  private readonly urlSection = document.createElement('div');
  private readonly urlPairs: Pair[] = [
    { key: '', value: '' },
    { key: 'utm_source', value: 'clevertap' },
  ];

  constructor(private readonly quirks: { recreateRows: boolean; commitLate: boolean }) {
    const title = document.createElement('h2');
    title.textContent = 'Create Webhook Content';
    this.buildUrlSection();
    const body = document.createElement('button');
    body.setAttribute('aria-pressed', 'true');
    body.textContent = 'Profile Variables & custom key value pairs';
    const add = document.createElement('span');
    add.setAttribute('role', 'button');
    add.textContent = '+ Key-Value Pair';
    add.addEventListener('click', () => this.apply(() => this.rows.push({ id: this.nextId++, key: '', value: '' })));
    this.root.append(title, this.urlSection, body, this.list, add);
    document.body.append(this.root);
    this.render();
  }

  /** Its rows and add control record any touch as a violation: the writer must never act on them. */
  private buildUrlSection(): void {
    const heading = document.createElement('p');
    heading.textContent = 'URL key-value pairs';
    const rows = this.urlPairs.map((pair, index) => {
      const node = document.createElement('div');
      const key = document.createElement('input');
      key.placeholder = 'Key';
      key.value = pair.key;
      const value = document.createElement('input');
      value.placeholder = 'Value';
      value.value = pair.value;
      const remove = document.createElement('button');
      remove.textContent = '×';
      for (const [input, field] of [[key, 'key'], [value, 'value']] as const) {
        for (const type of ['input', 'change']) {
          input.addEventListener(type, () => this.violations.push(`typed into URL row ${index}'s ${field}: ${input.value}`));
        }
      }
      remove.addEventListener('click', () => this.violations.push(`removed URL row ${index}`));
      node.append(key, value, remove);
      return node;
    });
    const add = document.createElement('button');
    add.textContent = 'Add Key-Value Pair';
    add.addEventListener('click', () => this.violations.push('added a URL row'));
    this.urlSection.append(heading, ...rows, add);
  }

  /** The URL section as the page shows it now. */
  urlRowsNow(): Pair[] {
    const inputs = [...this.urlSection.querySelectorAll('input')];
    return this.urlPairs.map((_, index) => ({ key: inputs[index * 2]?.value ?? '?', value: inputs[index * 2 + 1]?.value ?? '?' }));
  }

  initialUrlRows(): Pair[] {
    return this.urlPairs;
  }

  private pending = 0;

  /** The page applies a change now, or after the current task (a framework's late commit). */
  private apply(change: () => void): void {
    const run = () => {
      change();
      this.render();
    };
    if (!this.quirks.commitLate) return run();
    this.pending++;
    setTimeout(() => {
      this.pending--;
      run();
    }, 0);
  }

  /** Resolves once every late commit has landed. */
  async settled(): Promise<void> {
    while (this.pending > 0) await drive(new Promise((done) => setTimeout(done, 0)));
  }

  private commit(id: number, field: 'key' | 'value', value: string): void {
    this.apply(() => {
      const row = this.rows.find((r) => r.id === id);
      if (!row) return;
      if (isMarketerRow(row)) this.violations.push(`typed into the marketer's row ${row.key}=${row.value} (${field} → ${value})`);
      if (field === 'key' && value !== '' && !isOwnedKey(value)) this.violations.push(`wrote a key that is not the extension's: ${value}`);
      row[field] = value;
    });
  }

  private remove(id: number): void {
    this.apply(() => {
      const row = this.rows.find((r) => r.id === id);
      if (!row) return;
      if (!isOwnedKey(row.key) && !isBlank(row)) this.violations.push(`removed the marketer's row ${row.key}=${row.value}`);
      this.rows = this.rows.filter((r) => r !== row);
    });
  }

  private rowNode(row: Row): HTMLElement {
    const node = document.createElement('div');
    const key = document.createElement('input');
    key.placeholder = 'Key';
    const value = document.createElement('input');
    value.placeholder = 'Value';
    const remove = document.createElement('button');
    remove.textContent = '×';
    // Inputs commit on change only; the remove control acts on the row it was rendered for.
    key.addEventListener('change', () => this.commit(row.id, 'key', key.value));
    value.addEventListener('change', () => this.commit(row.id, 'value', value.value));
    remove.addEventListener('click', () => this.remove(row.id));
    node.append(key, value, remove);
    return node;
  }

  private render(): void {
    if (this.quirks.recreateRows) this.nodes.clear();
    const nodes = this.rows.map((row) => {
      const node = this.nodes.get(row.id) ?? this.rowNode(row);
      this.nodes.set(row.id, node);
      const [key, value] = node.querySelectorAll('input');
      if (key && key.value !== row.key) key.value = row.key;
      if (value && value.value !== row.value) value.value = row.value;
      return node;
    });
    this.list.replaceChildren(...nodes);
  }

  // ---- What the marketer (and the page itself) do meanwhile, straight to the page's state ----

  marketerAdds(key: string, value: string): void {
    this.rows.push({ id: this.nextId++, key, value });
    this.render();
  }

  marketerEdits(nth: number, value: string): void {
    const mine = this.rows.filter(isMarketerRow);
    const row = mine[nth % Math.max(1, mine.length)];
    if (row) row.value = value;
    this.render();
  }

  marketerRemoves(nth: number): void {
    const mine = this.rows.filter(isMarketerRow);
    const row = mine[nth % Math.max(1, mine.length)];
    this.rows = this.rows.filter((r) => r !== row);
    this.render();
  }

  /** The page moves one row elsewhere (a re-sort, a drag by the marketer). */
  pageMoves(from: number, to: number): void {
    const [row] = this.rows.splice(from % Math.max(1, this.rows.length), 1);
    if (row) this.rows.splice(to % (this.rows.length + 1), 0, row);
    this.render();
  }

  marketerPairs(): Pair[] {
    return this.rows.filter(isMarketerRow).map(({ key, value }) => ({ key, value }));
  }

  ownedPairs(): Pair[] {
    return this.rows.filter((r) => isOwnedKey(r.key)).map(({ key, value }) => ({ key, value }));
  }

  strayRows(): Row[] {
    return this.rows.filter((r) => !isMarketerRow(r) && !isOwnedKey(r.key) && !isBlank(r));
  }

  dispose(): void {
    this.root.remove();
  }
}

type MarketerAction = { at: number } & (
  | { kind: 'add'; key: string; value: string }
  | { kind: 'edit'; nth: number; value: string }
  | { kind: 'remove'; nth: number }
  | { kind: 'move'; from: number; to: number }
);

function act(editor: FakeEditor, action: MarketerAction): void {
  if (action.kind === 'add') editor.marketerAdds(action.key, action.value);
  else if (action.kind === 'edit') editor.marketerEdits(action.nth, action.value);
  else if (action.kind === 'remove') editor.marketerRemoves(action.nth);
  else editor.pageMoves(action.from, action.to);
}

const text = fc.string({ maxLength: 6 });
const marketerKey = fc.stringMatching(/^[a-z][a-z_]{0,7}$/);
const marketerAction: fc.Arbitrary<MarketerAction> = fc.oneof(
  fc.record({ at: fc.nat(4), kind: fc.constant('add' as const), key: marketerKey, value: text }),
  fc.record({ at: fc.nat(4), kind: fc.constant('edit' as const), nth: fc.nat(5), value: text }),
  fc.record({ at: fc.nat(4), kind: fc.constant('remove' as const), nth: fc.nat(5) }),
  fc.record({ at: fc.nat(4), kind: fc.constant('move' as const), from: fc.nat(9), to: fc.nat(9) }),
);
/** What the panel may want: templates share some variable keys, so switching keeps and drops pairs. */
const desiredPairs: fc.Arbitrary<Pair[]> = fc
  .record({
    template: fc.constantFrom('order_shipped', 'cart_reminder', 'welcome'),
    receiver: fc.constantFrom('SendbirdID', 'identity'),
    eventName: fc.constantFrom('', 'Sent'),
    variables: fc.dictionary(fc.constantFrom('first_name', 'order.id', 'carrier', 'coupon', 'items'), text, { maxKeys: 4 }),
  })
  .map(encodePayload);

const sameSet = (pairs: Pair[]) => pairs.map((p) => `${p.key}\u0000${p.value}`).sort();

let interleavings = 0;

class Write implements fc.AsyncCommand<object, FakeEditor> {
  constructor(
    readonly desired: Pair[],
    readonly meanwhile: MarketerAction[],
  ) {}
  check = () => true;
  async run(_model: object, editor: FakeEditor): Promise<void> {
    let expected = editor.marketerPairs();
    const marketer = this.meanwhile.map(
      (action) =>
        new Promise<void>((done) =>
          setTimeout(() => {
            act(editor, action);
            expected = editor.marketerPairs(); // what the marketer has now is what must stay
            done();
          }, action.at),
        ),
    );
    const first = await drive(writePairs(editor.root, this.desired, WRITE_TIMING));
    await drive(Promise.all(marketer));
    interleavings++;
    // Interference may leave the first write short; a write with the page quiet must then finish it.
    const result = first.ok ? first : await drive(writePairs(editor.root, this.desired, WRITE_TIMING));
    await editor.settled();
    expect(editor.violations).toEqual([]);
    expect(editor.marketerPairs()).toEqual(expected);
    expect(result).toEqual({ ok: true });
    expect(sameSet(editor.ownedPairs())).toEqual(sameSet(this.desired));
    expect(editor.strayRows()).toEqual([]);
    expect(editor.urlRowsNow()).toEqual(editor.initialUrlRows());
  }
  toString = () => `write(${this.desired.length} pairs, ${this.meanwhile.map((a) => a.kind).join('+') || 'quiet'})`;
}

class MarketerActs implements fc.AsyncCommand<object, FakeEditor> {
  constructor(readonly action: MarketerAction) {}
  check = () => true;
  async run(_model: object, editor: FakeEditor): Promise<void> {
    act(editor, this.action);
  }
  toString = () => `marketer ${this.action.kind}`;
}

const write = fc.tuple(desiredPairs, fc.array(marketerAction, { maxLength: 3 })).map(([desired, meanwhile]) => new Write(desired, meanwhile));
// Writes twice as often as lone marketer actions: each write is one interleaving.
const commands = fc.commands([write, write, marketerAction.map((action) => new MarketerActs(action))], { maxCommands: 10 });

describe('the row writer against a fake editor that fights back', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('MessageChannel', FakeTimedMessageChannel);
  });
  afterAll(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    // The README's "Security and reliability" table quotes this number.
    expect(interleavings).toBeGreaterThanOrEqual(1000);
  });

  for (const [quirks, numRuns] of [
    [{ recreateRows: false, commitLate: false }, 120],
    [{ recreateRows: true, commitLate: false }, 120],
    [{ recreateRows: false, commitLate: true }, 80],
    [{ recreateRows: true, commitLate: true }, 80],
  ] as const) {
    it(`never touches a marketer pair and leaves exactly the contract's pairs (${JSON.stringify(quirks)})`, async () => {
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          const editor = new FakeEditor(quirks);
          try {
            await fc.asyncModelRun(() => ({ model: {}, real: editor }), cmds);
          } finally {
            editor.dispose();
          }
        }),
        { numRuns },
      );
    }, 300_000);
  }
});
