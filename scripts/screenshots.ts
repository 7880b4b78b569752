/**
 * `npm run screenshots`: regenerates docs/screenshots from the browser suite's screen tour
 * (test/e2e-web/screens-*.test.ts, and the assessment report's report.test.ts), which checks every screen and dialog with axe and keeps a
 * screenshot of each. Run after `npm run build` (the npm script builds first).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    'test/e2e-web/screens-records.test.ts',
    'test/e2e-web/screens-evidence.test.ts',
    'test/e2e-web/report.test.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      SCREENSHOTS_DIR: fileURLToPath(new URL('../docs/screenshots/', import.meta.url)),
    },
  },
);
process.exit(result.status ?? 1);
