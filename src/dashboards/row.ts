/**
 * What one marketing dashboard is, as data: one row of the table (./table.ts). Pure: no DOM, no
 * chrome.* at import, so the background, the popup, the manifest's build, the sandbox, the bench and
 * the lint fences read the same rows the content script does. A dashboard's page knowledge (DOM)
 * lives in `src/content/<id>/`, its pure knowledge (this row, its decoder) in `src/dashboards/<id>/`.
 */
import type { MessageKey } from '../shared/i18n';
import type { WebhookRoutes } from '../shared/sendbird-routes';

/** The Receiver (`sendbird_receiver`): what it means on this dashboard, its default and its words. */
export interface ReceiverSpec {
  /**
   * `property-name`: the name of a profile property the dashboard's webhook carries, which holds
   * the Sendbird user ID (CleverTap); `liquid`: an expression the dashboard renders per user into
   * the Sendbird user ID itself (Braze).
   */
  meaning: 'property-name' | 'liquid';
  /** What the panel starts with, and what an empty Receiver is written as. */
  default: string;
  hint: MessageKey;
  /** Values the panel offers beside free text (may be none). */
  choices: ReadonlyArray<{ value: string; label: MessageKey }>;
}

/** The dashboard's personalization language, as the panel's picker writes it. */
export interface Personalization {
  /** `clevertap-liquid` (`{{Profile.x}}`), `braze-liquid` (`{{${x}}}`, `{{custom_attribute.${x}}}`). */
  dialect: string;
  /** The picker's words: what is named (e.g. "Profile property"), and the note under it. */
  nameLabel: MessageKey;
  note: MessageKey;
  namePlaceholder: string;
  /** Is this a name the expression may hold? */
  isName(name: string): boolean;
  /** The expression for a name with a fallback ('' for none). */
  expression(name: string, fallback: string): string;
}

/** The dashboard's own words in the panel. */
export interface PanelWords {
  eventNameHint: MessageKey;
  /** The editor's body is not in the mode the pairs need (the status offers to switch it). */
  needsPairs: MessageKey;
  /** A documented element was not found: copy by hand. */
  editorChanged: MessageKey;
  /** A preview segment the dashboard fills per user; `$1` is the variable. */
  personalized: MessageKey;
}

/** The popup's setup words for one dashboard: where the Destination URLs go, and each route's labels. */
export interface SetupWords<Id extends string = string> {
  intro: MessageKey;
  introRelay: MessageKey;
  /** Which route to use when (shown under the URLs). */
  whichOne: MessageKey;
  routes: Readonly<Record<Id, { label: MessageKey; copy: MessageKey }>>;
}

export interface DashboardRow<Id extends string = string> {
  /** The folder names: `src/content/<id>/` (the page) and `src/dashboards/<id>/` (pure data). */
  id: string;
  /** As marketers know it, e.g. "CleverTap". */
  name: string;
  /** The exact test of the dashboard's host names (the manifest's patterns may be wider). */
  isHost(hostname: string): boolean;
  /** The manifest's content-script `matches`: the only pages the extension runs on for it. */
  matches: readonly string[];
  /**
   * The manifest's `include_globs`, when `matches` must be wider than the hosts (a match pattern's
   * wildcard is a whole leading label: Braze's `dashboard-NN` hosts need `*.braze.com` narrowed).
   */
  includeGlobs?: readonly string[];
  /** Its content-script entry, and the render signal's style sheet (manifest `js` and `css`). */
  bootstrap: string;
  css: readonly string[];
  /** Its Sendbird Destination routes and header key (from src/shared/sendbird-routes.ts). */
  webhook: WebhookRoutes<Id>;
  receiver: ReceiverSpec;
  personalization: Personalization;
  words: PanelWords;
  setup: SetupWords<Id>;
}

/** A row whose route names are known: keeps `webhook` and `setup` in step at compile time. */
export function dashboardRow<Id extends string>(row: DashboardRow<Id>): DashboardRow<Id> {
  return row;
}
