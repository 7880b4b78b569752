/**
 * Renderer memory: the JS heap after opening organisations one after another (workbook, then
 * back to the portfolio), garbage collected through CDP before every reading.
 */
import type { CDPSession, Page } from 'playwright-core';
import { heapAfterGc, probe, toPortfolio } from './browser';
import type { Metric } from './report';
import { metric } from './report';

export interface MemoryCase {
  readonly orgIds: readonly string[];
  readonly stageSuffix: string;
}

const MB = 2 ** 20;

export async function memoryBench(page: Page, cdp: CDPSession, c: MemoryCase): Promise<Metric[]> {
  await toPortfolio(page);
  await probe(page, (p, a) => p.openWorkbook(a.id, a.stage), {
    id: c.orgIds[0]!,
    stage: `${c.orgIds[0]!}${c.stageSuffix}`,
  });
  await probe(page, (p) => p.openPortfolio(), null);
  const start = await heapAfterGc(cdp);
  const readings: number[] = [];
  for (const id of c.orgIds) {
    await probe(page, (p, a) => p.openWorkbook(a.id, a.stage), {
      id,
      stage: `${id}${c.stageSuffix}`,
    });
    await probe(page, (p) => p.openPortfolio(), null);
    readings.push(await heapAfterGc(cdp));
  }
  const end = readings[readings.length - 1] ?? start;
  const peak = Math.max(...readings);
  const growth = (100 * (end - start)) / start;
  return [
    metric({
      id: 'memory.heap.start',
      name: 'renderer heap on the portfolio, after GC',
      unit: 'MB',
      ours: start / MB,
      floor: null,
      target: { kind: 'none' },
      note: 'Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage (twice)',
    }),
    metric({
      id: 'memory.heap.growth',
      name: `heap growth after opening ${c.orgIds.length} organisations`,
      unit: '%',
      ours: growth,
      floor: null,
      target: { kind: 'max', value: 20 },
      samples: readings.length,
      note: `start ${(start / MB).toFixed(1)} MB, end ${(end / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB; each organisation: workbook of its latest stage, then the portfolio, GC, reading`,
    }),
  ];
}
