/**
 * The two browser sessions of a run, each on a fresh Chromium profile: realistic data (keystroke,
 * workbook, portfolio, memory, cold start) and stress data (30 KB fields, a large portfolio).
 */
import { heapAfterGc, probe, startBench } from './browser';
import type { BenchBrowser } from './browser';
import { REALISTIC, STRESS, benchRecord } from './data';
import type { Metric } from './report';
import { metric } from './report';
import { coldStartBench } from './web-cold-start';
import { extractionBench } from './web-extraction';
import { keystrokeBench } from './web-keystroke';
import { memoryBench } from './web-memory';
import { portfolioBench } from './web-portfolio';
import { workbookBench } from './web-workbook';

export interface WebOptions {
  readonly samples: number;
  /** Organisations in the stress portfolio. */
  readonly portfolio: number;
  /** Organisations in the realistic profile (and opened in turn by the memory run). */
  readonly realisticOrgs: number;
  readonly coldRuns: number;
  readonly workbookRuns: number;
  readonly rescoreSamples: number;
  /** Pages of the PDF read into the evidence library while typing. */
  readonly extractionPages: number;
}

export interface SessionResult {
  readonly chromium: string;
  readonly metrics: readonly Metric[];
}

const STAGES = 3;
/** The id suffix of each seeded organisation's latest stage. */
export const SUFFIX = `-s${STAGES}`;
const ELEMENT = '1.1.1';

const ids = (prefix: string, from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(from + i).padStart(4, '0')}`);

/** Writes `count` organisations of realistic (or stress) size through the app's repository. */
export async function seed(
  b: BenchBrowser,
  prefix: string,
  count: number,
  stress: boolean,
): Promise<void> {
  const template = benchRecord({
    id: 'template',
    name: stress ? 'Stress University' : 'Northfield University',
    stages: STAGES,
    size: stress ? STRESS : REALISTIC,
    seed: stress ? 11 : 7,
  });
  const started = performance.now();
  // In batches, so no single evaluate runs for minutes.
  for (let from = 0; from < count; from += 50) {
    const n = Math.min(50, count - from);
    await probe(b.page, (p, a) => p.seed(a.template, a.prefix, a.from, a.n), {
      template,
      prefix,
      from,
      n,
    });
  }
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`seeded ${count} organisation(s) ${prefix}… through the repository in ${s} s`);
}

export function log(metrics: readonly Metric[]): readonly Metric[] {
  for (const m of metrics) {
    const floor = m.floor === null ? '' : ` (floor ${m.floor.toFixed(1)})`;
    console.log(`  ${m.name}: ${m.ours.toFixed(1)} ${m.unit}${floor}`);
  }
  return metrics;
}

export async function realisticSession(o: WebOptions): Promise<SessionResult> {
  const b = await startBench();
  try {
    const metrics: Metric[] = [];
    await seed(b, 'real-', o.realisticOrgs, false);
    const orgs = ids('real-', 0, o.realisticOrgs);
    metrics.push(
      ...log(
        await keystrokeBench(b.page, {
          label: 'realistic',
          orgId: orgs[0]!,
          stageId: `${orgs[0]!}${SUFFIX}`,
          element: ELEMENT,
          samples: o.samples,
          debounceSamples: 5,
        }),
      ),
    );
    metrics.push(
      ...log(
        await extractionBench(b.page, {
          orgId: orgs[0]!,
          stageId: `${orgs[0]!}${SUFFIX}`,
          element: ELEMENT,
          pages: o.extractionPages,
          samples: o.samples,
        }),
      ),
    );
    metrics.push(
      ...log(
        await workbookBench(b.page, {
          label: 'realistic',
          orgIds: orgs.slice(1, 2 + o.workbookRuns),
          runs: o.workbookRuns,
          stageSuffix: SUFFIX,
          element: ELEMENT,
          rescoreSamples: o.rescoreSamples,
        }),
      ),
    );
    metrics.push(
      ...log(
        await portfolioBench(b.page, {
          label: `${o.realisticOrgs} organisations`,
          organisations: o.realisticOrgs,
          awayOrgId: orgs[0]!,
          awayStageId: `${orgs[0]!}${SUFFIX}`,
          runs: o.workbookRuns,
        }),
      ),
    );
    metrics.push(...log(await memoryBench(b.page, b.cdp, { orgIds: orgs, stageSuffix: SUFFIX })));
    const rootHtml = await b.page.evaluate(() => document.getElementById('root')?.innerHTML ?? '');
    metrics.push(
      ...log(
        await coldStartBench(b.chrome.context, b.server.url, rootHtml, o.coldRuns, orgs.length),
      ),
    );
    return { chromium: b.chrome.browser.version(), metrics };
  } finally {
    await b.close();
  }
}

export async function stressSession(o: WebOptions): Promise<SessionResult> {
  const b = await startBench();
  try {
    const metrics: Metric[] = [];
    const stressCount = Math.min(3, o.portfolio);
    await seed(b, 'stress-', stressCount, true);
    const orgs = ids('stress-', 0, stressCount);
    metrics.push(
      ...log(
        await keystrokeBench(b.page, {
          label: 'stress',
          orgId: orgs[0]!,
          stageId: `${orgs[0]!}${SUFFIX}`,
          element: ELEMENT,
          samples: o.samples,
          debounceSamples: 0,
        }),
      ).filter((m) => !m.id.endsWith('.debounced')),
    );
    metrics.push(
      ...log(
        await workbookBench(b.page, {
          label: 'stress',
          orgIds: orgs,
          runs: Math.max(2, Math.ceil(o.workbookRuns / 2)),
          stageSuffix: SUFFIX,
          element: ELEMENT,
          rescoreSamples: o.rescoreSamples,
        }),
      ),
    );
    await seed(b, 'port-', o.portfolio - stressCount, false);
    metrics.push(
      ...log(
        await portfolioBench(b.page, {
          label: `${o.portfolio} organisations`,
          organisations: o.portfolio,
          awayOrgId: orgs[0]!,
          awayStageId: `${orgs[0]!}${SUFFIX}`,
          runs: 2,
        }),
      ),
    );
    const heap = await heapAfterGc(b.cdp);
    metrics.push(
      ...log([
        metric({
          id: 'memory.heap.portfolio-stress',
          name: `renderer heap with the ${o.portfolio}-organisation portfolio listed`,
          unit: 'MB',
          ours: heap / 2 ** 20,
          floor: null,
          target: { kind: 'none' },
          note: "after GC; the store keeps each organisation's current stage with all its entries (PortfolioRow.currentStage)",
        }),
      ]),
    );
    return { chromium: b.chrome.browser.version(), metrics };
  } finally {
    await b.close();
  }
}
