// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BODY_CHOICE, pageOf, row } from './page-under-test';
import { findEditorLoosely } from './loose-finder';

/** Another section of the app with rows of its own, beside a window whose title and buttons are renamed. */
const APP = (window: string) =>
  `<div id="app"><main><section id="settings"><h3>Custom properties</h3>${row('team', 'growth')}</section>${window}</main></div>`;
const RENAMED_WINDOW = `<div id="window"><h2>Webhook Payload Editor</h2><div id="body">${BODY_CHOICE}${row()}<button>Add Key-Value Pair</button></div><button>Apply</button><button>Send a test</button></div>`;

describe('the loose finder (the panel called by hand)', () => {
  it('stops at the smallest element holding the body rows, never the app around them', () => {
    const doc = pageOf(APP(RENAMED_WINDOW).replace(row('team', 'growth'), ''));
    expect(findEditorLoosely(doc)?.id).toBe('body');
  });

  it('takes the window when its Done or Save shows first', () => {
    const doc = pageOf(APP(`<div id="window"><div id="rows">${row()}</div><button>Done</button></div>`).replace(row('team', 'growth'), ''));
    expect(findEditorLoosely(doc)?.id).toBe('window');
  });

  it("refuses the page and the app's top container: nothing smaller holds the rows", () => {
    const doc = pageOf(`<div id="app">${row()}${row()}</div>`);
    expect(findEditorLoosely(doc)).toBeNull();
  });

  it("starts from the body's rows even when another section's rows come first on the page", () => {
    const doc = pageOf(APP(RENAMED_WINDOW));
    expect(findEditorLoosely(doc)?.id).toBe('body');
  });
});
