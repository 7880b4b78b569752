import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../shared/export/pdf/build-summary-report';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { loadReportFonts } from '../../src-cli/fonts';
import { GENERATED_AT, excel, hasTool, pdfmake, run, sheetRows, tempDir } from './support';

const V4 = new URL('../fixtures/exchange/v4.json', import.meta.url).pathname;
const HASH = 'cad3a575987d156ca549a6901bf01ee99c11ff8196b7cdb6b5d8e668317dc1e5';

function record() {
  const read = readExchangeText(readFileSync(V4, 'utf8'));
  if (!read.ok) throw new Error('fixture invalid');
  return read.value.record;
}

describe('sign-off on the exports', () => {
  it('prints who signed the stage off, when, and its content hash on the workbook cover', async () => {
    const r = record();
    const bytes = await renderWorkbook(
      buildWorkbookSpec(r, 's1', { generatedAt: GENERATED_AT }),
      await excel(),
    );
    const cover = sheetRows(XLSX.read(bytes), XLSX.read(bytes).SheetNames[0]!).flat().join('\n');
    expect(cover).toContain(
      `Signed off by A. Assessor on 2016-01-06 10:00:00 UTC. Content hash (SHA-256): ${HASH}`,
    );
    const draft = await renderWorkbook(
      buildWorkbookSpec(r, 's2', { generatedAt: GENERATED_AT }),
      await excel(),
    );
    expect(
      sheetRows(XLSX.read(draft), XLSX.read(draft).SheetNames[0]!).flat().join('\n'),
    ).toContain('Not signed off (draft');
  });

  it('prints them in the summary PDF', async (ctx) => {
    if (!(await hasTool('pdftotext'))) ctx.skip('pdftotext (poppler-utils) is not installed');
    const pdf = await renderPdf(buildSummaryReport(record(), 's1', { generatedAt: GENERATED_AT }), {
      pdfmake: await pdfmake(),
      fonts: await loadReportFonts(),
    });
    const path = join(tempDir(), 'summary.pdf');
    writeFileSync(path, pdf);
    const { stdout } = await run('pdftotext', [path, '-']);
    const flat = stdout.replace(/\s+/g, '');
    expect(stdout).toContain('Signed off by A. Assessor');
    expect(flat).toContain(HASH);
    const recordPdf = await renderPdf(
      buildRecordReport(record(), 's1', { generatedAt: GENERATED_AT }),
      {
        pdfmake: await pdfmake(),
        fonts: await loadReportFonts(),
      },
    );
    writeFileSync(path, recordPdf);
    const recordText = (await run('pdftotext', [path, '-'])).stdout;
    expect(recordText).toContain('Signed off by A. Assessor');
    expect(recordText.replace(/\s+/g, '')).toContain(HASH);
  });
});
