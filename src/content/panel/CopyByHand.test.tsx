// @vitest-environment happy-dom
/** The copy-by-hand fallback: the exact pairs, and the dashboard's second way when it brings one. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyByHand } from './CopyByHand';

afterEach(cleanup);

const pairs = [
  { key: 'sendbird_version', value: '1' },
  { key: 'sendbird_template', value: 'welcome' },
];

describe('copy by hand', () => {
  it('shows the exact pairs and nothing more when the dashboard has no second way', () => {
    const { container } = render(<CopyByHand pairs={pairs} />);
    expect(screen.getAllByRole('row').map((row) => row.textContent)).toEqual(['panel_pairKeypanel_pairValue', 'sendbird_version1', 'sendbird_templatewelcome']);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['panel_copyPairs']);
    expect(container.querySelector('pre')).toBeNull();
  });

  it('adds the body to paste, in the dashboard’s words, with its own copy button', () => {
    const text = '{\n  "sendbird_version": "1"\n}';
    const { container } = render(<CopyByHand pairs={pairs} paste={{ text, how: 'Or paste this into Raw text.' }} />);
    expect(screen.getByText('Or paste this into Raw text.')).toBeTruthy();
    expect(container.querySelector('pre')?.textContent).toBe(text);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['panel_copyPairs', 'panel_copyBody']);
  });

  it('shows nothing while there are no pairs', () => {
    const { container } = render(<CopyByHand pairs={[]} paste={{ text: '{}', how: 'x' }} />);
    expect(container.textContent).toBe('');
  });
});
