import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportSpec } from '../../shared/report/build-report';
import type { ReportBuildOptions } from '../../shared/report/build-report';
import { reportWordSpec } from '../../shared/report/render-report-docx';
import { reportPdfDefinition } from '../../shared/report/render-report-pdf';
import { readReportTemplate } from '../../shared/report/templates';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { STRICT_80 } from '../../shared/scoring/profiles';
import type { CriterionNumber, ElementId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { renderWordDocument } from '../../shared/word/export/render-docx';
import { loadReportFonts } from '../../src-cli/fonts';
import {
  GENERATED_AT,
  INITIAL,
  hasTool,
  pdfmake,
  run,
  sampleRecord,
  tempDir,
} from '../export/support';
import { OWN_TEMPLATE, withEntry, withStage } from './support';

/**
 * The assessment report read back from the files themselves: the PDF through pdftotext, the
 * Word document through mammoth (an independent reader) and, where installed, LibreOffice.
 * Texts are compared with white space collapsed, since both formats wrap lines.
 */

const HAS_PDFTOTEXT = await hasTool('pdftotext');
const HAS_SOFFICE = await hasTool('soffice');

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

async function pdfText(bytes: Uint8Array): Promise<string> {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, bytes);
  await run('qpdf', ['--check', file]);
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
  return squash(stdout);
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return squash(value);
}

async function both(record: AssessmentRecord, options: Partial<ReportBuildOptions> = {}) {
  const spec = buildReportSpec(record, INITIAL, { generatedAt: GENERATED_AT, ...options });
  const pdf = await renderPdf(reportPdfDefinition(spec), {
    pdfmake: await pdfmake(),
    fonts: await loadReportFonts(),
  });
  const docx = await renderWordDocument(reportWordSpec(spec), await import('docx'));
  return { pdf, docx, pdfText: await pdfText(pdf), docxText: await docxText(docx) };
}

/** The sample with some of the report written, as an assessor would have it mid-way. */
function written(record: AssessmentRecord): AssessmentRecord {
  return withStage(record, INITIAL, (s) => ({
    ...s,
    report: {
      ...s.report,
      introduction: 'Northfield University applied for certification of four services.',
      sites: [{ site: 'Library, Main Campus', people: 'Head of Library; 6 students; 2 partners' }],
      findings: [
        { criterion: 1 as CriterionNumber, text: 'Insight is used well — “You said, we did”.' },
      ],
      developmentPoints: [
        {
          element: '1.3.4' as ElementId,
          found: 'Targets seen for 2014; no trend.',
          toMakeFull: null,
        },
      ],
    },
  }));
}

const SCORE_ROWS = [
  '1 Customer Insight 11 2 1 1 0 90.9% Yes',
  '2 The Culture of the Organisation 11 2 1 0 0 90.9% Yes',
  '3 Information and Access 12 2 0 1 0 100.0% Yes',
  '4 Delivery 13 3 3 0 0 76.9% Yes',
  '5 Timeliness and Quality of Service 10 2 1 0 0 90.0% Yes',
];

describe.skipIf(!HAS_PDFTOTEXT)('the assessment report of the sample record, read back', () => {
  it('carries every development point, CP justification, score and the recommendation', async () => {
    const record = written(sampleRecord());
    const stage = record.stages[0]!;
    const { pdfText: pdf, docxText: docx } = await both(record);
    const points = stage.entries.filter((e) => e.finalMark === 'P' || e.finalMark === 'NC');
    const cps = stage.entries.filter((e) => e.finalMark === 'CP');
    expect(points).toHaveLength(6);
    expect(cps).toHaveLength(2);
    for (const text of [pdf, docx]) {
      for (const p of points) {
        expect(text).toContain(`${p.element} — Partial Compliance (P)`);
        if (p.element !== '1.3.4') expect(text).toContain(squash(p.developmentNote));
      }
      expect(text).toContain('What the assessor found Targets seen for 2014; no trend.');
      for (const cp of cps) expect(text).toContain(squash(cp.cpJustification));
      for (const row of SCORE_ROWS) expect(text).toContain(row);
      expect(text).toContain(
        'I recommend certification of Northfield University — Library, Student Services, Careers and Reception against the Customer Service Excellence standard, subject to:',
      );
      expect(text).toContain(
        'under "Strict 80%" the marks would indicate "Do not recommend certification"',
      );
      expect(text).toContain(
        'Criterion 4: 3 partial compliances (4.2.3, 4.3.1 and 4.3.5), at most 2 allowed',
      );
      // Key information, the assessor's words and the template's fixed wording.
      expect(text).toContain('Number of days on site 2');
      expect(text).toContain('Insight is used well — “You said, we did”.');
      expect(text).toContain('Library, Main Campus Head of Library; 6 students; 2 partners');
      expect(text).toContain('4 Summary of strengths (not written yet)');
    }
    expect(pdf).toContain('Commercial in Confidence Generated 1 May 2025, 09:30 UTC Page 1 of');
  }, 60_000);

  it('changing a mark changes the points, the scores and the recommendation', async () => {
    let record = written(sampleRecord());
    record = withEntry(record, INITIAL, '4.3.5', { finalMark: 'F' });
    record = withEntry(record, INITIAL, '2.1.1', {
      finalMark: 'P',
      developmentNote: 'Leaders do not yet advocate for customers in the governing body’s papers.',
    });
    const { pdfText: pdf, docxText: docx } = await both(record);
    for (const text of [pdf, docx]) {
      expect(text).not.toContain('4.3.5 — Partial Compliance');
      expect(text).not.toContain('The complaints procedure has not been reviewed since 2011');
      expect(text).toContain('2.1.1 — Partial Compliance (P)');
      expect(text).toContain(
        'Leaders do not yet advocate for customers in the governing body’s papers.',
      );
      expect(text).toContain('2 The Culture of the Organisation 11 2 2 0 0 81.8% Yes');
      expect(text).toContain('4 Delivery 13 3 2 0 0 84.6% Yes');
      expect(text).toContain('Reception against the Customer Service Excellence standard.');
      expect(text).toContain('All 57 elements have a visit (final) mark');
      expect(text).not.toContain('subject to:');
      expect(text).not.toContain('The two readings of the scoring rules disagree');
    }
  }, 60_000);

  it('under strict 80% the same marks do not recommend, and the override prints the reason', async () => {
    const record = withStage(written(sampleRecord()), INITIAL, (s) => ({
      ...s,
      report: {
        ...s.report,
        recommendation: {
          decision: 'recommend',
          reason: 'Criterion 4 is read as the table prints it.',
        },
      },
    }));
    const { pdfText: pdf, docxText: docx } = await both(record, { profile: STRICT_80 });
    for (const text of [pdf, docx]) {
      expect(text).toContain('Verdict under the rule profile "Strict 80%": Not achieved.');
      expect(text).toContain('4 Delivery 13 2 3 0 0 76.9% No');
      expect(text).toContain(
        'On the evidence of this initial assessment, I recommend certification of Northfield University',
      );
      expect(text).toContain(
        'The marks indicate "Do not recommend certification". The assessor recommends otherwise, for this reason: Criterion 4 is read as the table prints it.',
      );
      expect(text).toContain(
        'under "Certifying-body table" the marks would indicate "Recommend certification subject to conditions"',
      );
    }
  }, 60_000);

  it('follows a certifying body’s own template: its order, headings, wording and footer', async () => {
    const template = readReportTemplate(OWN_TEMPLATE);
    if (!template.ok) throw new Error('template');
    const { pdfText: pdf, docxText: docx } = await both(written(sampleRecord()), {
      template: template.value,
    });
    for (const text of [pdf, docx]) {
      const order = [
        'A. Our recommendation',
        'B. Facts',
        'C. About us',
        'D. Background',
        'J. Scores',
      ];
      const at = order.map((h) => text.indexOf(h));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(text).toContain('Harbour Certification is accredited by UKAS.');
      expect(text).toContain('Recommended, subject to:');
      expect(text).not.toContain('Certification Review Report');
      expect(text).not.toContain('1 Key information');
    }
    expect(pdf).toContain('Harbour Certification Ltd · Confidential Generated');
    expect(docx).toContain('Client Northfield University');
  }, 60_000);

  it.skipIf(!HAS_SOFFICE)(
    'the Word document opens in LibreOffice with the same content',
    async () => {
      const { docx } = await both(written(sampleRecord()));
      const dir = tempDir();
      writeFileSync(join(dir, 'report.docx'), docx);
      await run(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'report.docx'),
        ],
        { timeout: 120_000 },
      );
      const { stdout } = await run('pdftotext', ['-raw', join(dir, 'report.pdf'), '-']);
      const text = squash(stdout);
      for (const row of SCORE_ROWS) expect(text).toContain(row);
      expect(text).toContain('9 Recommendation');
    },
    180_000,
  );
});
