// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageOf } from './page-under-test';
import { classifyRendered, pageShowsEditorOpener } from './recognize';

const first = (doc: Document, selector: string) => {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};

describe("the What section's Go To Editor (the editor is likely next: the panel is loaded ahead)", () => {
  it('is told from a button or a role="button" element by its words alone', () => {
    expect(classifyRendered(first(pageOf('<button type="button"> Go To  Editor </button>'), 'button'))).toBe('editor-opener');
    expect(classifyRendered(first(pageOf('<span role="button" tabindex="0">Go To Editor</span>'), 'span'))).toBe('editor-opener');
  });

  it('is not any element that says so, nor a button that says more', () => {
    expect(classifyRendered(first(pageOf('<li>Go To Editor</li>'), 'li'))).toBeNull();
    expect(classifyRendered(first(pageOf('<button>Go To Editor settings</button>'), 'button'))).toBeNull();
    expect(classifyRendered(first(pageOf('<button>Webhooks</button>'), 'button'))).toBe('webhooks-tile');
  });

  it('is found on a page that already shows it when the content script arrives, and only there', () => {
    expect(pageShowsEditorOpener(pageOf('<main><h2>What</h2><button>Go To Editor</button></main>'))).toBe(true);
    expect(pageShowsEditorOpener(pageOf('<main><h1>Campaigns</h1><button>+ Campaign</button></main>'))).toBe(false);
  });
});
