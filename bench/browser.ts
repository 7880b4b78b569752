/**
 * The browser side of the benchmarks: the benchmark site (bench/probe-build.ts: the product's
 * built renderer plus probe.html) served on 127.0.0.1, Debian Chromium driven through
 * playwright-core (the browser suite's own launcher), and probe.html's measuring points
 * (bench/probe/probe.ts).
 */
import { rmSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server';
import type { RunningServer } from '../scripts/static-server';
import type { FieldbookProbe, KeystrokeSample } from './probe-api';
import { newProfileDir, openApp, startChromium } from '../test/e2e-web/support/chromium';
import type { RunningChromium } from '../test/e2e-web/support/chromium';

export type { FieldbookProbe, KeystrokeSample };

/**
 * The site to serve: `out/bench-renderer` (its index.html and assets are the product build's), or
 * `BENCH_RENDERER_DIR` to bench another build made the same way.
 */
export const RENDERER_DIR =
  process.env.BENCH_RENDERER_DIR ?? new URL('../out/bench-renderer/', import.meta.url).pathname;

/** The benchmark page, beside the product's index.html. */
const PROBE_PAGE = 'probe.html';

/**
 * esbuild (through tsx) may wrap functions in `__name(...)`; functions handed to
 * `page.evaluate` then run in the page without that helper. A no-op one keeps them working.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

export interface BenchBrowser {
  readonly chrome: RunningChromium;
  readonly server: RunningServer;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/** Opens the benchmark page at `query` on the portfolio and waits for its probe. */
export async function openWithProbe(page: Page, serverUrl: string, query = 'probe'): Promise<void> {
  await page.goto(`${serverUrl}${PROBE_PAGE}?${query}#/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  await page.waitForFunction(() => window.fieldbookProbe !== undefined, undefined, {
    timeout: 20_000,
  });
}

/** Starts Chromium on a fresh profile and opens the app with its probe on the portfolio. */
export async function startBench(): Promise<BenchBrowser> {
  const server = await startStaticServer(RENDERER_DIR, 0);
  const chrome = await startChromium(newProfileDir());
  await chrome.context.addInitScript({ content: NAME_SHIM });
  const page = await openApp(chrome.context, `${server.url}${PROBE_PAGE}?probe#/`);
  await page.waitForFunction(() => window.fieldbookProbe !== undefined, undefined, {
    timeout: 20_000,
  });
  const cdp = await chrome.context.newCDPSession(page);
  return {
    chrome,
    server,
    page,
    cdp,
    async close() {
      await chrome.close();
      await server.close();
      // A stress profile holds ~0.5 GB of IndexedDB; nothing in it is needed after the run.
      rmSync(chrome.profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Calls the page's probe: `fn` runs in the page with the probe and `arg` (JSON). It is sent as
 * an expression through DevTools, which the page's CSP does not govern (no eval in the page).
 */
export function probe<A, R>(
  page: Page,
  fn: (p: FieldbookProbe, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const expression = `(() => {
    const p = window.fieldbookProbe;
    if (!p) throw new Error('the page has no probe: open probe.html');
    return (${fn.toString()})(p, ${JSON.stringify(arg)});
  })()`;
  return page.evaluate(expression) as Promise<R>;
}

/** Goes to the portfolio unless the page is there already (the probe refuses a no-op route). */
export async function toPortfolio(page: Page): Promise<void> {
  const hash = await page.evaluate(() => window.location.hash);
  if (hash !== '#/' && hash !== '') await probe(page, (p) => p.openPortfolio(), null);
}

/** Renderer heap in use after forcing garbage collection twice (CDP), in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

export function elementDomId(element: string): string {
  return `el-${element.replaceAll('.', '-')}`;
}
