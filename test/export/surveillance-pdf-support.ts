import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PdfFonts } from '../../shared/export/pdf/render-pdf';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import type { IsoDate } from '../../shared/types/dates';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { loadReportFonts } from '../../src-cli/fonts';
import { hasTool, pdfmake, run, tempDir } from './support';

/** Test support for the surveillance PDF suites: rendering, checking and reading back. */

const TOOLS = ['qpdf', 'pdftotext', 'pdfinfo', 'pdffonts'];
/** The command-line tools missing on this machine; the PDF checks are skipped without them. */
export const MISSING_TOOLS = (
  await Promise.all(TOOLS.map(async (t) => ((await hasTool(t)) ? null : t)))
).filter((t) => t !== null);
if (MISSING_TOOLS.length > 0) {
  console.warn(`surveillance PDF checks skipped: ${MISSING_TOOLS.join(', ')} not installed`);
}

export const SV1 = 'stage-sv1-2016';
export const SV2 = 'stage-sv2-2017';
/** After the certifying body contacted the client about surveillance 1, before its visit. */
export const BEFORE_SV1 = '2016-01-11' as IsoDate;
export const AFTER_SV2 = '2017-03-20' as IsoDate;

export interface Checked {
  readonly pages: number;
  /** Each page as laid out (pdftotext -layout). */
  readonly layout: readonly string[];
  /** The whole text in reading order with runs of white space made one space. */
  readonly flat: string;
  readonly fonts: string;
}

let fonts: PdfFonts | null = null;
const dir = tempDir();

/** Renders, writes and checks a PDF with qpdf; its text both laid out and flattened. */
export async function check(
  name: string,
  definition: Parameters<typeof renderPdf>[0],
): Promise<Checked> {
  fonts ??= await loadReportFonts();
  const bytes = await renderPdf(definition, { pdfmake: await pdfmake(), fonts });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  expect((await run('qpdf', ['--check', path])).stdout).toContain(
    'No syntax or stream encoding errors found',
  );
  const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)?.[1]);
  const layout = (await run('pdftotext', ['-layout', path, '-'])).stdout
    .split('\f')
    .slice(0, pages);
  const flat = (await run('pdftotext', [path, '-'])).stdout.replace(/\s+/g, ' ');
  return { pages, layout, flat, fonts: (await run('pdffonts', [path])).stdout };
}

/** Every page says where it belongs and counts the pages right; DejaVu Sans is embedded. */
export function expectPageFurniture(pdf: Checked, report: string): void {
  expect(pdf.pages).toBeGreaterThan(1);
  expect(pdf.layout).toHaveLength(pdf.pages);
  pdf.layout.forEach((page, i) => {
    expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`);
    expect(page).toContain('Commercial in Confidence');
    expect(page).toContain('Reference 14/5167');
    expect(page).toContain('Northfield University');
    expect(page).toContain(report);
  });
  expect(pdf.fonts).toMatch(/DejaVuSans\s/);
  expect(pdf.fonts).not.toMatch(/Roboto|Helvetica/);
}

export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text wrapped inside a table cell: pdftotext interleaves the lines of neighbouring cells, so
 * its opening words must stand together in the laid-out page and every word must be there.
 */
export function expectCellText(pdf: Checked, text: string): void {
  const words = squeeze(text).split(' ');
  const first: string[] = [];
  for (const word of words) {
    if (first.join(' ').length >= 12) break;
    first.push(word);
  }
  expect(pdf.layout.join('\n'), text).toMatch(new RegExp(first.map(escape).join('\\s+')));
  // Lines may break after a dash ("2015–" / "16;"): each piece is looked for on its own.
  for (const piece of words.flatMap((w) => w.split(/(?<=[–-])/))) {
    expect(pdf.flat, text).toContain(piece);
  }
}

/** The stage `id` of `record`; throws when there is none. */
export function stageOf(record: AssessmentRecord, id: string): Stage {
  const stage = record.stages.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage ${id}`);
  return stage;
}
