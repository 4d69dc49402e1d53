/**
 * What the Sendbird panel needs from a marketing dashboard's page. CleverTap implements it in
 * `clevertap/`; a second dashboard is a new folder implementing the same interface, and the panel
 * does not change. Implementations rely only on what the dashboard shows its users.
 */
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
   * Is it one of Sendbird's? `unknown` when the page shows no selector (a journey) or one that
   * cannot be read: never taken for Sendbird where that matters (a draft restoring itself).
   */
  sendbird: 'yes' | 'no' | 'unknown';
  /** Sendbird's broadcast (multi) endpoint: Liquid there makes the dashboard send one request per user. */
  multi: boolean;
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

  /** Where the editor's webhook sends, as far as the page shows it. */
  readDestination(): Destination;

  /** Structure of what was found and what was not, for the diagnostic report. */
  diagnose(editor: Element | null): Omit<DiagnosticReport, 'extensionVersion' | 'attachedBy'>;
}
