/**
 * What the Sendbird panel needs from a marketing dashboard: its page (find the editors, read and
 * write pairs…) and its meanings (the Receiver, personalization, delivery notes, its words). Each
 * dashboard implements it in `src/content/<id>/index.ts`, its meanings taken from its row of the
 * table (src/dashboards); the panel knows dashboards only through this interface and no name.
 * Implementations rely only on what the dashboard shows its users.
 */
import type { PanelWords, Personalization, ReceiverSpec } from '../dashboards/row';
import type { MessageKey } from '../shared/i18n';
import type { Pair } from '../shared/payload-codec';

/** The editor's content format and body mode; null when the choice could not be found or read. */
export interface EditorMode {
  json: boolean | null;
  pairs: boolean | null;
}

export type WriteFailure = 'no-add-control' | 'no-remove-control' | 'did-not-stick' | 'gone';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

/** The webhook chosen for the campaign, as the page shows it. */
export interface SelectedWebhook {
  /** '' when nothing is chosen; null when the selector could not be read. */
  name: string | null;
  /** Shown by some pages next to the selector; null when not on the page. */
  url: string | null;
}

/** Where a webhook sends, as the page shows it. */
export interface Destination {
  /**
   * Is it one of Sendbird's (or the relay's)? `unknown` when the page does not say or cannot be
   * read (CleverTap's journey shows no selector): never taken for Sendbird where that matters (a
   * draft restoring itself).
   */
  sendbird: 'yes' | 'no' | 'unknown';
  /** Which of the dashboard's Sendbird routes (its row's `webhook.paths`), when the page tells; else null. */
  route: string | null;
}

/** One documented element of the editor, as the diagnostic report describes it: structure only. */
export interface FoundElement {
  found: boolean;
  /** How it was found, e.g. "button", "div role=button", "input type=radio". */
  how?: string;
}

/** What a maintainer needs to fix a change of the dashboard's page: never values, names or ids. */
export interface DiagnosticReport {
  dashboard: string;
  extensionVersion: string;
  host: string;
  /** How the panel came: recognised on its own, called by hand onto a window, or a floating card. */
  attachedBy: 'recognition' | 'by-hand' | 'floating';
  elements: Record<string, FoundElement & { count?: number; sendbirdSelected?: boolean | 'unknown' }>;
  window: { tag: string; role: string | null } | null;
  row: { tag: string; role: string | null } | null;
}

export interface Dashboard {
  /** A short name for reports, e.g. "CleverTap". */
  name: string;
  /** What the Receiver means here, its default, its words and the choices the panel offers. */
  receiver: ReceiverSpec;
  /** The picker that inserts the dashboard's personalization. */
  personalization: Personalization;
  /** The dashboard's own words in the panel. */
  words: PanelWords;
  /**
   * What the marketer should know about how the dashboard will deliver these values to this
   * destination (e.g. Liquid on CleverTap's multi webhook): message keys, shown beside the status.
   */
  deliveryNotes(destination: Destination, values: readonly string[]): MessageKey[];
  /**
   * Where drafts typed in this editor are kept and offered: a place on the dashboard (never the
   * query), shared by the editors of one campaign, step or template as far as the page tells.
   */
  draftPlace(editor: Element): string;
  /**
   * Where the dashboard has one, a second way to hand over what its rows could not take (Braze: the
   * whole body as one JSON object for its Raw text mode): the text to copy, and the words that say
   * where it goes (with any header it needs). Shown under the pairs to copy by hand.
   */
  bodyToPaste?(pairs: readonly Pair[]): { text: string; how: MessageKey } | null;
  /** Editors on the page now, recognised by their documented, visible facts. */
  findEditors(): HTMLElement[];
  /** A looser search, for when the marketer calls the panel by hand: a visible window holding pairs. */
  findEditorLoosely(): HTMLElement | null;
  /** Puts the panel's host into the editor, where the marketer sees it. */
  placePanel(editor: Element, host: HTMLElement): void;

  readPairs(editor: Element): Pair[];
  /** Makes the editor's extension-owned pairs equal `desired`, touching no other pair. */
  writePairs(editor: Element, desired: readonly Pair[]): Promise<WriteResult>;
  /** Resolves once the editor's rows have rendered (or false after a while). */
  whenRowsReady(editor: Element): Promise<boolean>;
  canWritePairs(editor: Element): boolean;
  readMode(editor: Element): EditorMode;
  /** Chooses the mode the pairs need; only ever called when the marketer asks. */
  switchToPairs(editor: Element): Promise<boolean>;
  /** The editor's own control (Done, Save, ×…) a click landed on, if any. */
  windowControlAt(target: Element): HTMLElement | null;
  /** Does this control of the window save it (Done, Save), rather than discard or test it? */
  isSaveControl(control: Element): boolean;

  /** Where the editor's webhook sends, as far as the page shows it (null: the floating card, no editor). */
  readDestination(editor: Element | null): Destination;

  /** Structure of what was found and what was not, for the diagnostic report. */
  diagnose(editor: Element | null): Omit<DiagnosticReport, 'extensionVersion' | 'attachedBy'>;
}
