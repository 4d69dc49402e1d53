// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BRAZE_WEBHOOK_ROUTES, apiBaseUrl, destinationUrls } from '../../shared/sendbird-routes';
import { FakeComposer, htmlPage, pageWith, VARIANTS } from './composer-under-test';
import { diagnose } from './diagnose';
import { findComposerLoosely } from './loose-finder';

describe('the diagnostic report', () => {
  it('describes structure only: kinds and counts, never a value, URL or key', () => {
    const url = destinationUrls(apiBaseUrl('secret-app'), BRAZE_WEBHOOK_ROUTES).realtime;
    const composer = new FakeComposer(VARIANTS[0]!, { url, rows: [{ key: 'private_key', value: 'private value' }] });
    pageWith(composer);
    const report = diagnose(composer.root);
    expect(report.dashboard).toBe('Braze');
    expect(report.elements).toMatchObject({
      composeTab: { found: true, how: 'div role=tab' },
      settingsTab: { found: true },
      webhookUrl: { found: true, how: 'input type=text', sendbirdSelected: true },
      pairsChoice: { found: true, how: 'input type=radio' },
      rawChoice: { found: true },
      requestHeaders: { found: true, count: 1 },
      keyValueInputs: { found: true, count: 1 },
      richValueEditor: { found: false, count: 0 },
      addControl: { found: true, how: 'button' },
      removeControls: { found: true, count: 1 },
    });
    const text = JSON.stringify(report);
    for (const secret of ['secret-app', 'private_key', 'private value', 'X-Integration-Header', 'header-secret-value']) expect(text).not.toContain(secret);
  });

  it('says what was not found, with no composer at all', () => {
    htmlPage('<main>nothing here</main>');
    const report = diagnose(null);
    expect(Object.values(report.elements).every((element) => !element.found)).toBe(true);
    expect(report.window).toBeNull();
  });
});

describe('the loose finder (the panel called by hand)', () => {
  it('takes the composer with renamed tabs by its body, never the page or two composers', () => {
    const body = (n: number) =>
      `<section><h4>Request body</h4><label><input type="radio" name="m${n}"> JSON key-value pairs</label><label><input type="radio" name="m${n}"> Raw text</label><div id="rows${n}"><div><input><input><button>×</button></div><button>Add pair</button></div></section>`;
    htmlPage(`<div id="app"><div id="step1"><button>Edit</button><button>Try it</button>${body(1)}</div><div id="step2">${body(2)}</div></div>`);
    const found = findComposerLoosely();
    expect(found?.closest('#step1')).not.toBeNull(); // inside the first step, not reaching the second
    expect(found?.contains(document.getElementById('rows1'))).toBe(true);
  });

  it('takes the recognisable composer whole when its tabs are there', () => {
    const composer = new FakeComposer(VARIANTS[2]!);
    pageWith(composer);
    expect(findComposerLoosely()).toBe(composer.root);
  });

  it('finds nothing where no body choice is shown', () => {
    htmlPage('<div><div><input><input><button>×</button></div><button>Add pair</button></div>');
    expect(findComposerLoosely()).toBeNull();
  });
});
