import { defineConfig } from 'vitest/config';

/**
 * The browser suite (built renderer in Debian's Chromium) and `npm start` with a stand-in
 * Electron, one file at a time.
 */
export default defineConfig({
  test: {
    include: ['test/e2e-web/**/*.test.ts', 'test/scripts/start-desktop.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
