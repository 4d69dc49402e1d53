import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/browser',
  // Each worker launches its own Chromium and sandbox (and a second Chromium without the extension
  // where it runs the stand-ins' own tests); two match this machine's two cores.
  workers: 2,
  fullyParallel: true,
  // Margin for a machine twice as slow, or one whose other core is busy: a test here needs a few
  // seconds, and none should need more than a third of this.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // No trace by default: recording one costs a third of the suite's time even when it is thrown
  // away. A failure still leaves a screenshot of each page and each page's accessibility tree
  // (tests/browser/fixtures.ts); `npx playwright test --trace=on` records traces when one is needed.
  use: { trace: 'off', screenshot: 'only-on-failure', actionTimeout: 20_000 },
});
