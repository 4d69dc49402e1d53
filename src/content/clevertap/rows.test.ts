// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BODY_CHOICE, pageOf, row } from './page-under-test';
import { canWritePairs, findAddControl, readPairs } from './rows';

const URL_SECTION = `<div><p>URL key-value pairs</p>${row()}${row('utm_source', 'clevertap')}<button>+ Key-Value Pair</button></div>`;

describe('the body rows of a window that also has a URL key-value section', () => {
  it('reads only the rows after the body choice, never a URL row', () => {
    const doc = pageOf(`<div id="w"><h2>Create Webhook Content</h2>${URL_SECTION}${BODY_CHOICE}${row('crm', 'yes')}${row()}<button>+ Key-Value Pair</button></div>`);
    const editor = doc.getElementById('w')!;
    expect(readPairs(editor)).toEqual([
      { key: 'crm', value: 'yes' },
      { key: '', value: '' },
    ]);
  });

  it("adds rows with the body's own add control, not the URL section's", () => {
    const doc = pageOf(`<div id="w">${URL_SECTION}${BODY_CHOICE}<span role="button" id="body-add">Add Key-Value Pair</span></div>`);
    expect(findAddControl(doc.getElementById('w')!)?.id).toBe('body-add');
  });

  it('counts nothing as the body when the window shows no body choice (it could not tell the sections apart)', () => {
    const doc = pageOf(`<div id="w">${URL_SECTION}</div>`);
    const editor = doc.getElementById('w')!;
    expect(readPairs(editor)).toEqual([]);
    expect(canWritePairs(editor)).toBe(false);
  });
});
