/**
 * The structure of CleverTap's editor as the extension found it, for the diagnostic report: which
 * documented elements were there and what kind of element each was. Never a value, a name, a
 * template or an id: only tags, roles, counts and yes/no.
 */
import type { DiagnosticReport, FoundElement } from '../dashboard';
import { textOf } from '../dom/text';
import { findChoice } from './choices';
import { findAddControl, readRows, removeControlOf } from './rows';
import { CLEVERTAP_TEXT } from './texts';
import { destinationOf, findWebhookSelector, readSelectedWebhook } from './webhook';

/** "button", "div role=button", "input type=radio": what kind of element, never what it says. */
function kindOf(element: Element): string {
  const role = element.getAttribute('role');
  const type = element instanceof HTMLInputElement ? ` type=${element.type}` : '';
  return element.localName + type + (role ? ` role=${role}` : '');
}

function found(element: Element | null | undefined): FoundElement {
  return element ? { found: true, how: kindOf(element) } : { found: false };
}

function titleElement(editor: Element): Element | null {
  for (const element of editor.querySelectorAll('*')) {
    if (element.childElementCount === 0 && textOf(element) === CLEVERTAP_TEXT.editorTitle) return element;
  }
  return null;
}

function structureOf(element: Element | null | undefined) {
  return element ? { tag: element.localName, role: element.getAttribute('role') } : null;
}

export function diagnose(editor: Element | null): Omit<DiagnosticReport, 'extensionVersion' | 'attachedBy'> {
  const rows = editor ? readRows(editor) : [];
  const selector = findWebhookSelector();
  const sendbird = destinationOf(readSelectedWebhook()).sendbird;
  const choice = (words: string) => (editor ? findChoice(editor, words) : null);
  return {
    dashboard: 'CleverTap',
    host: location.host,
    elements: {
      title: found(editor && titleElement(editor)),
      formatJson: found(choice(CLEVERTAP_TEXT.formatJson)),
      formatPlainText: found(choice(CLEVERTAP_TEXT.formatText)),
      bodyPairs: found(choice(CLEVERTAP_TEXT.bodyPairs)),
      bodyCustom: found(choice(CLEVERTAP_TEXT.bodyCustom)),
      keyValueInputs: { ...found(rows[0]?.keyInput), count: rows.length },
      addControl: found(editor && findAddControl(editor)),
      removeControls: { ...found(rows[0] && removeControlOf(rows[0])), count: rows.filter((row) => removeControlOf(row)).length },
      webhookSelector: { ...found(selector), sendbirdSelected: sendbird === 'unknown' ? 'unknown' : sendbird === 'yes' },
    },
    window: structureOf(editor),
    row: structureOf(rows[0]?.container),
  };
}
