/**
 * Writes docs/samples/: the exports of the sample record's initial assessment (workbook, record
 * report, summary report), the surveillance documentation and report of its surveillance 1, and
 * PNG previews of a few pages, to look at them as a user would.
 * Deterministic apart from what pdfkit and exceljs stamp in; run `npx tsx scripts/build-samples.ts`.
 * Previews need `pdftoppm` (poppler-utils) and, for the workbook, `soffice` (LibreOffice).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { readExchangeText } from '../shared/exchange/read';
import { buildRecordReport } from '../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../shared/export/pdf/build-summary-report';
import { buildSurveillanceDocumentation } from '../shared/export/pdf/build-surveillance-documentation';
import { buildSurveillanceReport } from '../shared/export/pdf/build-surveillance-report';
import { renderPdf } from '../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../shared/export/xlsx/render-workbook';
import type { IsoDate } from '../shared/types/dates';
import { loadReportFonts } from '../src-cli/fonts';
import { loadExcelJs } from '../src-cli/exceljs';
import { generatorText } from '../shared/app-identity';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs', 'samples');
const STAGE = 'stage-ia-2015';
const OPTIONS = { generatedAt: '2025-05-01T09:30:00Z', generator: generatorText('sample') };
const SURVEILLANCE = 'stage-sv1-2016';
/** The documentation goes out after the client is contacted; the report after the visit. */
const DOCUMENTATION_DAY = '2016-01-11' as IsoDate;
const REPORT_DAY = '2016-03-17' as IsoDate;

async function available(tool: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${tool}`]);
    return true;
  } catch {
    return false;
  }
}

/** One page of a PDF as a PNG at 60 dpi. */
async function preview(pdf: string, page: number, name: string): Promise<void> {
  const prefix = join(OUT, name);
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  console.log(`  ${name}.png`);
}

async function main(): Promise<void> {
  const read = readExchangeText(
    readFileSync(join(ROOT, 'test/fixtures/sample-record.json'), 'utf8'),
  );
  if (!read.ok) throw new Error('test/fixtures/sample-record.json does not read');
  const record = read.value.record;
  mkdirSync(OUT, { recursive: true });

  const ExcelJS = await loadExcelJs();
  const pdfmake = (await import('pdfmake')).default;
  const fonts = await loadReportFonts();
  const xlsx = join(OUT, 'sample-record.xlsx');
  writeFileSync(xlsx, await renderWorkbook(buildWorkbookSpec(record, STAGE, OPTIONS), ExcelJS));
  const report = join(OUT, 'sample-record-report.pdf');
  writeFileSync(
    report,
    await renderPdf(buildRecordReport(record, STAGE, OPTIONS), { pdfmake, fonts }),
  );
  const summary = join(OUT, 'sample-summary.pdf');
  writeFileSync(
    summary,
    await renderPdf(buildSummaryReport(record, STAGE, OPTIONS), { pdfmake, fonts }),
  );
  const documentation = join(OUT, 'sample-surveillance-documentation.pdf');
  writeFileSync(
    documentation,
    await renderPdf(
      buildSurveillanceDocumentation(record, SURVEILLANCE, {
        ...OPTIONS,
        today: DOCUMENTATION_DAY,
      }),
      { pdfmake, fonts },
    ),
  );
  const surveillanceReport = join(OUT, 'sample-surveillance-report.pdf');
  writeFileSync(
    surveillanceReport,
    await renderPdf(
      buildSurveillanceReport(record, SURVEILLANCE, { ...OPTIONS, today: REPORT_DAY }),
      { pdfmake, fonts },
    ),
  );
  console.log(
    `wrote ${OUT}:\n  sample-record.xlsx\n  sample-record-report.pdf\n  sample-summary.pdf\n  sample-surveillance-documentation.pdf\n  sample-surveillance-report.pdf`,
  );

  if (!(await available('pdftoppm'))) {
    console.log('previews skipped: pdftoppm not installed (Debian: poppler-utils)');
    return;
  }
  await preview(report, 1, 'sample-record-report-p1');
  await preview(report, 2, 'sample-record-report-p2');
  await preview(summary, 1, 'sample-summary-p1');
  await preview(documentation, 1, 'sample-surveillance-documentation-p1');
  await preview(surveillanceReport, 1, 'sample-surveillance-report-p1');
  if (!(await available('soffice'))) {
    console.log('workbook previews skipped: soffice not installed (Debian: libreoffice-calc)');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'fieldbook-samples-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        xlsx,
      ],
      {
        timeout: 120_000,
      },
    );
    const pdf = join(work, 'sample-record-workbook.pdf');
    renameSync(join(work, 'sample-record.pdf'), pdf);
    await preview(pdf, 1, 'sample-workbook-cover');
    await preview(pdf, 2, 'sample-workbook-criterion-1');
    const info = await run('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '0');
    const text = (await run('pdftotext', [pdf, '-'])).stdout.split('\f');
    const scoring = text.findIndex((page) => page.includes('Scoring — '));
    if (scoring >= 0 && scoring < pages) await preview(pdf, scoring + 1, 'sample-workbook-scoring');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
