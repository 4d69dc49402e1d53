/**
 * The workspace's users the stand-in's Test tab sends as: one with a Sendbird ID in a custom
 * attribute and a first name, one whose first name is empty (the `default` filter shows), one
 * without a Sendbird ID (a receiver of `{{custom_attribute.${sendbird_id}}}` renders empty).
 */
import type { LiquidUser } from './liquid';

export interface BrazeTestUser extends LiquidUser {
  userId: string;
  name: string;
}

function user(userId: string, brazeId: string, first: string, last: string, custom: Record<string, string>): BrazeTestUser {
  return {
    userId,
    name: [first, last].filter(Boolean).join(' ') || userId,
    standard: { user_id: userId, braze_id: brazeId, first_name: first, last_name: last, email_address: `${userId}@example.com`, language: 'en' },
    custom,
  };
}

export const BRAZE_TEST_USERS: readonly BrazeTestUser[] = [
  user('user-ann', '65f0a1b2c3d4e5f601234561', 'Ann', 'Lee', { sendbird_id: 'sb-user-ann', 'zip code': '10001', tier: 'gold' }),
  user('user-bo', '65f0a1b2c3d4e5f601234562', '', 'Park', { sendbird_id: 'sb-user-bo', tier: 'silver' }),
  user('user-cy', '65f0a1b2c3d4e5f601234563', 'Cy', 'Kim', { tier: 'bronze' }),
];

export function findTestUser(userId: string): BrazeTestUser | undefined {
  return BRAZE_TEST_USERS.find((u) => u.userId === userId);
}
