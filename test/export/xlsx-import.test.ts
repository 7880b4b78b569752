import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { StageEdit } from '../../shared/export/xlsx/edits';
import { applyEdits, diffStage } from '../../shared/export/xlsx/edits';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { parseMarkText } from '../../shared/export/xlsx/read-cells';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import type { ExcelJsModule } from '../../shared/export/xlsx/render-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import type { OrganisationId } from '../../shared/types/ids';
import type { AssessmentRecord, ElementEntry } from '../../shared/types/record';
import { GENERATED_AT, INITIAL, excel, sampleRecord, sheetRows } from './support';

let record: AssessmentRecord;
let bytes: Uint8Array;
let ExcelJS: ExcelJsModule;

beforeAll(async () => {
  record = sampleRecord();
  ExcelJS = await excel();
  bytes = await renderWorkbook(
    buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT }),
    ExcelJS,
  );
});

/** Edits a workbook with SheetJS (the other program) and writes it back as XLSX bytes. */
function editWithSheetJs(source: Uint8Array, edit: (book: XLSX.WorkBook) => void): Uint8Array {
  const book = XLSX.read(source);
  edit(book);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** The 1-based row of an element on its sheet. */
function rowOf(book: XLSX.WorkBook, sheet: string, element: string): number {
  return sheetRows(book, sheet).findIndex((r) => r[0] === element) + 1;
}

function setText(book: XLSX.WorkBook, sheet: string, address: string, value: string): void {
  XLSX.utils.sheet_add_aoa(book.Sheets[sheet]!, [[value]], { origin: address });
}

async function errorsOf(source: Uint8Array, target = record, stageId?: string): Promise<string> {
  const result = await readWorkbookEdits(source, target, ExcelJS, stageId ? { stageId } : {});
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.join('\n');
}

const SHEET1 = '1 Customer Insight';
const SHEET4 = '4 Delivery';

describe('readWorkbookEdits', () => {
  it('reads an unedited workbook back with no differences', async () => {
    const result = await readWorkbookEdits(bytes, record, ExcelJS);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.value.stageId).toBe(INITIAL);
    expect(result.value.entries).toHaveLength(57);
    expect(result.value.entries).toEqual(record.stages[0]!.entries);
    expect(diffStage(record, INITIAL, result.value)).toEqual([]);
  });

  it('round-trips marks and texts edited in another program into the record', async () => {
    const book = XLSX.read(bytes);
    const r113 = rowOf(book, SHEET1, '1.1.3');
    const r431 = rowOf(book, SHEET4, '4.3.1');
    const edited = editWithSheetJs(bytes, (b) => {
      setText(b, SHEET1, `H${r113}`, 'f ');
      setText(
        b,
        SHEET1,
        `F${r113}`,
        'VO — seen at the help desk with Zoë; “queue” cut to 5′ ✓ £ €',
      );
      setText(b, SHEET1, `G${r113}`, '');
      setText(b, SHEET4, `I${r431}`, 'Full');
      setText(b, SHEET4, `K${r431}`, '');
      setText(b, SHEET4, `H${r431}`, 'p');
    });
    const result = await readWorkbookEdits(edited, record, ExcelJS);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const edits = diffStage(record, INITIAL, result.value);
    const before = (id: string): ElementEntry =>
      record.stages[0]!.entries.find((e) => e.element === id)!;
    expect(edits).toEqual<StageEdit[]>([
      {
        element: before('1.1.3').element,
        field: 'visitEvidence',
        before: before('1.1.3').visitEvidence,
        after: 'VO — seen at the help desk with Zoë; “queue” cut to 5′ ✓ £ €',
      },
      { element: before('1.1.3').element, field: 'verifiedOnSite', before: true, after: false },
      { element: before('1.1.3').element, field: 'dtrMark', before: 'P', after: 'F' },
      { element: before('4.3.1').element, field: 'finalMark', before: 'P', after: 'F' },
      {
        element: before('4.3.1').element,
        field: 'developmentNote',
        before: before('4.3.1').developmentNote,
        after: '',
      },
    ]);
    const applied = applyEdits(record, INITIAL, edits);
    if (!applied.ok) throw new Error(applied.errors.join('\n'));
    const expected: AssessmentRecord = {
      ...record,
      stages: record.stages.map((s, i) =>
        i !== 0
          ? s
          : {
              ...s,
              entries: s.entries.map((e) => {
                if (e.element === '1.1.3') {
                  return {
                    ...e,
                    dtrMark: 'F',
                    verifiedOnSite: false,
                    visitEvidence: edits[0]!.after as string,
                  };
                }
                if (e.element === '4.3.1') return { ...e, finalMark: 'F', developmentNote: '' };
                return e;
              }),
            },
      ),
    };
    expect(applied.value).toEqual(expected);
    expect(record.stages[0]!.entries.find((e) => e.element === '1.1.3')!.dtrMark).toBe('P');
  });

  it('reads a workbook edited and saved by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(SHEET1)!;
    const row = rowOf(XLSX.read(bytes), SHEET1, '1.1.1');
    sheet.getCell(`I${row}`).value = 'Compliance Plus';
    sheet.getCell(`J${row}`).value = {
      richText: [{ text: 'Exemplary ' }, { text: 'practice', font: { bold: true } }],
    };
    const saved = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readWorkbookEdits(saved, record, ExcelJS);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(
      diffStage(record, INITIAL, result.value).map((e) => [e.element, e.field, e.after]),
    ).toEqual([
      ['1.1.1', 'finalMark', 'CP'],
      ['1.1.1', 'cpJustification', 'Exemplary practice'],
    ]);
  });

  it('names the cell of a mark it cannot read', async () => {
    const book = XLSX.read(bytes);
    const r = rowOf(book, SHEET1, '1.2.1');
    const edited = editWithSheetJs(bytes, (b) => {
      setText(b, SHEET1, `H${r}`, 'Ful');
      setText(b, SHEET1, `G${r}`, 'maybe');
    });
    const errors = await errorsOf(edited);
    expect(errors).toContain(
      `sheet "1 Customer Insight", cell H${r} (1.2.1, DTR result): "Ful" is not a mark — expected CP, F, P or NC`,
    );
    expect(errors).toContain(`cell G${r} (1.2.1, VO): "maybe" is not VO or blank`);
  });

  it('accepts marks in any case, with spaces, or by name', () => {
    const read = (t: string): unknown => {
      const r = parseMarkText(t);
      return r.ok ? r.value : 'error';
    };
    expect([
      'f ',
      ' p',
      'cp',
      'Nc',
      'Full',
      'partial compliance',
      'Non-compliance',
      'Compliance  Plus',
      '',
    ]).toSatisfy((list: string[]) => list.every((t) => read(t) !== 'error'));
    expect(['f ', 'p', 'Full', 'Non compliance', '  '].map(read)).toEqual([
      'F',
      'P',
      'F',
      'NC',
      null,
    ]);
    expect(['Fu', 'A', '1', 'F+'].map(read)).toEqual(['error', 'error', 'error', 'error']);
  });

  it('refuses a workbook made elsewhere', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['Element', 'Mark'],
        ['1.1.1', 'F'],
      ]),
      'Sheet1',
    );
    const other = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await errorsOf(other)).toBe(
      'this workbook was not exported by CSE Fieldbook: sheet _fieldbook missing',
    );
  });

  it('refuses a damaged or truncated file', async () => {
    expect(await errorsOf(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe(
      'the workbook is damaged: the end of its zip archive (the central directory) is missing, so the file is truncated or is not a zip archive',
    );
    expect(await errorsOf(new TextEncoder().encode('not a spreadsheet'))).toBe(
      'the file is not an XLSX workbook: it is not a zip archive',
    );
    expect(await errorsOf(new Uint8Array(0))).toBe(
      'the file is not an XLSX workbook: it is not a zip archive',
    );
  });

  it('refuses a workbook of another organisation or of another stage than asked', async () => {
    const otherOrg: AssessmentRecord = {
      ...record,
      organisation: {
        ...record.organisation,
        id: 'org-elsewhere' as OrganisationId,
        name: 'Elsewhere',
      },
    };
    expect(await errorsOf(bytes, otherOrg)).toMatch(
      /^this workbook is for another organisation: "Northfield University.*\), not "Elsewhere"/,
    );
    expect(await errorsOf(bytes, record, 'stage-sv1-2016')).toBe(
      'this workbook holds the stage Initial assessment (id stage-ia-2015), not the stage asked for: Surveillance 1 (id stage-sv1-2016)',
    );
    const noStage: AssessmentRecord = { ...record, stages: record.stages.slice(1) };
    expect(await errorsOf(bytes, noStage)).toMatch(
      /holds the stage "Initial assessment \(stage 1\)".*not in this record/,
    );
  });

  it('says what was expected when sheets were restructured', async () => {
    const renamed = editWithSheetJs(bytes, (b) => {
      b.SheetNames[1] = 'Insight';
      b.Sheets.Insight = b.Sheets[SHEET1]!;
    });
    expect(await errorsOf(renamed)).toMatch(
      /^sheet "1 Customer Insight" is missing \(renamed or deleted\?\); the workbook has the sheets "Cover", "Insight"/,
    );

    const moved = editWithSheetJs(bytes, (b) => {
      setText(b, SHEET1, 'H1', 'Visit (final) result');
      setText(b, SHEET1, 'I1', 'DTR result');
    });
    expect(await errorsOf(moved)).toContain(
      'sheet "1 Customer Insight", column H: expected the heading "DTR result", found "Visit (final) result"',
    );

    const book = XLSX.read(bytes);
    const gone = editWithSheetJs(bytes, (b) => {
      setText(b, SHEET1, `A${rowOf(book, SHEET1, '1.1.2')}`, '9.9.9');
      setText(b, SHEET4, `A${rowOf(book, SHEET4, '4.1.1')}`, '1.1.1');
    });
    const errors = await errorsOf(gone);
    expect(errors).toContain('9.9.9 is not an element of the standard');
    expect(errors).toContain('sheet "1 Customer Insight": no row for element 1.1.2');
    expect(errors).toContain('element 1.1.1 belongs on the sheet of criterion 1, not here');
    expect(errors).toContain('sheet "4 Delivery": no row for element 4.1.1');
  });
});

describe('applyEdits', () => {
  it('refuses edits whose "before" no longer matches the record, changing nothing', () => {
    const stale: StageEdit = {
      element: record.stages[0]!.entries[0]!.element,
      field: 'finalMark',
      before: 'NC',
      after: 'F',
    };
    const result = applyEdits(record, INITIAL, [stale]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toBe(
      '1.1.1 Visit (final) result: changed since the comparison was made; compare again',
    );
    expect(applyEdits(record, 'nope', []).ok).toBe(false);
  });

  it('keeps the other stages and fields of the record as they were', () => {
    const edit: StageEdit = {
      element: record.stages[0]!.entries[0]!.element,
      field: 'dtrMark',
      before: 'F',
      after: 'P',
    };
    const result = applyEdits(record, INITIAL, [edit]);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.value.stages[1]).toBe(record.stages[1]);
    expect(result.value.organisation).toBe(record.organisation);
    expect({ ...result.value.stages[0], entries: [] }).toEqual({
      ...record.stages[0],
      entries: [],
    });
  });
});
