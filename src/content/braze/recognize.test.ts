// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FakeComposer, htmlPage, pageWith, VARIANTS } from './composer-under-test';
import { classifyRendered, composerOf, findComposers } from './recognize';

/** Removes every class, id and data-* attribute: recognition must not change. */
function stripNamesAndIds(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name === 'class' || attribute.name === 'id' || attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
    }
  }
}

describe('recognising the composer', () => {
  for (const variant of VARIANTS) {
    it(`finds the one composer of variant ${variant.name}`, () => {
      const composer = new FakeComposer(variant);
      pageWith(composer);
      expect(findComposers()).toEqual([composer.root]);
    });
  }

  it('finds each Canvas step its own composer, side by side or hidden, and never one holding two', () => {
    const steps = VARIANTS.map((variant) => new FakeComposer(variant));
    pageWith(...steps);
    steps[1]!.root.parentElement!.hidden = true; // a step not shown now: hidden, not removed
    const found = findComposers();
    expect(found).toEqual(steps.map((step) => step.root));
    for (const step of steps) {
      const controls = [...step.root.querySelectorAll('button,[role="tab"],input[type="radio"]')].filter((c) => classifyRendered(c) !== null);
      expect(controls.length).toBeGreaterThan(1);
      for (const control of controls) expect(composerOf(control)).toBe(step.root);
    }
  });

  it('keeps the same composer when its tabs switch and the Compose tab is unmounted and re-created', () => {
    const composer = new FakeComposer(VARIANTS[1]!); // unmounts inactive tabs
    pageWith(composer);
    expect(findComposers()).toEqual([composer.root]);
    composer.showTab('test');
    expect(findComposers()).toEqual([]); // nothing of the body is rendered now
    composer.showTab('compose');
    expect(findComposers()).toEqual([composer.root]);
  });

  it('finds a composer created late, after the page was first looked at', () => {
    pageWith();
    expect(findComposers()).toEqual([]);
    const late = new FakeComposer(VARIANTS[2]!);
    document.querySelector('main')!.append(late.root);
    expect(findComposers()).toEqual([late.root]);
  });

  it('relies on no class name, id or data-* attribute', () => {
    const steps = VARIANTS.map((variant) => new FakeComposer(variant));
    pageWith(...steps);
    for (const step of steps) step.root.querySelectorAll('*').forEach((e, i) => e.setAttribute('class', `sc-${i}`));
    const before = findComposers();
    stripNamesAndIds(document);
    expect(findComposers()).toEqual(before);
    expect(before).toHaveLength(3);
  });

  it('recognises nothing without the Compose and Test tabs, a Webhook URL or the body choice', () => {
    const cases = [
      // An email editor with Compose/Test tabs but no webhook fields.
      '<div><div role="tab">Compose</div><div role="tab">Test</div><button>+ Add pair</button><label><input type="radio"> JSON key-value pairs</label></div>',
      // A webhook-like form without the tabs.
      '<div><label>Webhook URL<input></label><h4>Request body</h4><label><input type="radio"> JSON key-value pairs</label><label><input type="radio"> Raw text</label><button>Add pair</button></div>',
      // Tabs and URL but the body choice missing.
      '<div><button>Compose</button><button>Test</button><label>Webhook URL<input></label><h4>Request body</h4><div><input><input><button>×</button></div><button>Add pair</button></div>',
    ];
    for (const html of cases) {
      htmlPage(html);
      expect(findComposers(), html).toEqual([]);
    }
  });

  it('refuses an element whose nearest tabs hold two body choices (they would reach two composers)', () => {
    const choice = (n: number) => `<section><h4>Request body</h4><label><input type="radio" name="m${n}"> JSON key-value pairs</label><label><input type="radio" name="m${n}"> Raw text</label></section>`;
    htmlPage(`<div><button>Compose</button><button>Test</button><label>Webhook URL<input></label>${choice(1)}${choice(2)}</div>`);
    expect(findComposers()).toEqual([]);
  });
});

describe('classifyRendered (what the render signal reports)', () => {
  it("takes the body's controls and nothing else", () => {
    htmlPage(
      [
      '<label id="l"><input type="radio" id="r"> JSON Key/Value Pairs</label>',
      '<div role="tab" id="t">raw text</div>',
      '<button aria-pressed="false" id="s">Raw-Text</button>',
      '<button id="a">+ Add pair</button>',
      '<span role="button" id="b">Add Key/Value Pair</span>',
      '<button id="no1">Send Test</button>',
      '<button id="no2">Remove pair</button>',
      '<a id="no3">Compose Messages</a>',
      '<input id="no4">',
      '<div id="no5"><button>JSON key-value pairs</button><button>Raw text</button><p>and a long text around them that is no control at all</p></div>',
      '<span id="no6">+ Add pair</span>',
      ].join(''),
    );
    for (const id of ['l', 'r', 't', 's', 'a', 'b']) expect(classifyRendered(document.getElementById(id)!), id).toBe('composer-control');
    for (const id of ['no1', 'no2', 'no3', 'no4', 'no5', 'no6']) expect(classifyRendered(document.getElementById(id)!), id).toBeNull();
  });
});
