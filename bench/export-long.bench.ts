/**
 * Exports and import of a full record with long evidence (bench/data.ts), each against the bare
 * library doing the same content in the same process, interleaved. bench/export.bench.ts does
 * the same for the short sample record; this suite adds the sizes assessors really write and the
 * XLSX import. Run alone: `npx tsx bench/export-long.bench.ts [--quick]`.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildRecordReport } from '../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../shared/export/pdf/build-summary-report';
import type { PdfMakeLike } from '../shared/export/pdf/render-pdf';
import { REPORT_FONT, REPORT_FONT_FILES, renderPdf } from '../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../shared/export/xlsx/build-workbook';
import { readWorkbookEdits } from '../shared/export/xlsx/read-workbook';
import type { ExcelJsModule } from '../shared/export/xlsx/render-workbook';
import { renderWorkbook } from '../shared/export/xlsx/render-workbook';
import type { StageId } from '../shared/types/ids';
import type { AssessmentRecord } from '../shared/types/record';
import { loadReportFonts } from '../src-cli/fonts';
import type { TextSize } from './data';
import { bareImport, bareXlsx } from './export-floors';
import type { Task } from './export-floors';
import { REALISTIC, STRESS, benchRecord, textBytes } from './data';
import type { Metric } from './report';
import { formatTable, metric } from './report';
import { median } from './stats';

const OPTIONS = { generatedAt: '2025-05-01T09:30:00Z' };
const TARGET = 1.2;

async function time(task: Task): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Pairs of runs a fast case gets at least: a GC pause in one of five runs moved a median. */
const FAST_RUNS = 15;
const FAST_MS = 400;

/**
 * One warm-up each (skipped when `runs` is 1), then `runs` interleaved pairs — at least
 * FAST_RUNS when a warm-up pair took under FAST_MS.
 */
async function pair(runs: number, ours: Task, bare: Task): Promise<[number[], number[]]> {
  let n = runs;
  if (runs > 1) {
    const warm = (await time(ours)) + (await time(bare));
    if (warm < FAST_MS) n = Math.max(runs, FAST_RUNS);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i += 1) {
    a.push(await time(ours));
    b.push(await time(bare));
  }
  return [a, b];
}

interface Size {
  readonly label: string;
  readonly size: TextSize;
}

export interface LongExportOptions {
  readonly runs: number;
  /** Also render the record PDF at stress size (≈ 1,500 pages: tens of seconds each). */
  readonly stressPdf: boolean;
}

export async function runLongExportBench(options: LongExportOptions): Promise<Metric[]> {
  const excel = (await import('exceljs')).default as unknown as ExcelJsModule;
  const pdfmake = (await import('pdfmake')).default as unknown as PdfMakeLike;
  const vfs = pdfmake.virtualfs;
  if (!vfs) throw new Error('pdfmake has no virtual file system');
  const fonts = await loadReportFonts();
  const files: Record<string, string> = {};
  for (const [face, file] of Object.entries(REPORT_FONT_FILES)) {
    vfs.writeFileSync(`bare-${file}`, fonts.faces[face as keyof typeof fonts.faces]);
    files[face] = `bare-${file}`;
  }
  const barePdf =
    (definition: TDocumentDefinitions): Task =>
    async () => {
      pdfmake.setFonts({
        [REPORT_FONT]: files as Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>,
      });
      return pdfmake.createPdf(definition).getBuffer();
    };

  const metrics: Metric[] = [];
  const sizes: readonly Size[] = [
    { label: 'realistic', size: REALISTIC },
    { label: 'stress', size: STRESS },
  ];
  for (const { label, size } of sizes) {
    const record: AssessmentRecord = benchRecord({
      id: 'org-export',
      name: 'Northfield University',
      stages: 3,
      size,
      seed: 7,
    });
    const stage = record.stages[record.stages.length - 1]!.id as StageId;
    const kb = (textBytes({ ...record, stages: record.stages.slice(-1) }) / 1024).toFixed(0);
    const add = (
      id: string,
      name: string,
      [ours, bare]: [number[], number[]],
      note: string,
    ): void => {
      metrics.push(
        metric({
          id: `export.${label}.${id}`,
          name: `${name} (${label})`,
          unit: 'ms',
          ours: median(ours),
          floor: median(bare),
          target: { kind: 'ratio', value: TARGET },
          samples: ours.length,
          note: `57 elements, ${kb} KB of assessor text in the stage; ${note}`,
        }),
      );
    };
    const spec = buildWorkbookSpec(record, stage, OPTIONS);
    const runs = label === 'realistic' ? options.runs : Math.max(2, Math.ceil(options.runs / 2));
    add(
      'xlsx',
      'XLSX export',
      await pair(
        runs,
        async () => renderWorkbook(buildWorkbookSpec(record, stage, OPTIONS), excel),
        bareXlsx(excel, spec),
      ),
      'ours: build the spec + render with exceljs; floor: exceljs writing the same cells, styles, merges, drop-downs and highlights',
    );
    const bytes = await renderWorkbook(spec, excel);
    add(
      'xlsx-import',
      'XLSX import',
      await pair(
        runs,
        async () => {
          const read = await readWorkbookEdits(bytes, record, excel);
          if (!read.ok) throw new Error(read.errors.join('; '));
        },
        bareImport(excel, bytes),
      ),
      `ours: readWorkbookEdits (checks + every element); floor: exceljs load + every cell's value (${(bytes.byteLength / 1024).toFixed(0)} KB file)`,
    );
    const summary = buildSummaryReport(record, stage, OPTIONS);
    add(
      'pdf-summary',
      'PDF summary',
      await pair(
        runs,
        async () => renderPdf(buildSummaryReport(record, stage, OPTIONS), { pdfmake, fonts }),
        barePdf(summary),
      ),
      'ours: build the definition + renderPdf; floor: pdfmake createPdf(same definition).getBuffer(), fonts registered',
    );
    if (label === 'realistic' || options.stressPdf) {
      const pdfRuns = label === 'realistic' ? Math.max(2, Math.ceil(options.runs / 2)) : 1;
      const definition = buildRecordReport(record, stage, OPTIONS);
      add(
        'pdf-record',
        'PDF record',
        await pair(
          pdfRuns,
          async () => renderPdf(buildRecordReport(record, stage, OPTIONS), { pdfmake, fonts }),
          barePdf(definition),
        ),
        'ours: build the definition + renderPdf; floor: pdfmake createPdf(same definition).getBuffer(), fonts registered',
      );
    }
  }
  return metrics;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const metrics = await runLongExportBench({ runs: quick ? 2 : 5, stressPdf: !quick });
  console.log(formatTable(metrics));
}
