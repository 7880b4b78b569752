import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // npm start builds the app: it runs with the browser suite, one file at a time, not beside
    // the unit suites (vitest.e2e.config.ts).
    exclude: ['test/e2e-web/**', 'test/scripts/start-desktop.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
