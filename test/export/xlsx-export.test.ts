import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { ExportError } from '../../shared/export/export-context';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import {
  CRITERION_COLUMNS,
  criterionSheetName,
  safeSheetName,
} from '../../shared/export/xlsx/layout';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { scoreStageBoth } from '../../shared/scoring/score-stage';
import type { AssessmentRecord } from '../../shared/types/record';
import {
  GENERATED_AT,
  INITIAL,
  excel,
  sampleRecord,
  sheetRows,
  sheetXml,
  zipEntry,
} from './support';

let record: AssessmentRecord;
let bytes: Uint8Array;
let book: XLSX.WorkBook;

beforeAll(async () => {
  record = sampleRecord();
  const spec = buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT });
  bytes = await renderWorkbook(spec, await excel());
  book = XLSX.read(bytes, { cellFormula: true });
});

const SHEETS = DEFAULT_CATALOGUE.criteria.map(criterionSheetName);

describe('the workbook, re-read with SheetJS', () => {
  it('has the cover, a sheet per criterion, scoring, development points and the hidden id sheet', () => {
    expect(book.SheetNames).toEqual([
      'Cover',
      ...SHEETS,
      'Scoring',
      'Development points',
      '_fieldbook',
    ]);
    expect(SHEETS).toEqual([
      '1 Customer Insight',
      '2 The Culture of the…',
      '3 Information and Access',
      '4 Delivery',
      '5 Timeliness and Quality of…',
    ]);
    for (const name of book.SheetNames) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('names sheets legally whatever the text', () => {
    expect(safeSheetName("'Plans: a/b?*[x]'")).toBe('Plans- a-b---x-');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('holds every element row with its statement, texts, VO and both marks', () => {
    const stage = record.stages[0]!;
    let seen = 0;
    for (const criterion of DEFAULT_CATALOGUE.criteria) {
      const rows = sheetRows(book, criterionSheetName(criterion));
      expect(rows[0]).toEqual(CRITERION_COLUMNS.map((c) => c.header));
      for (const element of criterion.elements) {
        const row = rows.find((r) => r[0] === element.id);
        const entry = stage.entries.find((e) => e.element === element.id)!;
        expect(row, element.id).toBeDefined();
        expect(row).toEqual([
          element.id,
          element.statement,
          entry.deskTopEvidence,
          '',
          entry.keyQuestions,
          entry.visitEvidence,
          entry.verifiedOnSite ? 'VO' : '',
          entry.dtrMark ?? '',
          entry.finalMark ?? '',
          entry.cpJustification,
          entry.developmentNote,
        ]);
        seen += 1;
      }
      for (const sub of criterion.subCriteria) {
        expect(rows.some((r) => r[0] === `${sub.id} ${sub.name}`)).toBe(true);
      }
    }
    expect(seen).toBe(57);
    const all = JSON.stringify(SHEETS.map((s) => sheetRows(book, s)));
    for (const sample of ['“Pulse”', '£0.05', '€0.06', '✓', 'Łódź', 'Ŵyddfa', '2014–15']) {
      expect(all).toContain(sample);
    }
  });

  it('puts the header on the cover: organisation, reference, assessors, dates, key of marks', () => {
    const cover = sheetRows(book, 'Cover')
      .map((r) => r.join(' | '))
      .join('\n');
    for (const text of [
      record.organisation.name,
      '14/5167',
      record.organisation.unitsInScope,
      'Zoë Ní Bhriain (Quality Manager)',
      'Siân O’Connor',
      'René Dubois',
      '9 February 2015',
      '11–12 March 2015',
      'TBC',
      'N/A',
      'Commercial in Confidence',
      '1 May 2025, 09:30 UTC',
      'Date of first surveillance | 10 March 2016',
      'Date of recertification | TBC',
    ]) {
      expect(cover).toContain(text);
    }
    for (const key of ['CP | Compliance Plus', 'F | Full Compliance', 'P | Partial Compliance']) {
      expect(cover).toContain(key);
    }
    for (const key of [
      'NC | Non-compliance',
      'VO | Evidence Verified On-Site',
      'DTR | Desk-top Review',
    ]) {
      expect(cover).toContain(key);
    }
    expect(cover).toContain('AV | Assessment Visit');
  });

  it('scores with COUNTIF formulas that carry the values computed now', () => {
    const scores = scoreStageBoth(record.stages[0]!, DEFAULT_CATALOGUE);
    const sheet = book.Sheets.Scoring!;
    const rows = sheetRows(book, 'Scoring');
    const finalRow = rows.findIndex((r) => r[0] === '1 Customer Insight') + 1;
    const dtrRow = rows.findIndex((r, i) => i + 1 > finalRow && r[0] === '1 Customer Insight') + 1;
    for (const [start, score] of [
      [finalRow, scores.final],
      [dtrRow, scores.dtr],
    ] as const) {
      score.criteria.forEach((c, i) => {
        const at = (col: string): XLSX.CellObject => sheet[`${col}${start + i}`] as XLSX.CellObject;
        expect(at('E').f).toMatch(/^COUNTIF\('.+'!\$[HI]\$2:\$[HI]\$\d+,"CP"\)$/);
        expect([at('E').v, at('F').v, at('G').v, at('H').v]).toEqual([c.cp, c.f, c.p, c.nc]);
        expect(at('I').v).toBe(c.unscored);
        expect(at('J').v).toBeCloseTo(c.fullOrBetterShare, 10);
        expect(at('K').f).toContain('IF(OR(');
        expect(at('K').v).toBe(
          { complies: 'Yes', fails: 'No', incomplete: 'Incomplete' }[c.status],
        );
      });
      const verdict = sheet[`K${start + 5}`] as XLSX.CellObject;
      expect(verdict.f).toContain('Achieved');
      expect(verdict.v).toBe(
        { achieved: 'Achieved', 'not-achieved': 'Not achieved', incomplete: 'Incomplete' }[
          score.verdict
        ],
      );
    }
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('Visit (final) marks: verdict as exported — Achieved');
    expect(text).toContain('The rule profiles disagree: under "Strict 80%"');
    expect(text).toContain('Desk-top review (DTR) marks: verdict as exported — Not achieved');
  });

  it('lists every final P and NC of the initial assessment on the development points sheet', () => {
    const stage = record.stages[0]!;
    const expected = stage.entries.filter((e) => e.finalMark === 'P' || e.finalMark === 'NC');
    const rows = sheetRows(book, 'Development points').slice(1);
    expect(rows.map((r) => r[0])).toEqual(expected.map((e) => e.element));
    expect(rows.map((r) => r[2])).toEqual(expected.map(() => 'Initial assessment (this stage)'));
    expect(rows.map((r) => r[3])).toEqual(expected.map((e) => e.finalMark));
    expect(rows.map((r) => r[4])).toEqual(expected.map(() => 'Open'));
    expect(rows.map((r) => r[5])).toEqual(expected.map((e) => e.developmentNote));
  });

  it('identifies itself in the hidden _fieldbook sheet', () => {
    const meta = Object.fromEntries(sheetRows(book, '_fieldbook').map((r) => [r[0], r[1]]));
    expect(meta).toMatchObject({
      format: 'cse-fieldbook-workbook',
      formatVersion: '2',
      organisationId: record.organisation.id,
      stageId: INITIAL,
      catalogueId: 'cse-57',
      generatedAt: GENERATED_AT,
    });
  });
});

describe('the sheet XML', () => {
  it('has one list validation per mark column spanning all element rows (exceljs#2820)', () => {
    for (const criterion of DEFAULT_CATALOGUE.criteria) {
      const xml = sheetXml(bytes, criterionSheetName(criterion));
      const last = sheetRows(book, criterionSheetName(criterion)).length;
      const validations = [
        ...xml.matchAll(
          /<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
        ),
      ];
      expect(validations.map((v) => [v[1], v[2]])).toEqual([
        [`G2:G${last}`, '&quot;VO&quot;'],
        [`H2:H${last}`, '&quot;CP,F,P,NC&quot;'],
        [`I2:I${last}`, '&quot;CP,F,P,NC&quot;'],
      ]);
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml).toContain('orientation="landscape"');
      expect(xml).toMatch(/<conditionalFormatting sqref="H2:I\d+">/);
      expect(xml).toContain('Page &amp;P of &amp;N');
    }
  });

  it('repeats the header row when printed', () => {
    const workbook = zipEntry(bytes, 'xl/workbook.xml');
    const titles = [
      ...workbook.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</g),
    ].map((m) => m[1]);
    expect(titles).toContain('&apos;1 Customer Insight&apos;!$1:$1');
    expect(titles).toHaveLength(6);
  });

  it('wraps text in the evidence cells', () => {
    const styles = zipEntry(bytes, 'xl/styles.xml');
    expect(styles).toContain('wrapText="1"');
  });
});

describe('buildWorkbookSpec', () => {
  it('is plain data that survives JSON', () => {
    const spec = buildWorkbookSpec(record, INITIAL, { generatedAt: GENERATED_AT });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('refuses an unknown stage or a clock that is not ISO 8601', () => {
    expect(() => buildWorkbookSpec(record, 'nope', { generatedAt: GENERATED_AT })).toThrow(
      ExportError,
    );
    expect(() => buildWorkbookSpec(record, INITIAL, { generatedAt: 'yesterday' })).toThrow(
      /ISO 8601/,
    );
  });

  it('exports a stage with unmarked elements as incomplete', async () => {
    const spec = buildWorkbookSpec(record, 'stage-ra-2018', { generatedAt: '2025-05-01' });
    const read = XLSX.read(await renderWorkbook(spec, await excel()));
    const text = sheetRows(read, 'Scoring')
      .map((r) => r.join(' '))
      .join('\n');
    expect(text).toContain('verdict as exported — Incomplete');
    expect(sheetRows(read, 'Cover').flat()).toContain('1 May 2025 by CSE Fieldbook');
  });
});
