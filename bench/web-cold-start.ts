/**
 * Cold start of the browser build (first paint, interactive, portfolio listed) against a static
 * page with the same index.html and the same first screen but no script; and the size of the
 * JavaScript index.html loads eagerly.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server';
import { NAME_SHIM, RENDERER_DIR } from './browser';
import type { Metric } from './report';
import { metric } from './report';
import { median } from './stats';

/** Timestamps taken in the page from document start (performance.now(), navigation-relative). */
const TIMING_SCRIPT = `(() => {
  const t = (window.__cold = {});
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { t[key] = performance.now(); }, 0));
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); painted('dclPainted'); });
  const check = () => {
    const root = document.getElementById('root');
    if (t.rendered === undefined && document.documentElement.dataset.ready === 'true' && root && root.childElementCount > 0) {
      t.rendered = performance.now(); painted('interactive');
    }
    if (t.listed === undefined && document.querySelector('table.grid tbody tr')) {
      t.listed = performance.now(); painted('listedPainted');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

interface ColdTimes {
  readonly fcp: number;
  readonly interactive: number;
  readonly listed: number;
}

async function load(context: BrowserContext, url: string, app: boolean): Promise<ColdTimes> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript({ content: `${NAME_SHIM}\n${TIMING_SCRIPT}` });
    await page.goto(url);
    const key = app ? 'listedPainted' : 'dclPainted';
    await page.waitForFunction(
      (k) =>
        (window as unknown as { __cold: Record<string, number> }).__cold[k] !== undefined &&
        performance.getEntriesByName('first-contentful-paint').length > 0,
      key,
      { timeout: 30_000 },
    );
    const t: Record<string, number | undefined> = await page.evaluate(() => ({
      ...(window as unknown as { __cold: Record<string, number> }).__cold,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    const at = (k: string): number => t[k] ?? Number.NaN;
    return app
      ? { fcp: at('fcp'), interactive: at('interactive'), listed: at('listedPainted') }
      : { fcp: at('fcp'), interactive: at('dclPainted'), listed: at('dclPainted') };
  } finally {
    await page.close();
  }
}

/** A static copy of the built index.html: no script, the app's first screen inlined. */
function staticFloorSite(rootHtml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-floor-'));
  const html = readFileSync(`${RENDERER_DIR}index.html`, 'utf8')
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace('<div id="root"></div>', `<div id="root">${rootHtml}</div>`);
  writeFileSync(join(dir, 'index.html'), html);
  symlinkSync(join(RENDERER_DIR, 'assets'), join(dir, 'assets'));
  return dir;
}

export async function coldStartBench(
  context: BrowserContext,
  appUrl: string,
  rootHtml: string,
  runs: number,
  organisations: number,
): Promise<Metric[]> {
  const site = staticFloorSite(rootHtml);
  const floorServer = await startStaticServer(site, 0);
  const app: ColdTimes[] = [];
  const floor: ColdTimes[] = [];
  try {
    await load(context, appUrl, true);
    await load(context, floorServer.url, false);
    for (let i = 0; i < runs; i += 1) {
      app.push(await load(context, appUrl, true));
      floor.push(await load(context, floorServer.url, false));
    }
  } finally {
    await floorServer.close();
    rmSync(site, { recursive: true, force: true });
  }
  const m = (xs: readonly ColdTimes[], k: keyof ColdTimes): number => median(xs.map((x) => x[k]));
  const common = `fresh tab, HTTP cache disabled (CDP), profile holding ${organisations} organisations; floor: the same index.html and CSS with the app's first screen inlined and no script`;
  return [
    metric({
      id: 'cold.fcp',
      name: 'cold start → first contentful paint',
      unit: 'ms',
      ours: m(app, 'fcp'),
      floor: m(floor, 'fcp'),
      target: { kind: 'none' },
      samples: app.length,
      note: `performance 'first-contentful-paint'; ${common}`,
    }),
    metric({
      id: 'cold.interactive',
      name: 'cold start → interactive',
      unit: 'ms',
      ours: m(app, 'interactive'),
      floor: m(floor, 'interactive'),
      target: { kind: 'none' },
      samples: app.length,
      note: `html[data-ready="true"] with the app rendered, then the next frame painted (floor: DOMContentLoaded, next frame); ${common}`,
    }),
    metric({
      id: 'cold.listed',
      name: 'cold start → portfolio listed',
      unit: 'ms',
      ours: m(app, 'listed'),
      floor: m(floor, 'listed'),
      target: { kind: 'none' },
      samples: app.length,
      note: `first portfolio row in the DOM, next frame painted; ${common}`,
    }),
  ];
}

/** Gzipped size of the JavaScript index.html loads eagerly (entry script and modulepreloads). */
export function initialJsMetric(): Metric {
  const html = readFileSync(`${RENDERER_DIR}index.html`, 'utf8');
  const files = [
    ...html.matchAll(/<script\s[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\s[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!);
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(join(RENDERER_DIR, file));
    raw += bytes.byteLength;
    gz += gzipSync(bytes, { level: 9 }).byteLength;
  }
  const css = [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((match) => gzipSync(readFileSync(join(RENDERER_DIR, match[1]!)), { level: 9 }).byteLength)
    .reduce((a, b) => a + b, 0);
  return metric({
    id: 'size.initial-js',
    name: 'initial JavaScript, gzipped',
    unit: 'KB',
    ours: gz / 1024,
    floor: null,
    target: { kind: 'max', value: 250 },
    note: `${files.length} file(s) loaded eagerly by index.html (${files.join(', ')}), ${(raw / 1024).toFixed(0)} KB raw, gzip -9; CSS ${(css / 1024).toFixed(1)} KB gzipped besides`,
  });
}
