import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import type { DocumentId, EvidenceLink, LinkId } from '../../shared/evidence/types';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchangeText } from '../../shared/exchange/read';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { diffStage } from '../../shared/export/xlsx/edits';
import { CRITERION_COLUMNS, criterionSheetName } from '../../shared/export/xlsx/layout';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import type { SheetSpec, WorkbookSpec } from '../../shared/export/xlsx/spec';
import { META_SHEET } from '../../shared/export/xlsx/spec';
import type { ElementId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { loadReportFonts } from '../../src-cli/fonts';
import {
  GENERATED_AT,
  excel,
  hasTool,
  pdfmake,
  run,
  sampleRecord,
  sheetRows,
  sheetXml,
  tempDir,
} from './support';

/**
 * The exports list each element's linked evidence: a "Linked evidence" column on the criterion
 * sheets (informational: never imported) and "Linked:" lines under the desk-top evidence in the
 * record report. Fixture: the v3 exchange file (a small library), with a few more links.
 */

const S1 = 's1' as StageId;
const S2 = 's2' as StageId;
const SHEET4 = criterionSheetName(DEFAULT_CATALOGUE.criteria[3]!);
const SHEET1 = criterionSheetName(DEFAULT_CATALOGUE.criteria[0]!);
const LINKED_COLUMN = CRITERION_COLUMNS.findIndex((c) => c.key === 'linkedEvidence');

const COMPLAINTS_432 =
  'Complaints and Compliments Procedure 2015.pdf, p. 3, § Stage 1: local resolution — Timescales stated but not on the web site.';
const CHARTER_432 = 'Customer Charter.docx, p. 2 — Promise to reply, line one line two';
const CHARTER_511 = 'Customer Charter.docx, § Our promises';
const SURVEY_132 = 'Residents Survey Results 2016.html';

function link(id: string, document: string, element: string, extra: Partial<EvidenceLink>) {
  return {
    id: id as LinkId,
    documentId: document as DocumentId,
    stageId: S1,
    element: element as ElementId,
    page: null,
    section: null,
    quote: '',
    note: '',
    createdAt: '2015-11-04T10:00:00Z',
    ...extra,
  } satisfies EvidenceLink;
}

/** The v3 fixture plus: a second link on 4.3.2 (a note over two lines), one on 1.1.1 (which has
 * desk-top evidence), and one to the trashed photo (never listed). */
function v3Record(): AssessmentRecord {
  const read = readExchangeText(
    readFileSync(new URL('../fixtures/exchange/v3.json', import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
  const record = read.value.record;
  const library = record.evidence!;
  return {
    ...record,
    evidence: {
      documents: library.documents,
      links: [
        ...library.links,
        link('ln-x1', 'doc-charter', '4.3.2', {
          page: 2,
          note: 'Promise to reply,\nline one  line two',
        }),
        link('ln-x2', 'doc-complaints', '1.1.1', { page: 1 }),
        link('ln-x3', 'doc-photo', '1.1.1', { note: 'photo in the trash' }),
      ],
    },
  };
}

let record: AssessmentRecord;
let bytes: Uint8Array;
let book: XLSX.WorkBook;

beforeAll(async () => {
  record = v3Record();
  bytes = await renderWorkbook(
    buildWorkbookSpec(record, S1, { generatedAt: GENERATED_AT }),
    await excel(),
  );
  book = XLSX.read(bytes);
});

function rowOf(rows: readonly string[][], element: string): string[] {
  const row = rows.find((r) => r[0] === element);
  if (!row) throw new Error(`no row for ${element}`);
  return row;
}

describe('the workbook (SheetJS)', () => {
  it('has the "Linked evidence" column after the desk-top evidence, shown', () => {
    expect(LINKED_COLUMN).toBe(3);
    const rows = sheetRows(book, SHEET4);
    expect(rows[0]?.slice(2, 5)).toEqual([
      'Desk-top evidence',
      'Linked evidence',
      'Key questions / person asked',
    ]);
    expect(sheetXml(bytes, SHEET4)).not.toMatch(/<col [^>]*min="4"[^>]*hidden="1"/);
  });

  it('lists each element’s linked documents with their references in its own row', () => {
    const sheet4 = sheetRows(book, SHEET4);
    expect(rowOf(sheet4, '4.3.2')[LINKED_COLUMN]).toBe(`${COMPLAINTS_432}\n${CHARTER_432}`);
    expect(rowOf(sheet4, '4.3.1')[LINKED_COLUMN]).toBe('');
    const sheet1 = sheetRows(book, SHEET1);
    // The link to the trashed photo is left out; the desk-top evidence is untouched.
    expect(rowOf(sheet1, '1.1.1')[LINKED_COLUMN]).toBe(
      'Complaints and Compliments Procedure 2015.pdf, p. 1',
    );
    expect(rowOf(sheet1, '1.1.1')[2]).toBe('Customer profile 2015 — “Who uses our services”');
    // 1.3.2 is linked in stage 2 only.
    expect(rowOf(sheet1, '1.3.2')[LINKED_COLUMN]).toBe('');
    const sheet5 = sheetRows(book, criterionSheetName(DEFAULT_CATALOGUE.criteria[4]!));
    expect(rowOf(sheet5, '5.1.1')[LINKED_COLUMN]).toBe(CHARTER_511);
    const filled = DEFAULT_CATALOGUE.criteria
      .flatMap((c) => sheetRows(book, criterionSheetName(c)).slice(1))
      .filter((r) => (r[LINKED_COLUMN] ?? '') !== '')
      .map((r) => r[0]);
    expect(filled).toEqual(['1.1.1', '4.3.2', '5.1.1']);
  });

  it('lists the evidence of the stage exported', async () => {
    const other = XLSX.read(
      await renderWorkbook(
        buildWorkbookSpec(record, S2, { generatedAt: GENERATED_AT }),
        await excel(),
      ),
    );
    expect(rowOf(sheetRows(other, SHEET1), '1.3.2')[LINKED_COLUMN]).toBe(SURVEY_132);
    expect(rowOf(sheetRows(other, SHEET4), '4.3.2')[LINKED_COLUMN]).toBe('');
  });

  it('keeps the drop-down lists and highlights on the VO and mark columns', () => {
    const rows = sheetRows(book, SHEET4);
    const header = rows[0]!;
    const xml = sheetXml(bytes, SHEET4);
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    const columnOf = (heading: string): string => String.fromCharCode(65 + header.indexOf(heading));
    expect(sqrefs).toEqual(
      ['VO', 'DTR result', 'Visit (final) result'].map(
        (h) => `${columnOf(h)}2:${columnOf(h)}${rows.length}`,
      ),
    );
    expect(sqrefs).toEqual([`G2:G${rows.length}`, `H2:H${rows.length}`, `I2:I${rows.length}`]);
    expect(xml).toMatch(new RegExp(`<conditionalFormatting sqref="H2:I${rows.length}">`));
  });
});

describe('the importer', () => {
  it('reads the workbook back with no differences', async () => {
    const read = await readWorkbookEdits(bytes, record, await excel());
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(diffStage(record, S1, read.value)).toEqual([]);
  });

  it('ignores edits to the linked evidence column, and reads the columns after it', async () => {
    const edited = XLSX.read(bytes);
    const rows = sheetRows(edited, SHEET4);
    const r = rows.findIndex((row) => row[0] === '4.3.2') + 1;
    XLSX.utils.sheet_add_aoa(edited.Sheets[SHEET4]!, [['changed by the client']], {
      origin: `D${r}`,
    });
    XLSX.utils.sheet_add_aoa(edited.Sheets[SHEET4]!, [['Seen on the web site.']], {
      origin: `F${r}`,
    });
    const out = new Uint8Array(XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const read = await readWorkbookEdits(out, record, await excel());
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(diffStage(record, S1, read.value).map((e) => [e.element, e.field, e.after])).toEqual([
      ['4.3.2', 'visitEvidence', 'Seen on the web site.'],
    ]);
  });

  it('still reads a workbook of format 1, made before the column was added', async () => {
    const spec = buildWorkbookSpec(record, S1, { generatedAt: GENERATED_AT });
    const old = await renderWorkbook(formatOne(spec), await excel());
    const edited = XLSX.read(old);
    const rows = sheetRows(edited, SHEET4);
    expect(rows[0]).toEqual(
      CRITERION_COLUMNS.filter((_, i) => i !== LINKED_COLUMN).map((c) => c.header),
    );
    const r = rows.findIndex((row) => row[0] === '4.3.2') + 1;
    XLSX.utils.sheet_add_aoa(edited.Sheets[SHEET4]!, [['F']], { origin: `H${r}` });
    const out = new Uint8Array(XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const read = await readWorkbookEdits(out, record, await excel());
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(diffStage(record, S1, read.value).map((e) => [e.element, e.field, e.after])).toEqual([
      ['4.3.2', 'finalMark', 'F'],
    ]);
  });

  it('refuses a format 2 workbook whose linked evidence column was deleted', async () => {
    const edited = XLSX.read(bytes);
    const rows = sheetRows(edited, SHEET4).map((row) => row.filter((_, i) => i !== LINKED_COLUMN));
    edited.Sheets[SHEET4] = XLSX.utils.aoa_to_sheet(rows);
    const out = new Uint8Array(XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const read = await readWorkbookEdits(out, record, await excel());
    expect(read.ok ? '' : read.errors.join('\n')).toContain(
      `sheet "${SHEET4}", column D: expected the heading "Linked evidence", found "Key questions / person asked"`,
    );
  });
});

/** A spec laid out as workbook format 1: no "Linked evidence" column, formatVersion 1. */
function formatOne(spec: WorkbookSpec): WorkbookSpec {
  const criterionSheets = new Set(DEFAULT_CATALOGUE.criteria.map(criterionSheetName));
  const dropColumn = <T>(items: readonly T[]): T[] => items.filter((_, i) => i !== LINKED_COLUMN);
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    if (sheet.name === META_SHEET) {
      return {
        ...sheet,
        rows: sheet.rows.map((row) =>
          row.cells[0]?.value === 'formatVersion'
            ? { ...row, cells: [row.cells[0], { value: 1 }] }
            : row,
        ),
      };
    }
    if (!criterionSheets.has(sheet.name)) return sheet;
    const shift = (range: string): string =>
      range.replace(/[E-K](?=\d)/g, (c) => String.fromCharCode(c.charCodeAt(0) - 1));
    return {
      ...sheet,
      columns: dropColumn(sheet.columns),
      rows: sheet.rows.map((row) => ({ ...row, cells: dropColumn(row.cells) })),
      merges: (sheet.merges ?? []).map(shift),
      validations: (sheet.validations ?? []).map((v) => ({ ...v, range: shift(v.range) })),
      highlights: (sheet.highlights ?? []).map((h) => ({ ...h, range: shift(h.range) })),
    };
  });
  return { ...spec, sheets };
}

describe('a record without linked evidence', () => {
  it('exports the workbook with the column hidden and empty', async () => {
    const sample = sampleRecord();
    const stageId = sample.stages[0]!.id;
    const out = await renderWorkbook(
      buildWorkbookSpec(sample, stageId, { generatedAt: GENERATED_AT }),
      await excel(),
    );
    const read = XLSX.read(out);
    for (const criterion of DEFAULT_CATALOGUE.criteria) {
      const name = criterionSheetName(criterion);
      expect(sheetXml(out, name)).toMatch(/<col [^>]*min="4" max="4"[^>]*hidden="1"/);
      expect(
        sheetRows(read, name)
          .slice(1)
          .every((r) => (r[LINKED_COLUMN] ?? '') === ''),
      ).toBe(true);
    }
    const noLibrary: AssessmentRecord = { ...record };
    delete (noLibrary as { evidence?: unknown }).evidence;
    const bare = await renderWorkbook(
      buildWorkbookSpec(noLibrary, S1, { generatedAt: GENERATED_AT }),
      await excel(),
    );
    expect(sheetXml(bare, SHEET4)).toMatch(/<col [^>]*min="4" max="4"[^>]*hidden="1"/);
    const back = await readWorkbookEdits(bare, noLibrary, await excel());
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(diffStage(noLibrary, S1, back.value)).toEqual([]);
  });
});

const HAS_PDFTOTEXT = await hasTool('pdftotext');
if (!HAS_PDFTOTEXT) console.warn('PDF checks skipped: pdftotext not installed (poppler-utils)');

/** A rendered PDF's text: in reading order (whitespace collapsed) and laid out (as lines). */
async function pdfText(
  definition: Parameters<typeof renderPdf>[0],
  name: string,
): Promise<{ readonly flowing: string; readonly lines: readonly string[] }> {
  const pdf = await renderPdf(definition, {
    pdfmake: await pdfmake(),
    fonts: await loadReportFonts(),
  });
  const path = join(tempDir(), `${name}.pdf`);
  writeFileSync(path, pdf);
  const flowing = (await run('pdftotext', [path, '-'], { maxBuffer: 1 << 26 })).stdout;
  const laidOut = (await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 1 << 26 })).stdout;
  return { flowing: flowing.replace(/\s+/g, ' '), lines: laidOut.split('\n') };
}

/** Line and column where `text` starts in laid-out lines. */
function place(lines: readonly string[], text: string): { line: number; column: number } {
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`"${text}" is not in the PDF`);
  return { line, column: lines[line]!.indexOf(text) };
}

describe.skipIf(!HAS_PDFTOTEXT)('the record report (pdftotext)', () => {
  it('shows the linked evidence under each element’s desk-top evidence', async () => {
    const { flowing, lines } = await pdfText(
      buildRecordReport(record, S1, { generatedAt: GENERATED_AT }),
      'linked',
    );
    expect(flowing).toContain(`Linked: ${COMPLAINTS_432} Linked: ${CHARTER_432}`);
    expect(flowing).toContain(`Linked: ${CHARTER_511}`);
    expect(flowing).toContain('Linked: Complaints and Compliments Procedure 2015.pdf, p. 1');
    expect(flowing.match(/Linked: /g)).toHaveLength(4);
    expect(flowing).not.toContain('photo in the trash');
    expect(flowing).not.toContain(SURVEY_132);
    // Under the desk-top evidence of its element: the same column, a line below, same page.
    const evidence = place(lines, 'Customer profile 2015');
    const linked = place(lines, 'Linked: Complaints and Compliments Procedure 2015.pdf, p. 1');
    expect(linked.column).toBe(evidence.column);
    expect(linked.line).toBeGreaterThan(evidence.line);
    expect(lines.slice(evidence.line, linked.line + 1).join('\n')).not.toContain('\f');
    expect(lines[evidence.line]).toMatch(/^\s*1\.1\.1\s/);
    // 4.3.2 has no desk-top evidence: its links start on the element's first line.
    const row432 = lines.findIndex((l) => /^\s*4\.3\.2\s/.test(l));
    expect(lines[row432]).toContain('Linked: Complaints and Compliments');
  }, 60_000);

  it('shows none for a record without an evidence library', async () => {
    const noLibrary: AssessmentRecord = { ...record };
    delete (noLibrary as { evidence?: unknown }).evidence;
    const { flowing } = await pdfText(
      buildRecordReport(noLibrary, S1, { generatedAt: GENERATED_AT }),
      'bare',
    );
    expect(flowing).toContain('Customer profile 2015 — “Who uses our services”');
    expect(flowing).not.toContain('Linked');
  }, 60_000);
});
