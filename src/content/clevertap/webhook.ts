/**
 * The campaign's *Start here* → **Webhook** selector: which webhook is chosen (its visible name, and
 * its Destination URL when the page shows one), and choosing one. A native <select> or a custom
 * combobox/listbox, found by the visible label "Webhook".
 */
import type { Destination, SelectedWebhook } from '../dashboard';
import { CLEVERTAP_WEBHOOK_ROUTES, sendbirdRouteOf } from '../../shared/sendbird-routes';
import { normalizeText as clean } from '../dom/text';
import { chooseOption } from '../dom/type-into';
import { waitFor } from '../dom/wait';
import { CLEVERTAP_TEXT } from './texts';

const URL_PATTERN = /https:\/\/[^\s"'<>]+/g;

/** Admins are told to name the webhooks "Sendbird single" and "Sendbird multi" (CleverTap's guide). */
export function isSendbirdWebhookName(name: string): boolean {
  return /sendbird/i.test(name);
}

export function isMultiWebhookName(name: string): boolean {
  return /\bmulti\b/i.test(name);
}

function isWebhookLabel(element: Element): boolean {
  return clean(element.textContent) === CLEVERTAP_TEXT.webhookLabel;
}

/** The selector control: a labelled <select>, or an element labelled "Webhook" by aria. */
export function findWebhookSelector(root: Document = document): HTMLElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (isWebhookLabel(label) && label.control) return label.control;
  }
  for (const control of root.querySelectorAll<HTMLElement>('select,[role="combobox"],[role="listbox"],[aria-haspopup]')) {
    if (control.getAttribute('aria-label') === CLEVERTAP_TEXT.webhookLabel) return control;
    const labelledBy = control.getAttribute('aria-labelledby');
    if (!labelledBy) continue;
    for (const id of labelledBy.split(/\s+/)) {
      const label = root.getElementById(id);
      if (label && isWebhookLabel(label)) return control;
    }
  }
  return null;
}

const OPTION = '[role="option"]';
const SELECTED_OPTION = '[role="option"][aria-selected="true"],[role="option"][aria-checked="true"]';

/** The options a custom selector holds, or lists through aria-controls / aria-owns. */
function customOptions(control: HTMLElement, root: Document): HTMLElement[] {
  const inside = [...control.querySelectorAll<HTMLElement>(OPTION)];
  if (inside.length > 0) return inside;
  const id = control.getAttribute('aria-controls') ?? control.getAttribute('aria-owns');
  const list = id ? root.getElementById(id) : null;
  return list ? [...list.querySelectorAll<HTMLElement>(OPTION)] : [];
}

/**
 * The chosen webhook's visible name: the selected option of a native select, the value of a
 * combobox input, the option a custom list marks selected, or the text a closed combobox shows.
 * '' when nothing is chosen; null when the selector cannot be read (a list showing its options
 * with none marked selected while holding other words): unknown, never taken for Sendbird.
 */
function selectedName(control: HTMLElement, root: Document): string | null {
  if (control instanceof HTMLSelectElement) return control.value ? clean(control.selectedOptions[0]?.textContent) : '';
  if (control instanceof HTMLInputElement) return clean(control.value);
  const selected = control.querySelector(SELECTED_OPTION) ?? (control.querySelector(OPTION) ? null : customOptions(control, root).find((o) => o.matches(SELECTED_OPTION)));
  if (selected) return clean(selected.textContent);
  // Options inside the control but none marked: its words are every option's, not the choice.
  if (control.querySelector(OPTION)) return null;
  return clean(control.textContent);
}

export function readSelectedWebhook(root: Document = document): SelectedWebhook | null {
  const control = findWebhookSelector(root);
  if (!control) return null;
  // Some dashboards show the Destination URL near the selector; look only in its own block.
  const block = control.parentElement?.parentElement ?? control.parentElement;
  const url = clean(block?.textContent).match(URL_PATTERN)?.[0] ?? null;
  return { name: selectedName(control, root), url };
}

/**
 * Is the chosen webhook a Sendbird one: by its name (admins are told to name them so) or by a
 * Sendbird Destination URL the page shows beside it.
 */
export function destinationOf(webhook: SelectedWebhook | null): Destination {
  if (!webhook) return { sendbird: 'unknown', route: null };
  const byUrl = webhook.url === null ? null : sendbirdRouteOf(webhook.url, CLEVERTAP_WEBHOOK_ROUTES);
  if (byUrl) return { sendbird: 'yes', route: byUrl };
  if (webhook.name === null) return { sendbird: 'unknown', route: null };
  if (!isSendbirdWebhookName(webhook.name)) return { sendbird: 'no', route: null };
  // By its name only the multi endpoint is told apart (admins name them "Sendbird single" / "… multi").
  return { sendbird: 'yes', route: isMultiWebhookName(webhook.name) ? 'multi' : null };
}

/** The names a selector offers (opening a custom list when it has to). */
async function optionsOf(control: HTMLElement): Promise<HTMLElement[]> {
  if (control instanceof HTMLSelectElement) return [...control.options];
  if (customOptions(control, document).length === 0) {
    control.click();
    await waitFor(document.body, () => customOptions(control, document).length > 0, 2000);
  }
  return customOptions(control, document);
}

/**
 * Picks the one webhook whose name passes `matches`. Returns how many matched; picks nothing
 * unless exactly one did (a custom list is then left open for the marketer).
 */
export async function selectOnlyWebhook(matches: (name: string) => boolean, timeoutMs = 5000): Promise<number> {
  if (!(await waitFor(document.body, () => findWebhookSelector() !== null, timeoutMs))) return 0;
  const control = findWebhookSelector();
  if (!control) return 0;
  if (control instanceof HTMLSelectElement) {
    await waitFor(control, () => control.options.length > 1, timeoutMs);
  }
  const options = await optionsOf(control);
  const hits = options.filter((option) => matches(clean(option.textContent)));
  const [only] = hits;
  if (hits.length !== 1 || !only) return hits.length;
  if (control instanceof HTMLSelectElement && only instanceof HTMLOptionElement) {
    chooseOption(control, only.value);
  } else {
    only.click();
  }
  return 1;
}
