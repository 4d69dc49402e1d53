/**
 * The structure of a Braze composer as the extension found it, for the diagnostic report: which
 * documented elements were there and what kind each was. Never a value, a URL, a name or an id:
 * only tags, roles, counts and yes/no.
 */
import type { DiagnosticReport, FoundElement } from '../dashboard';
import { kindOf, structureOf } from '../dom/element-kind';
import { captionsIn } from './captions';
import { pairsChoice } from './choices';
import { destinationOf } from './destination';
import { richEditorsIn } from './fields';
import { rawChoice } from './mode';
import { findAddControl, readRows, removeControlOf } from './rows';
import { bodySection, headerCaptions, webhookUrlInput } from './sections';
import { COMPACT } from './texts';

function found(element: Element | null | undefined): FoundElement {
  return element ? { found: true, how: kindOf(element) } : { found: false };
}

function tab(composer: Element | null, words: string): FoundElement {
  return found(composer && captionsIn(composer, (c) => c === words)[0]);
}

export function diagnose(composer: Element | null, knownBases: readonly string[] = []): Omit<DiagnosticReport, 'extensionVersion' | 'attachedBy'> {
  const rows = composer ? readRows(composer) : [];
  const section = composer && bodySection(composer);
  const sendbird = destinationOf(composer, knownBases).sendbird;
  return {
    dashboard: 'Braze',
    host: location.host,
    elements: {
      composeTab: tab(composer, COMPACT.compose),
      testTab: tab(composer, COMPACT.test),
      settingsTab: tab(composer, COMPACT.settings),
      webhookUrl: { ...found(composer && webhookUrlInput(composer)), sendbirdSelected: sendbird === 'unknown' ? 'unknown' : sendbird === 'yes' },
      pairsChoice: found(composer && pairsChoice(composer)),
      rawChoice: found(composer && rawChoice(composer)),
      requestBody: found(section),
      requestHeaders: { ...found(composer && headerCaptions(composer)[0]), count: composer ? headerCaptions(composer).length : 0 },
      keyValueInputs: { ...found(rows[0]?.keyInput), count: rows.length },
      valueKind: found(rows[0]?.valueInput),
      richValueEditor: { ...found(section && richEditorsIn(section)[0]), count: section ? richEditorsIn(section).length : 0 },
      addControl: found(composer && findAddControl(composer)),
      removeControls: { ...found(rows[0] && removeControlOf(rows[0])), count: rows.filter((row) => removeControlOf(row)).length },
    },
    window: structureOf(composer),
    row: structureOf(rows[0]?.container),
  };
}
