/**
 * Where the Sendbird panel goes in a composer: right before its Request body section, in the
 * Compose tab where the marketer edits the pairs; before the composer's content when the Compose
 * tab is not rendered (the panel puts itself back when Braze re-renders it away).
 */
import { bodySection } from './sections';

export function placePanelHost(composer: Element, host: HTMLElement): void {
  const section = bodySection(composer);
  if (section?.parentElement) section.before(host);
  else composer.prepend(host);
}
