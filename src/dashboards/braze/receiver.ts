/**
 * Braze's Receiver (braze-host-contract.md, payload contract "On Braze"): Braze sends no profile, so
 * `sendbird_receiver` holds Braze Liquid whose rendered value **is** the Sendbird user ID. The panel
 * offers the Braze user ID (`{{${user_id}}}`, the default), a custom attribute
 * (`{{custom_attribute.${sendbird_id}}}`) or free Liquid. Pure.
 */
import { attributeNameProblem } from './personalization';

export type ReceiverChoice = { kind: 'user-id' } | { kind: 'custom-attribute'; name: string } | { kind: 'liquid'; text: string };

export const BRAZE_DEFAULT_RECEIVER = '{{${user_id}}}';
/** The custom attribute Sendbird's own Braze guide names. */
export const SUGGESTED_RECEIVER_ATTRIBUTE = 'sendbird_id';

export function receiverLiquid(choice: ReceiverChoice): string {
  if (choice.kind === 'user-id') return BRAZE_DEFAULT_RECEIVER;
  if (choice.kind === 'custom-attribute') return `{{custom_attribute.\${${choice.name.trim()}}}}`;
  return choice.text.trim();
}

const CUSTOM_ATTRIBUTE = /^\{\{\s*custom_attribute\.\$\{([^{}|'"%]+)\}\s*\}\}$/;
const USER_ID = /^\{\{\s*\$\{user_id\}\s*\}\}$/;

/** Which choice a stored receiver is (read back from the pairs on reopen); empty reads as the default. */
export function receiverChoiceOf(value: string): ReceiverChoice {
  const trimmed = value.trim();
  if (trimmed === '' || USER_ID.test(trimmed)) return { kind: 'user-id' };
  const custom = CUSTOM_ATTRIBUTE.exec(trimmed);
  if (custom?.[1] && attributeNameProblem(custom[1]) === null) return { kind: 'custom-attribute', name: custom[1].trim() };
  return { kind: 'liquid', text: trimmed };
}

export type ReceiverProblem = 'receiverRequired' | 'receiverNotLiquid' | 'receiverUnbalanced' | 'receiverAttributeName';

const count = (text: string, marker: string) => text.split(marker).length - 1;

/** Liquid's block tags: each opened one must be closed (`{% if %}…{% endif %}`). */
const BLOCKS = ['if', 'unless', 'for', 'case', 'capture'];

function blocksClosed(text: string): boolean {
  const tags = [...text.matchAll(/\{%-?\s*(\w+)/g)].map((match) => match[1] ?? '');
  return BLOCKS.every((block) => tags.filter((tag) => tag === block).length === tags.filter((tag) => tag === 'end' + block).length);
}

/**
 * Why a receiver cannot go into the webhook, or null. A text with no Liquid output would render to
 * the same ID for every user, sending everyone's message to that one user: refused.
 */
export function receiverProblem(choice: ReceiverChoice): ReceiverProblem | null {
  if (choice.kind === 'user-id') return null;
  if (choice.kind === 'custom-attribute') return attributeNameProblem(choice.name) === null ? null : 'receiverAttributeName';
  const text = choice.text.trim();
  if (!text) return 'receiverRequired';
  if (count(text, '{{') !== count(text, '}}') || count(text, '{%') !== count(text, '%}') || !blocksClosed(text)) return 'receiverUnbalanced';
  return /\{\{[\s\S]*?\}\}/.test(text) ? null : 'receiverNotLiquid';
}
