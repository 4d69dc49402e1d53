import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Only unit tests: Playwright specs live in tests/browser and must not be collected here.
    include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts', 'relay/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // One test file per core. Vitest's default keeps a core for its own process, which waits idle:
    // on this two-core machine that ran every file one after the other (95 s against 62 s).
    maxWorkers: availableParallelism(),
    // Unit tests assert outcomes, never speed (speed is the bench's job): a property test's
    // thousands of runs took 7 s against vitest's 5 s default on a busy machine. A hang still fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
