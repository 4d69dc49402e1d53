// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FakeComposer, htmlPage, pageWith, VARIANTS } from './composer-under-test';
import { canWritePairs, findAddControl, readPairs, readRows, removeControlOf } from './rows';

const MARKETER = [
  { key: 'crm', value: 'yes' },
  { key: 'note', value: 'a "quoted" value' },
];

describe("the Request body's rows", () => {
  for (const variant of VARIANTS) {
    it(`reads only the body's rows, never the headers' or the URL, in variant ${variant.name}`, () => {
      const composer = new FakeComposer(variant, { url: 'https://example.com/hook', rows: MARKETER });
      pageWith(composer);
      expect(readPairs(composer.root)).toEqual(MARKETER);
      const add = findAddControl(composer.root);
      expect(add?.textContent).toBe(variant.addControl.words);
      for (const row of readRows(composer.root)) {
        const remove = removeControlOf(row);
        expect(remove?.textContent).toBe(variant.removeControl.text);
        expect(row.keyInput.localName).toBe(variant.field);
      }
      expect(canWritePairs(composer.root)).toBe(true);
    });
  }

  it('tells each Canvas step its own rows', () => {
    const [a, b] = [new FakeComposer(VARIANTS[0]!, { rows: [{ key: 'step', value: 'one' }] }), new FakeComposer(VARIANTS[0]!, { rows: [{ key: 'step', value: 'two' }] })];
    pageWith(a, b);
    expect(readPairs(a.root)).toEqual([{ key: 'step', value: 'one' }]);
    expect(readPairs(b.root)).toEqual([{ key: 'step', value: 'two' }]);
  });

  it('shows no rows in Raw text mode (the raw field is not a row)', () => {
    const composer = new FakeComposer(VARIANTS[1]!, { mode: 'raw', rows: MARKETER });
    pageWith(composer);
    expect(readRows(composer.root)).toEqual([]);
  });

  const COMPOSER = (body: string) =>
    `<div id="c"><button>Compose</button><button>Test</button><div><label>Webhook URL<input></label>${body}<section><h4>Request headers</h4><div><input value="Authorization"><input value="x"><button>×</button></div><button>Add pair</button></section></div></div>`;
  const CHOICE = '<label><input type="radio" name="m" checked> JSON key-value pairs</label><label><input type="radio" name="m"> Raw text</label>';

  it('counts nothing as the body when the composer lays its body out flat (no element groups it): copy by hand instead', () => {
    htmlPage(`<div id="c"><button>Compose</button><button>Test</button><label>Webhook URL<input></label><h4>Request body</h4>${CHOICE}<div><input value="k"><input value="v"><button>×</button></div><button>Add pair</button><h4>Request headers</h4><div><input value="Authorization"><input value="x"><button>×</button></div></div>`);
    const composer = document.getElementById('c')!;
    expect(readPairs(composer)).toEqual([]);
    expect(findAddControl(composer)).toBeNull();
    expect(canWritePairs(composer)).toBe(false);
  });

  it('cannot write when the values are a rich (content-editable) editor, not inputs', () => {
    htmlPage(COMPOSER(`<section><h4>Request body</h4>${CHOICE}<div><input value="k"><div contenteditable="true">v</div><button>×</button></div><button>Add pair</button></section>`));
    const composer = document.getElementById('c')!;
    expect(readRows(composer)).toEqual([]);
    expect(canWritePairs(composer)).toBe(false);
  });

  it("picks a row's remove control by its name, never its personalization button", () => {
    htmlPage(
      COMPOSER(
        `<section><h4>Request body</h4>${CHOICE}<div><button aria-label="Remove">−</button><input value="a"><input value="1"><button aria-label="Insert personalization">+</button></div><div><input value="b"><input value="2"><button title="x">…</button></div><button>Add Key/Value Pair</button></section>`,
      ),
    );
    const rows = readRows(document.getElementById('c')!);
    expect(rows.map((row) => removeControlOf(row)?.textContent)).toEqual(['−', '…']);
  });

  it('has no remove control when a row holds two unnamed buttons', () => {
    htmlPage(COMPOSER(`<section><h4>Request body</h4>${CHOICE}<div><input value="a"><input value="1"><button>·</button><button>·</button></div><button>Add pair</button></section>`));
    const [row] = readRows(document.getElementById('c')!);
    expect(row && removeControlOf(row)).toBeNull();
  });
});
