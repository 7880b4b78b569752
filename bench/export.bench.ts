/**
 * Export benchmark (not part of `npm test`): `npx tsx bench/export.bench.ts [runs]`.
 *
 * Times our exports of the sample record's initial assessment against a bare library write of
 * the same content in the same process, interleaved, and reports medians and the ratio
 * (target ≤ 1.2). Results go to stdout and bench/export-results.json (bench/run.ts includes them in bench/results.json).
 *
 * Honest comparison: the bare XLSX write (bench/export-floors.ts, shared with the long-evidence
 * suite) sets exactly what our spec holds, straight through exceljs;
 * ours includes building the spec from the record. The bare PDF write hands the same document
 * definition to pdfmake with the fonts already registered; ours includes building the definition
 * from the record and injecting the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { readExchangeText } from '../shared/exchange/read';
import { buildRecordReport } from '../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../shared/export/pdf/build-summary-report';
import type { PdfMakeLike } from '../shared/export/pdf/render-pdf';
import { REPORT_FONT, REPORT_FONT_FILES, renderPdf } from '../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../shared/export/xlsx/render-workbook';
import { loadReportFonts } from '../src-cli/fonts';
import { bareXlsx } from './export-floors';

const ROOT = new URL('..', import.meta.url).pathname;
const STAGE = 'stage-ia-2015';
const OPTIONS = { generatedAt: '2025-05-01T09:30:00Z' };
const TARGET = 1.2;

export interface BenchCase {
  readonly name: string;
  readonly runs: number;
  readonly oursMs: number;
  readonly bareMs: number;
  readonly ratio: number;
  readonly withinTarget: boolean;
}

export interface BenchResults {
  readonly node: string;
  readonly target: number;
  readonly cases: readonly BenchCase[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** One warm-up each, then `runs` interleaved pairs; medians and their ratio. */
async function compare(
  name: string,
  runs: number,
  ours: () => Promise<unknown>,
  bare: () => Promise<unknown>,
): Promise<BenchCase> {
  await ours();
  await bare();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(await time(ours));
    b.push(await time(bare));
  }
  const oursMs = median(a);
  const bareMs = median(b);
  const ratio = oursMs / bareMs;
  return { name, runs, oursMs, bareMs, ratio, withinTarget: ratio <= TARGET };
}

export async function runExportBench(runs = 7): Promise<BenchResults> {
  const read = readExchangeText(readFileSync(`${ROOT}test/fixtures/sample-record.json`, 'utf8'));
  if (!read.ok) throw new Error('the sample record does not read');
  const record = read.value.record;
  const ExcelJS = (await import('exceljs')).default;
  const pdfmake = (await import('pdfmake')).default;
  const vfs = (pdfmake as PdfMakeLike).virtualfs;
  if (!vfs) throw new Error('pdfmake has no virtual file system');
  const fonts = await loadReportFonts();

  const spec = buildWorkbookSpec(record, STAGE, OPTIONS);
  const xlsx = await compare(
    'xlsx workbook (57 elements, 9 sheets)',
    runs,
    async () => renderWorkbook(buildWorkbookSpec(record, STAGE, OPTIONS), ExcelJS),
    bareXlsx(ExcelJS, spec),
  );

  // Bare pdfmake: the fonts registered once, the definition built once, then createPdf alone.
  const files: Record<string, string> = {};
  for (const [face, file] of Object.entries(REPORT_FONT_FILES)) {
    vfs.writeFileSync(`bare-${file}`, fonts.faces[face as keyof typeof fonts.faces]);
    files[face] = `bare-${file}`;
  }
  const barePdf = (definition: TDocumentDefinitions) => async () => {
    pdfmake.setFonts({
      [REPORT_FONT]: files as Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>,
    });
    return pdfmake.createPdf(definition).getBuffer();
  };
  const cases = [xlsx];
  for (const [name, build] of [
    ['pdf record report (landscape, all elements)', buildRecordReport],
    ['pdf summary report', buildSummaryReport],
  ] as const) {
    const definition = build(record, STAGE, OPTIONS);
    cases.push(
      await compare(
        name,
        Math.max(3, Math.round(runs * 0.7)),
        async () => renderPdf(build(record, STAGE, OPTIONS), { pdfmake, fonts }),
        barePdf(definition),
      ),
    );
  }
  return { node: process.version, target: TARGET, cases };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? '7');
  const results = await runExportBench(Number.isInteger(runs) && runs > 0 ? runs : 7);
  for (const c of results.cases) {
    console.log(
      `${c.name.padEnd(46)} ours ${c.oursMs.toFixed(0).padStart(5)} ms   bare ${c.bareMs.toFixed(0).padStart(5)} ms   ratio ${c.ratio.toFixed(2)} ${c.withinTarget ? '✓' : `✗ (target ≤ ${TARGET})`}`,
    );
  }
  writeFileSync(`${ROOT}bench/export-results.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/export-results.json');
}
