/** The demo in CleverTap: + Campaign → the Sendbird tile → Go To Editor → a template → Preview and Test. */
import type { DemoWalk } from './walk';

// Accounts named *RELAY* send their Sendbird webhook through the sandbox's relay.
const campaigns = (viaRelay: boolean) => `https://eu1.dashboard.clevertap.com/${viaRelay ? 'SBX-RELAY-ONE-1' : 'SBX-ONE-1'}/campaigns`;

export const clevertapWalk: DemoWalk = {
  id: 'clevertap',
  name: 'CleverTap',
  startUrl: campaigns,
  hint: 'click + Campaign, then the Sendbird tile, then Go To Editor',
  async walk(page, { sandbox, viaRelay, shot }) {
    await page.goto(campaigns(viaRelay));
    await page.getByRole('button', { name: '+ Campaign' }).click();
    const tile = page.getByRole('button', { name: 'Sendbird', exact: true });
    await tile.waitFor();
    await shot(page, 'channel-tile.png', 'screenshot-1-channel-tile.png');

    await tile.click();
    await page.getByRole('button', { name: 'Go To Editor' }).click();
    const panel = page.getByRole('region', { name: 'Sendbird' });
    await panel.getByRole('combobox', { name: 'Sendbird template' }).click();
    await panel.getByRole('option', { name: /^Order shipped/ }).click();
    const field = (name: string) => panel.getByRole('textbox', { name, exact: true });
    await field('First name').fill('{{Profile.first_name | default: "there"}}');
    await field('Order number').fill('A-1001');
    await field('Carrier').fill('DHL Express');
    await field('Tracking link').fill('https://track.example/A-1001');
    await field('Event name').fill('Order shipped');
    await panel.getByRole('status').filter({ hasText: 'Saved to webhook' }).waitFor();
    await shot(page, 'editor-with-panel.png', 'screenshot-2-panel.png');

    const sentBefore = sandbox.sendbird.sends.sent.length;
    const editor = page.locator('[role="dialog"], dialog').filter({ hasText: 'Create Webhook Content' });
    await editor.getByRole('button', { name: 'Preview and Test' }).click();
    await editor.getByText(/^Test sent/).waitFor();
    if (viaRelay && sandbox.sendbird.sends.sent.length === sentBefore) throw new Error("CleverTap's test reached the relay, but the relay sent nothing to Sendbird's send API");
    await editor.locator('pre').scrollIntoViewIfNeeded();
    await shot(editor.locator('pre'), 'payload-preview.png');
  },
};
