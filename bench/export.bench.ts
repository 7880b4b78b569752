/**
 * Export benchmark (not part of `npm test`): `npx tsx bench/export.bench.ts [runs]`.
 *
 * Times our exports of the sample record's initial assessment against a bare library write of
 * the same content in the same process, interleaved, and reports medians and the ratio
 * (target ≤ 1.2). Results go to stdout and bench/export-results.json (bench/run.ts includes them in bench/results.json).
 *
 * Honest comparison: the bare XLSX write sets exactly the cells, styles, merges, validations,
 * highlights and page setup our spec holds (extracted before timing), straight through exceljs;
 * ours includes building the spec from the record. The bare PDF write hands the same document
 * definition to pdfmake with the fonts already registered; ours includes building the definition
 * from the record and injecting the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { DataValidation, Style } from 'exceljs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { readExchangeText } from '../shared/exchange/read';
import { buildRecordReport } from '../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../shared/export/pdf/build-summary-report';
import type { PdfMakeLike } from '../shared/export/pdf/render-pdf';
import { REPORT_FONT, REPORT_FONT_FILES, renderPdf } from '../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../shared/export/xlsx/build-workbook';
import type { ExcelJsModule } from '../shared/export/xlsx/render-workbook';
import { renderWorkbook, toExcelStyle } from '../shared/export/xlsx/render-workbook';
import type { WorkbookSpec } from '../shared/export/xlsx/spec';
import { loadReportFonts } from '../src-cli/fonts';

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

/** The same workbook written straight through exceljs from pre-extracted cells and styles. */
function bareWorkbook(ExcelJS: ExcelJsModule, spec: WorkbookSpec): () => Promise<unknown> {
  const styles = new Map(
    Object.entries(spec.styles).map(([k, v]) => [k, toExcelStyle(v)] as const),
  );
  const sheets = spec.sheets.map((s) => ({
    ...s,
    cells: s.rows.map((r) =>
      r.cells.map((c) =>
        c === null ? null : { value: c.value, style: c.style ? styles.get(c.style) : undefined },
      ),
    ),
  }));
  const dxf = (name: string): Partial<Style> => {
    const st = spec.styles[name] ?? {};
    return {
      font: { bold: st.bold === true, color: { argb: `FF${st.color ?? '000000'}` } },
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${st.fill ?? 'FFFFFF'}` } },
    };
  };
  return async () => {
    const wb = new ExcelJS.Workbook();
    wb.created = new Date(OPTIONS.generatedAt);
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name, {
        state: s.state,
        views: s.freeze
          ? [{ state: 'frozen', xSplit: s.freeze.columns, ySplit: s.freeze.rows }]
          : [{}],
        ...(s.page
          ? {
              pageSetup: {
                paperSize: 9,
                orientation: s.page.orientation,
                fitToPage: true,
                fitToWidth: 1,
                fitToHeight: 0,
                ...(s.page.printTitlesRow ? { printTitlesRow: s.page.printTitlesRow } : {}),
              },
              headerFooter: { oddHeader: `&L${s.page.headerLeft}`, oddFooter: '&RPage &P of &N' },
            }
          : {}),
      });
      s.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
      s.cells.forEach((cells, r) => {
        const row = ws.getRow(r + 1);
        const height = s.rows[r]?.height;
        if (height !== undefined) row.height = height;
        cells.forEach((c, i) => {
          if (c === null) return;
          const cell = row.getCell(i + 1);
          if (c.value !== null) cell.value = c.value;
          if (c.style) cell.style = c.style;
        });
      });
      for (const m of s.merges ?? []) ws.mergeCells(m);
      const host = ws as unknown as {
        dataValidations: { add(a: string, v: DataValidation): void };
      };
      for (const v of s.validations ?? []) {
        host.dataValidations.add(v.range, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${v.values.join(',')}"`],
          showInputMessage: true,
          prompt: v.prompt,
          showErrorMessage: true,
          error: v.error,
        });
      }
      let priority = 1;
      for (const h of s.highlights ?? []) {
        ws.addConditionalFormatting({
          ref: h.range,
          rules: [
            {
              type: 'cellIs',
              operator: 'equal',
              formulae: [`"${h.equals}"`],
              priority: priority++,
              style: dxf(h.style),
            },
          ],
        });
      }
    }
    return wb.xlsx.writeBuffer();
  };
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
    bareWorkbook(ExcelJS, spec),
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
