/**
 * The panel called by hand (toolbar popup or keyboard shortcut), for when the window was not
 * recognised: onto the editor if one can be found, by the strict rules or the looser ones, else as
 * a floating card with the pairs to copy by hand and the diagnostic report.
 */
import { isShown } from '../dom/presence';
import type { ShownAs } from '../../shared/page-messages';
import type { Dashboard } from '../dashboard';
import { attachPanel, attachedEditors, mountPanel } from './attach';
import { PANEL_HOST_TAG } from './host-tag';

let closeFloating: (() => Promise<void>) | null = null;

/** The floating card closes itself with its own × button, so ask the page whether it is there. */
const floatingShown = () => document.querySelector(`${PANEL_HOST_TAG}[data-floating]`) !== null;

function bringIntoView(): void {
  const hosts = [...document.querySelectorAll(PANEL_HOST_TAG)];
  hosts.at(-1)?.scrollIntoView({ block: 'nearest' });
}

export function showPanelByHand(dashboard: Dashboard): ShownAs {
  const recognised = dashboard.findEditors().filter(isShown);
  const loose = recognised.length > 0 ? null : dashboard.findEditorLoosely();
  let shownAs: ShownAs;
  if (recognised.length > 0) {
    recognised.forEach((editor) => attachPanel(dashboard, editor, 'recognition'));
    shownAs = 'recognition';
  } else if (loose) {
    attachPanel(dashboard, loose, 'by-hand');
    shownAs = attachedEditors().includes(loose) ? 'by-hand' : 'floating';
  } else {
    shownAs = 'floating';
  }
  if (shownAs === 'floating' && !floatingShown()) {
    const unmount = mountPanel(dashboard, null, 'floating', (host) => document.body.append(host));
    closeFloating = () => {
      closeFloating = null;
      return unmount();
    };
  } else if (shownAs !== 'floating') {
    void closeFloating?.();
  }
  bringIntoView();
  return shownAs;
}
