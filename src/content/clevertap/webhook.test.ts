// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageOf } from './page-under-test';
import { destinationOf, readSelectedWebhook } from './webhook';

const NAMES = ['Sendbird single', 'Sendbird multi', 'Order system'];
const options = (selected: string | null, attribute = 'aria-selected') =>
  NAMES.map((name) => `<li role="option" ${selected === null ? '' : `${attribute}="${name === selected}"`}>${name}</li>`).join('');

describe('the Webhook selector, read as the marketer sees the choice', () => {
  it('reads the option a custom listbox marks selected, not the words of every option', () => {
    pageOf(`<span id="l">Webhook</span><ul role="listbox" aria-labelledby="l">${options('Order system')}</ul>`);
    expect(readSelectedWebhook()?.name).toBe('Order system');
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('no');
  });

  it('reads aria-checked options and a selected option in a list the combobox controls', () => {
    pageOf(`<span id="l">Webhook</span><div role="listbox" aria-labelledby="l">${options('Sendbird multi', 'aria-checked')}</div>`);
    expect(destinationOf(readSelectedWebhook())).toEqual({ sendbird: 'yes', route: 'multi' });
    pageOf(`<span id="l">Webhook</span><div role="combobox" aria-labelledby="l" aria-controls="x">Sendbird single</div><ul id="x" role="listbox">${options('Sendbird single')}</ul>`);
    expect(readSelectedWebhook()?.name).toBe('Sendbird single');
  });

  it('reads a closed combobox by the text it shows, and a combobox input by its value', () => {
    pageOf('<span id="l">Webhook</span><div role="combobox" aria-labelledby="l">Order system</div>');
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('no');
    pageOf('<label for="i">Webhook</label><input id="i" role="combobox" value="Sendbird single">');
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('yes');
  });

  it('treats a list that marks no option as unreadable: unknown, never Sendbird', () => {
    pageOf(`<span id="l">Webhook</span><ul role="listbox" aria-labelledby="l">${options(null)}</ul>`);
    expect(readSelectedWebhook()?.name).toBeNull();
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('unknown');
  });

  it('says unknown when the page shows no selector, and no when nothing is chosen', () => {
    pageOf('<p>no selector here</p>');
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('unknown');
    pageOf(`<label for="s">Webhook</label><select id="s"><option value="">Select webhook</option>${NAMES.map((n) => `<option value="${n}">${n}</option>`).join('')}</select>`);
    expect(destinationOf(readSelectedWebhook()).sendbird).toBe('no');
  });
});
