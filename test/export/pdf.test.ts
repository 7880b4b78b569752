import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../shared/export/pdf/build-summary-report';
import type { PdfFonts, PdfMakeLike } from '../../shared/export/pdf/render-pdf';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { loadReportFonts } from '../../src-cli/fonts';
import type { AssessmentRecord } from '../../shared/types/record';
import { GENERATED_AT, INITIAL, hasTool, pdfmake, run, sampleRecord, tempDir } from './support';
import { withLongTexts } from './support-long';

const TOOLS = ['qpdf', 'pdftotext', 'pdfinfo', 'pdffonts'];
const missing = (await Promise.all(TOOLS.map(async (t) => ((await hasTool(t)) ? null : t)))).filter(
  (t) => t !== null,
);
if (missing.length > 0) {
  console.warn(
    `PDF checks skipped: ${missing.join(', ')} not installed (Debian: poppler-utils, qpdf)`,
  );
}

interface Checked {
  readonly pages: number;
  /** Text of each page (pdftotext -layout). */
  readonly text: readonly string[];
  readonly fonts: string;
}

let fonts: PdfFonts;
let record: AssessmentRecord;
const dir = tempDir();

/** Renders, writes, and checks a PDF with qpdf; returns its pages' text and fonts. */
async function check(name: string, definition: Parameters<typeof renderPdf>[0]): Promise<Checked> {
  const bytes = await renderPdf(definition, { pdfmake: await pdfmake(), fonts });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const qpdf = await run('qpdf', ['--check', path]);
  expect(qpdf.stdout).toContain('No syntax or stream encoding errors found');
  const info = await run('pdfinfo', [path]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  const text = (
    await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 })
  ).stdout
    .split('\f')
    .slice(0, pages);
  return { pages, text, fonts: (await run('pdffonts', [path])).stdout };
}

function expectFooters(pdf: Checked): void {
  expect(pdf.text).toHaveLength(pdf.pages);
  pdf.text.forEach((page, i) => {
    expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`);
    expect(page).toContain('Commercial in Confidence');
    expect(page).toContain('Northfield University');
    expect(page).toContain('Reference 14/5167');
  });
}

const ELEMENT_IDS = DEFAULT_CATALOGUE.elements.map((e) => e.id);

beforeAll(async () => {
  fonts = await loadReportFonts();
  record = sampleRecord();
});

describe.skipIf(missing.length > 0)('the record report (PDF)', () => {
  let pdf: Checked;
  beforeAll(async () => {
    pdf = await check('record', buildRecordReport(record, INITIAL, { generatedAt: GENERATED_AT }));
  }, 60_000);

  it('is a valid PDF with DejaVu Sans embedded and footers that count the pages', () => {
    expect(pdf.pages).toBeGreaterThan(10);
    expect(pdf.fonts).toMatch(/DejaVuSans\s/);
    expect(pdf.fonts).not.toMatch(/Roboto|Helvetica/);
    expectFooters(pdf);
  });

  it('holds all 57 elements, both marks, the verdict and the header of the record', () => {
    const all = pdf.text.join('\n');
    for (const id of ELEMENT_IDS)
      expect(all).toMatch(new RegExp(`(^|\\s)${id.replace(/\./g, '\\.')}\\s`, 'm'));
    for (const text of [
      'Visit (final) marks: Achieved',
      'desk-top review (DTR) marks: Not achieved',
      '11–12 March 2015',
      'Siân O’Connor',
      'Zoë Ní Bhriain',
      '“Pulse”',
      '£0.05',
      '€0.06',
      '✓',
      'Łódź',
      'Ŵyddfa',
      'Compliance Plus justification',
      'Development point',
      'CP Compliance Plus',
      'AV Assessment Visit',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('repeats the table header on every page of the assessment analysis', () => {
    const analysis = pdf.text.filter((p) => p.includes('Visit day(s) evidence'));
    const firstAnalysis = pdf.text.findIndex((p) => p.includes('Visit day(s) evidence'));
    const firstCp = pdf.text.findIndex((p) =>
      p.includes('Compliance Plus justification and development points'),
    );
    expect(firstAnalysis).toBeGreaterThan(0);
    expect(analysis.length).toBe(firstCp - firstAnalysis);
  });
});

describe.skipIf(missing.length > 0)('the summary report (PDF)', () => {
  let pdf: Checked;
  beforeAll(async () => {
    pdf = await check(
      'summary',
      buildSummaryReport(record, INITIAL, { generatedAt: GENERATED_AT }),
    );
  }, 60_000);

  it('gives the verdict, the profile note, both scoring tables, CP justifications and development points', () => {
    expectFooters(pdf);
    const all = pdf.text.join('\n');
    expect(all).toMatch(/Verdict under "Certifying-body table"\s+Achieved/);
    expect(all).toContain('Profile note — under "Strict 80%": Not achieved.');
    expect(all).toContain('Scoring — visit (final) marks');
    expect(all).toContain('Scoring — desk-top review (DTR) marks');
    expect(all).toMatch(/4 Delivery\s+13\s+3\s+0\s+10\s+3\s+0\s+0\s+76\.9%\s+Yes/);
    for (const id of ['1.2.2', '3.3.1']) expect(all).toContain(id);
    for (const id of ['1.3.4', '2.2.3', '4.2.3', '4.3.1', '4.3.5', '5.3.3'])
      expect(all).toContain(id);
    expect(all).toContain('“Listening Panel”');
  });
});

describe.skipIf(missing.length > 0)('reports of texts longer than a page', () => {
  it('break rows across pages instead of dropping them', async () => {
    const long = withLongTexts(record);
    const pdf = await check(
      'long',
      buildRecordReport(long, INITIAL, { generatedAt: GENERATED_AT }),
    );
    expectFooters(pdf);
    const all = pdf.text.join('\n');
    for (const id of ELEMENT_IDS) expect(all).toContain(id);
    const squeezed = all.replace(/\s+/g, '');
    expect(squeezed).toContain('START-EVIDENCE');
    expect(squeezed).toContain('END-EVIDENCE');
    expect(squeezed).toContain('END-DEVPOINT');
    const summary = await check(
      'long-summary',
      buildSummaryReport(long, INITIAL, { generatedAt: GENERATED_AT }),
    );
    expect(summary.text.join('').replace(/\s+/g, '')).toContain('END-DEVPOINT');
  }, 120_000);
});

describe('renderPdf', () => {
  it('injects the fonts as bytes and denies every URL and local file', async () => {
    const written = new Map<string, Uint8Array>();
    let urlPolicy: ((url: string) => boolean) | undefined;
    let localPolicy: ((path: string) => boolean) | undefined;
    let families: unknown;
    let font: unknown;
    const fake: PdfMakeLike = {
      virtualfs: { writeFileSync: (name, bytes) => written.set(name, bytes) },
      setFonts: (f) => (families = f),
      setUrlAccessPolicy: (p) => (urlPolicy = p),
      setLocalAccessPolicy: (p) => (localPolicy = p),
      createPdf: (definition) => {
        font = definition.defaultStyle?.font;
        return { getBuffer: async () => new Uint8Array([37, 80, 68, 70]) };
      },
    };
    const bytes = await renderPdf(
      { content: 'x' },
      { pdfmake: fake, fonts: await loadReportFonts() },
    );
    expect([...bytes]).toEqual([37, 80, 68, 70]);
    expect(urlPolicy?.('https://example.com/logo.png')).toBe(false);
    expect(localPolicy?.('/etc/passwd')).toBe(false);
    expect(written.size).toBe(4);
    expect(families).toEqual({
      DejaVuSans: expect.objectContaining({ normal: expect.any(String) }),
    });
    expect(font).toBe('DejaVuSans');
  });

  it('refuses to fetch an image from the network', async () => {
    const definition = {
      content: [{ image: 'logo' }],
      images: { logo: 'https://example.invalid/logo.png' },
    };
    await expect(renderPdf(definition, { pdfmake: await pdfmake(), fonts })).rejects.toThrow(
      /denied/,
    );
  });
});
