/**
 * Typing while a long PDF is being read into the evidence library (worker extraction, then one
 * transaction): keystroke → committed against the bare put, both measured during the extraction.
 */
import type { Page } from 'playwright-core';
import { makePdf } from '../test/evidence/make-files';
import { elementDomId, probe, toPortfolio } from './browser';
import { evidenceText } from './data';
import type { Metric } from './report';
import { metric } from './report';
import { median, quantile } from './stats';

export interface ExtractionCase {
  readonly orgId: string;
  readonly stageId: string;
  readonly element: string;
  readonly pages: number;
  readonly samples: number;
}

/** A long policy document: `pages` pages of numbered evidence-like text (deterministic). */
async function bigPdf(pages: number): Promise<Uint8Array> {
  let seed = 99;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return makePdf(
    Array.from({ length: pages }, (_, i) => ({
      ...(i % 10 === 0 ? { heading: `Section ${i / 10 + 1}` } : {}),
      paragraphs: [evidenceText(random, 1_400), evidenceText(random, 1_400)],
    })),
  );
}

export async function extractionBench(page: Page, c: ExtractionCase): Promise<Metric[]> {
  const pdf = await bigPdf(c.pages);
  await toPortfolio(page);
  await probe(page, (p, a) => p.openWorkbook(a.orgId, a.stageId), c);
  const field = `#${elementDomId(c.element)}-kq`;
  await page.focus(field);
  await page.keyboard.press('Control+End');
  let seq = await probe(page, (p) => p.armKeystrokes(true), null);
  await probe(page, (p, a) => p.startExtraction(a.orgId, 'long-policy.pdf', a.base64), {
    orgId: c.orgId,
    base64: Buffer.from(pdf).toString('base64'),
  });
  const ours: number[] = [];
  const floor: number[] = [];
  let pagesSeen = 0;
  while (ours.length < c.samples) {
    await page.keyboard.type('x');
    const sample = await probe(page, (p, n) => p.awaitCommit(n, 30_000), ++seq);
    const bare = await probe(page, (p, a) => p.bareDexiePut(p.entryRow(a.stageId, a.element)), c);
    const state = await probe(page, (p) => p.extractionState(), null);
    if (!state.running) break;
    pagesSeen = Math.max(pagesSeen, state.progress?.done ?? 0);
    ours.push(sample.ms);
    floor.push(bare);
  }
  const deadline = Date.now() + 180_000;
  let state = await probe(page, (p) => p.extractionState(), null);
  while (state.running && Date.now() < deadline) {
    await page.waitForTimeout(250);
    state = await probe(page, (p) => p.extractionState(), null);
  }
  if (state.error !== null || state.added !== 1) {
    throw new Error(`the PDF was not added to the library: ${state.error ?? state.added}`);
  }
  const kb = (pdf.byteLength / 1024).toFixed(0);
  return [
    metric({
      id: 'keystroke.during-extraction.p95',
      name: `keystroke → committed p95 while a ${c.pages}-page PDF is read`,
      unit: 'ms',
      ours: quantile(ours, 0.95),
      floor: quantile(floor, 0.95),
      target: { kind: 'ratio', value: 2 },
      samples: ours.length,
      note: `keystrokes into ${c.element} key questions while the PDF (${kb} KB) was being extracted in the worker and saved (up to page ${pagesSeen} seen); p50 ${median(ours).toFixed(1)} ms; floor: bare Dexie put of the same entry row, measured in between`,
    }),
  ];
}
