/**
 * The campaign's *Start here* → **Webhook** selector: which webhook is chosen (its visible name, and
 * its Destination URL when the page shows one), and choosing one. A native <select> or a custom
 * combobox/listbox, found by the visible label "Webhook".
 */
import type { SelectedWebhook } from '../dashboard';
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

export function readSelectedWebhook(root: Document = document): SelectedWebhook | null {
  const control = findWebhookSelector(root);
  if (!control) return null;
  const name =
    control instanceof HTMLSelectElement
      ? control.value
        ? clean(control.selectedOptions[0]?.textContent)
        : ''
      : clean(control.textContent);
  // Some dashboards show the Destination URL near the selector; look only in its own block.
  const block = control.parentElement?.parentElement ?? control.parentElement;
  const url = clean(block?.textContent).match(URL_PATTERN)?.[0] ?? null;
  return { name, url };
}

/** The names a selector offers (opening a custom list when it has to). */
async function optionsOf(control: HTMLElement): Promise<HTMLElement[]> {
  if (control instanceof HTMLSelectElement) return [...control.options];
  const listOf = () => {
    const id = control.getAttribute('aria-controls') ?? control.getAttribute('aria-owns');
    const list = id ? document.getElementById(id) : null;
    return list ? [...list.querySelectorAll<HTMLElement>('[role="option"]')] : [];
  };
  if (listOf().length === 0) {
    control.click();
    await waitFor(document.body, () => listOf().length > 0, 2000);
  }
  return listOf();
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
