/**
 * Builds the benchmark site, out/bench-renderer: a copy of the product's built renderer
 * (out/renderer, index.html untouched) plus the benchmark page probe.html
 * (bench/vite.probe.config.ts). Run after the product build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url).pathname;
const PRODUCT = `${ROOT}out/renderer`;
export const BENCH_SITE = `${ROOT}out/bench-renderer`;

/** Copies the product build and builds probe.html beside it; throws when either is missing. */
export function buildProbeSite(): void {
  if (!existsSync(`${PRODUCT}/index.html`)) {
    throw new Error('out/renderer has no index.html: build the product first (npm run build)');
  }
  rmSync(BENCH_SITE, { recursive: true, force: true });
  cpSync(PRODUCT, BENCH_SITE, { recursive: true });
  console.log('building the benchmark page (npx vite build -c bench/vite.probe.config.ts)…');
  const result = spawnSync('npx', ['vite', 'build', '-c', 'bench/vite.probe.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('the benchmark page did not build; nothing was measured');
}
