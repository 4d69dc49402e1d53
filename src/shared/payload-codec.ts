/**
 * Payload contract, version 1 (README, "Payload contract"): what the extension writes into a
 * dashboard webhook's key-value pairs, and how it reads them back. Each dashboard's reference
 * decoder of what its webhook sends (run by the sandbox and the relay, never shipped) is with that
 * dashboard's knowledge: src/dashboards/<id>/.
 */

import { setOwn } from './records';

export const PAYLOAD_VERSION = '1';

export const PAYLOAD_KEYS = {
  version: 'sendbird_version',
  template: 'sendbird_template',
  receiver: 'sendbird_receiver',
  eventName: 'sendbird_event_name',
  variablePrefix: 'sendbird_var.',
  /** Every key that starts with this belongs to the extension. */
  ownedPrefix: 'sendbird_',
} as const;

export interface Pair {
  key: string;
  value: string;
}

export interface SendbirdPayload {
  template: string;
  receiver: string;
  eventName: string;
  /** Variable key → value, in the template's order. */
  variables: Record<string, string>;
}

export function isOwnedKey(key: string): boolean {
  return key.startsWith(PAYLOAD_KEYS.ownedPrefix);
}

/**
 * The pairs for a payload, in a stable order: version, template, receiver, event, variables. An
 * empty Receiver is written as the dashboard's default (its row's `receiver.default`).
 */
export function encodePayload(payload: SendbirdPayload, receiverDefault = ''): Pair[] {
  const pairs: Pair[] = [
    { key: PAYLOAD_KEYS.version, value: PAYLOAD_VERSION },
    { key: PAYLOAD_KEYS.template, value: payload.template },
    { key: PAYLOAD_KEYS.receiver, value: payload.receiver.trim() || receiverDefault },
  ];
  if (payload.eventName.trim()) pairs.push({ key: PAYLOAD_KEYS.eventName, value: payload.eventName });
  for (const [key, value] of Object.entries(payload.variables)) {
    pairs.push({ key: PAYLOAD_KEYS.variablePrefix + key, value });
  }
  return pairs;
}

export type ReadResult =
  | { ok: true; payload: SendbirdPayload }
  | { ok: false; reason: 'absent' | 'unknown-version' | 'no-template'; version?: string };

/**
 * Reads a payload back from pairs (from the editor, or from a webhook's key_values); a missing or
 * empty Receiver reads as the dashboard's default.
 */
export function decodePairs(pairs: readonly Pair[], receiverDefault = ''): ReadResult {
  const owned = pairs.filter((p) => isOwnedKey(p.key));
  if (owned.length === 0) return { ok: false, reason: 'absent' };
  const get = (key: string) => owned.find((p) => p.key === key)?.value;
  const version = get(PAYLOAD_KEYS.version)?.trim();
  if (version !== PAYLOAD_VERSION) return { ok: false, reason: 'unknown-version', ...(version ? { version } : {}) };
  const template = get(PAYLOAD_KEYS.template)?.trim();
  if (!template) return { ok: false, reason: 'no-template' };
  const variables: Record<string, string> = {};
  for (const pair of owned) {
    if (pair.key.startsWith(PAYLOAD_KEYS.variablePrefix)) {
      const key = pair.key.slice(PAYLOAD_KEYS.variablePrefix.length);
      if (key && !Object.hasOwn(variables, key)) setOwn(variables, key, pair.value);
    }
  }
  return {
    ok: true,
    payload: {
      template,
      receiver: get(PAYLOAD_KEYS.receiver)?.trim() || receiverDefault,
      // The encoder leaves a blank event name out, so a blank one reads as none.
      eventName: get(PAYLOAD_KEYS.eventName)?.trim() ? (get(PAYLOAD_KEYS.eventName) ?? '') : '',
      variables,
    },
  };
}

export interface RowPlan {
  /** Existing rows (by index) whose value must change. */
  update: Array<{ index: number; key: string; value: string }>;
  /** Existing rows (by index) to remove: owned keys no longer wanted, or duplicates. */
  remove: number[];
  /** Pairs to add as new rows, in order. */
  add: Pair[];
}

/**
 * What to do to the editor's rows so that its owned pairs become `desired`, touching no other row.
 * Owned rows that already hold a wanted key are updated in place; the rest are removed or added.
 */
export function planRows(current: readonly Pair[], desired: readonly Pair[]): RowPlan {
  const wanted = new Map(desired.map((p) => [p.key, p.value]));
  const placed = new Set<string>();
  const plan: RowPlan = { update: [], remove: [], add: [] };
  current.forEach((row, index) => {
    if (!isOwnedKey(row.key)) return;
    if (!wanted.has(row.key) || placed.has(row.key)) {
      plan.remove.push(index);
      return;
    }
    placed.add(row.key);
    const value = wanted.get(row.key) ?? '';
    if (row.value !== value) plan.update.push({ index, key: row.key, value });
  });
  plan.add = desired.filter((p) => !placed.has(p.key));
  return plan;
}

/**
 * Can this key from Sendbird go into a webhook as it is? Keys are written into pair keys and the
 * template key into a value, where the dashboard evaluates Liquid: a key holding Liquid's markers
 * would be run there (or break the webhook), so such a template or variable is refused.
 */
export function isInertKey(key: string): boolean {
  return !/\{\{|\{%|\}\}|%\}/.test(key);
}

/** Liquid tags or output (`{{ … }}`, `{% … %}`): a dashboard renders them per user. */
export function usesLiquid(value: string): boolean {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(value);
}
