import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Only unit tests: Playwright specs live in tests/browser and must not be collected here.
    include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts', 'relay/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
