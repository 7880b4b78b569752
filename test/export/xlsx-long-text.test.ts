import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { diffStage } from '../../shared/export/xlsx/edits';
import { EXCEL_CELL_LIMIT, splitForCells } from '../../shared/export/xlsx/layout';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import type { AssessmentRecord } from '../../shared/types/record';
import { GENERATED_AT, INITIAL, excel, sampleRecord, sheetRows } from './support';
import { longText, withLongTexts } from './support-long';

/**
 * Text over Excel's 32,767 characters per cell is never cut: it continues on rows marked
 * "1.1.1 continued" directly below its element, and the importer joins the pieces again.
 */

let record: AssessmentRecord;
let bytes: Uint8Array;
let book: XLSX.WorkBook;

beforeAll(async () => {
  record = withLongTexts(sampleRecord());
  const spec = buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT });
  bytes = await renderWorkbook(spec, await excel());
  book = XLSX.read(bytes);
});

describe('splitForCells', () => {
  it('cuts nothing: the pieces join to the text and each fits a cell', () => {
    for (const length of [0, 10, EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 1, 100_000]) {
      const text = longText(length, 'X');
      const pieces = splitForCells(text);
      expect(pieces.join('')).toBe(text);
      expect(pieces.every((p) => p.length <= EXCEL_CELL_LIMIT)).toBe(true);
      expect(pieces.length).toBe(length <= EXCEL_CELL_LIMIT ? 1 : Math.ceil(length / 30_000));
    }
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(20);
    const pieces = splitForCells(text, 7);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('a workbook with texts over 32,767 characters', () => {
  it('carries the rest on "continued" rows, no cell over the limit', () => {
    const rows = sheetRows(book, '1 Customer Insight');
    const start = rows.findIndex((r) => r[0] === '1.1.1');
    const continued = rows.filter((r) => r[0] === '1.1.1 continued');
    expect(continued).toHaveLength(3);
    expect(rows.slice(start + 1, start + 4).every((r) => r[0] === '1.1.1 continued')).toBe(true);
    expect(continued[0]![1]).toContain('text over 32,767 characters');
    const joined = rows
      .slice(start, start + 4)
      .map((r) => r[2])
      .join('');
    expect(joined).toBe(record.stages[0]!.entries[0]!.deskTopEvidence);
    for (const name of book.SheetNames) {
      for (const row of sheetRows(book, name)) {
        for (const text of row) expect(String(text).length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      }
    }
    const dev = sheetRows(book, 'Development points');
    expect(dev.filter((r) => r[0] === '1.3.4 continued')).toHaveLength(1);
    const note = dev
      .filter((r) => r[0]!.startsWith('1.3.4'))
      .map((r) => r[5])
      .join('');
    expect(note).toBe(longText(40_000, 'DEVPOINT'));
  });

  it('reads the long texts back whole: no differences', async () => {
    const result = await readWorkbookEdits(bytes, record, await excel());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const entry = result.value.entries.find((e) => e.element === '1.1.1')!;
    expect(entry.deskTopEvidence).toHaveLength(100_000);
    expect(entry.deskTopEvidence.endsWith('END-EVIDENCE')).toBe(true);
    expect(diffStage(record, INITIAL, result.value)).toEqual([]);
  });

  it('refuses marks typed on a continuation row', async () => {
    const rows = sheetRows(book, '1 Customer Insight');
    const row = rows.findIndex((r) => r[0] === '1.1.1 continued') + 1;
    const edited = XLSX.read(bytes);
    XLSX.utils.sheet_add_aoa(edited.Sheets['1 Customer Insight']!, [['P']], { origin: `H${row}` });
    const out = new Uint8Array(XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const result = await readWorkbookEdits(out, record, await excel());
    expect(result.ok ? '' : result.errors.join('\n')).toContain(
      `sheet "1 Customer Insight", row ${row}: a "continued" row holds only the rest of long texts`,
    );
  });
});
