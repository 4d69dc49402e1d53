/** Where the Sendbird panel goes inside the "Create Webhook Content" window: right after its title block. */
import { CLEVERTAP_TEXT } from './texts';

/** The window's child that holds the title (the header row), or null. */
function titleBlock(editor: Element): Element | null {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() !== CLEVERTAP_TEXT.editorTitle) continue;
    let block = node.parentElement;
    while (block && block.parentElement !== editor) block = block.parentElement;
    return block;
  }
  return null;
}

export function placePanelHost(editor: Element, host: HTMLElement): void {
  const after = titleBlock(editor);
  if (after) after.after(host);
  else editor.prepend(host);
}
