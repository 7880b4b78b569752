/**
 * The portfolio: listing every organisation with its verdict (repository + scoring) and the
 * portfolio screen, against a bare Dexie read of the same rows and the same DOM set statically.
 */
import type { Page } from 'playwright-core';
import { probe, toPortfolio } from './browser';
import type { Metric } from './report';
import { metric } from './report';
import { median } from './stats';

export interface PortfolioCase {
  readonly label: string;
  readonly organisations: number;
  /** An organisation whose workbook is opened before each portfolio run (to come back from). */
  readonly awayOrgId: string;
  readonly awayStageId: string;
  readonly runs: number;
}

export async function portfolioBench(page: Page, c: PortfolioCase): Promise<Metric[]> {
  const list: number[] = [];
  const score: number[] = [];
  const bare: number[] = [];
  let rows = 0;
  for (let i = 0; i < c.runs; i += 1) {
    const t = await probe(page, (p) => p.listAndScore(), null);
    list.push(t.listMs);
    score.push(t.scoreMs);
    rows = t.rows;
    bare.push((await probe(page, (p) => p.bareReadPortfolio(), null)).ms);
  }
  const entries = await probe(page, (p) => p.bareReadCurrentEntries(), null);
  if (rows !== c.organisations) {
    throw new Error(
      `${c.label}: the portfolio lists ${rows} organisations, not ${c.organisations}`,
    );
  }

  const screen: number[] = [];
  const render: number[] = [];
  await toPortfolio(page);
  for (let i = 0; i < c.runs; i += 1) {
    await probe(page, (p, a) => p.openWorkbook(a.awayOrgId, a.awayStageId), c);
    const t = await probe(page, (p) => p.openPortfolio(), null);
    screen.push(t.totalMs);
    render.push(t.interactiveMs);
  }
  const html = await probe(page, (p) => p.appHtml(), null);
  const floorPaint: number[] = [];
  for (let i = 0; i < c.runs; i += 1) {
    floorPaint.push((await probe(page, (p, h) => p.floorRender(h), html)).interactiveMs);
    await probe(page, (p) => p.floorDone(), null);
  }
  const data = list.map((l, i) => l + score[i]!);
  return [
    metric({
      id: `portfolio.${c.label}.data`,
      name: `portfolio list + all verdicts (${c.label})`,
      unit: 'ms',
      ours: median(data),
      floor: median(bare),
      target: { kind: 'max', value: 300 },
      samples: data.length,
      note: `${rows} organisations × 3 stages; repository.listPortfolio p50 ${median(list).toFixed(0)} ms + scoring p50 ${median(score).toFixed(1)} ms; floor: bare Dexie toArray of the same rows (organisations, stages, stage marks), one read transaction; for context, a bare read of the current stages' ${entries.rows} entry rows (what the portfolio read before the stage-marks index) takes ${entries.ms.toFixed(0)} ms`,
    }),
    metric({
      id: `portfolio.${c.label}.screen`,
      name: `portfolio screen open → painted (${c.label})`,
      unit: 'ms',
      ours: median(screen),
      floor: median(bare) + median(floorPaint),
      target: { kind: 'max', value: 300 },
      samples: screen.length,
      note: `route change from a workbook → fresh list in the store → table painted; of which render → painted p50 ${median(render).toFixed(0)} ms; floor: the bare read + the same DOM (${(html.length / 1024).toFixed(0)} KB) set statically (p50 ${median(floorPaint).toFixed(0)} ms)`,
    }),
  ];
}
