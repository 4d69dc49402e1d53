/** CleverTap webhook bodies as the extension's pairs make them (payload-codec.ts writes the pairs). */
import { encodePayload } from '../../src/shared/payload-codec';

export const TEMPLATE = 'order_shipped';

export function pairs(variables: Record<string, string> = { first_name: 'there' }, template = TEMPLATE): Record<string, string> {
  return Object.fromEntries(encodePayload({ template, receiver: 'SendbirdID', eventName: '', variables }).map((p) => [p.key, p.value]));
}

/**
 * Each body gets its own campaign id, so that no test's request is a repeat of another's (the relay
 * drops repeats); a test that means to repeat a request sends the same body twice.
 */
let campaign = 1000;

export interface Profile {
  identity?: string;
  profileData: Record<string, string>;
  key_values?: Record<string, string>;
}

/** `count` users `user-<i>`, each with its own first name in its own key_values (CleverTap's per-user override). */
export function broadcast(count: number): { targetId: number; key_values: Record<string, string>; profiles: Profile[] } {
  const profiles: Profile[] = [];
  for (let i = 0; i < count; i += 1) {
    profiles.push({ profileData: { SendbirdID: `user-${i}` }, key_values: { 'sendbird_var.first_name': `Name ${i}` } });
  }
  return { targetId: campaign++, key_values: pairs(), profiles };
}

export function singleProfile(userId = 'sb-user-ann', firstName = 'Ann') {
  return { targetId: campaign++, key_values: pairs({ first_name: firstName }), profiles: { identity: 'ann@example.com', profileData: { SendbirdID: userId } } };
}

/**
 * Braze's flat per-user body as the extension's pairs make it, after Braze rendered the receiver to
 * `userId`; a marketer pair (`braze_send`) makes each body its own request for the repeat window.
 */
let brazeSend = 1;
export function brazeBody(userId: string, firstName = 'Ann', template = TEMPLATE): Record<string, string | number> {
  const written = Object.fromEntries(encodePayload({ template, receiver: '{{${user_id}}}', eventName: '', variables: { first_name: firstName } }).map((p) => [p.key, p.value]));
  return { ...written, sendbird_receiver: userId, braze_send: brazeSend++ };
}
