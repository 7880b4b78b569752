import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import type { AssessmentRecord } from '../../shared/types/record';
import { GENERATED_AT, INITIAL, excel, sampleRecord, sheetRows } from './support';

/**
 * Characters outside the BMP survive the XLSX export wherever they fall. JSZip (under exceljs in
 * Node) encodes strings in 16 KiB chunks; an emoji cut by a chunk boundary came out as two U+FFFD
 * (seen on a 40,000-character development point whose position moved when the cover grew).
 */
function withEmojiRun(record: AssessmentRecord, lead: number): AssessmentRecord {
  const text = `${'x'.repeat(lead)}${'😀'.repeat(12_000)}`;
  return {
    ...record,
    stages: record.stages.map((s, i) =>
      i !== 0
        ? s
        : {
            ...s,
            entries: s.entries.map((e) =>
              e.element === '1.1.1' ? { ...e, deskTopEvidence: text } : e,
            ),
          },
    ),
  };
}

describe('an XLSX export of text outside the BMP', () => {
  it.each([0, 1])('keeps every emoji whole (lead of %i characters)', async (lead) => {
    const record = withEmojiRun(sampleRecord(), lead);
    const spec = buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT });
    const book = XLSX.read(await renderWorkbook(spec, await excel()));
    const rows = sheetRows(book, '1 Customer Insight');
    const cell = String(rows.find((r) => r[0] === '1.1.1')?.[2] ?? '');
    expect(cell).not.toContain('\uFFFD');
    expect(cell).toBe(record.stages[0]!.entries[0]!.deskTopEvidence);
  });
});
