/**
 * Builds the benchmark site, out/bench-renderer: a copy of the product's built renderer
 * (out/renderer, index.html untouched) plus the benchmark page probe.html
 * (bench/vite.probe.config.ts). Run after the product build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url).pathname;
const PRODUCT = `${ROOT}out/renderer`;
export const BENCH_SITE = `${ROOT}out/bench-renderer`;

const PRODUCT_SCRIPT = '<script type="module" src="./main.tsx"></script>';

/**
 * Writes bench/probe/probe.html (not kept in git): the product's index.html, whose script is
 * the benchmark page's entry instead, so that both pages load the same way.
 */
function writeProbePage(): void {
  const html = readFileSync(`${ROOT}src-renderer/index.html`, 'utf8');
  if (!html.includes(PRODUCT_SCRIPT)) {
    throw new Error(
      `src-renderer/index.html no longer loads ${PRODUCT_SCRIPT}: update bench/probe-build.ts`,
    );
  }
  const page = html.replace(PRODUCT_SCRIPT, '<script type="module" src="./main.ts"></script>');
  writeFileSync(`${ROOT}bench/probe/probe.html`, page);
}

/** Copies the product build and builds probe.html beside it; throws when either is missing. */
export function buildProbeSite(): void {
  if (!existsSync(`${PRODUCT}/index.html`)) {
    throw new Error('out/renderer has no index.html: build the product first (npm run build)');
  }
  rmSync(BENCH_SITE, { recursive: true, force: true });
  writeProbePage();
  cpSync(PRODUCT, BENCH_SITE, { recursive: true });
  console.log('building the benchmark page (npx vite build -c bench/vite.probe.config.ts)…');
  const result = spawnSync('npx', ['vite', 'build', '-c', 'bench/vite.probe.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('the benchmark page did not build; nothing was measured');
}
