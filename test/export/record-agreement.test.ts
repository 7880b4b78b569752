// One record that agrees with itself (issue 14): the DOCX, the PDFs and the XLSX of a record with
// four stages over two cycles are read back by independent readers (mammoth, pdftotext, SheetJS)
// and their development points, score changes and key dates compared with each other and with
// the shared functions (shared/records/record-facts.ts).
import * as docx from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { KEY_DATE_LABELS } from '../../shared/export/record-header';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { buildSurveillanceReport } from '../../shared/export/pdf/build-surveillance-report';
import { buildWholeRecordReport } from '../../shared/export/pdf/build-whole-record';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import {
  allCycleDates,
  categoriesAfterStages,
  scoreChangesAt,
  stageDevelopmentPoints,
} from '../../shared/records/record-facts';
import { stageTitle } from '../../shared/records/select-stage';
import type { IsoDate } from '../../shared/types/dates';
import { formatKeyDate } from '../../shared/types/dates';
import type { AssessmentRecord } from '../../shared/types/record';
import { STAGE_DATE_FIELDS } from '../../shared/types/record';
import { SURVEILLANCE_CATEGORY_NAMES } from '../../shared/types/surveillance';
import { buildWordRecord } from '../../shared/word/export/build-document';
import { renderWordDocument } from '../../shared/word/export/render-docx';
import { loadReportFonts } from '../../src-cli/fonts';
import type { Block } from './record-readers';
import { docxBlocks, headingIndex, pdfGrid, pdfLayout, pdfWords } from './record-readers';
import { GENERATED_AT, excel, hasTool, pdfmake, sampleRecord, sheetRows } from './support';

/**
 * The sample (4 stages, 2 cycles) with planned dates for cycle 2, a change of DTR mark only at
 * SV2, and a reassessment not yet dated (the stage exists, its visit date is empty: the case
 * where the DOCX used to leave "Date of recertification" blank and the PDF printed TBC).
 */
function record(): AssessmentRecord {
  const base = sampleRecord();
  return {
    ...base,
    organisation: {
      ...base.organisation,
      plannedDates: {
        surveillance1: { kind: 'date', date: '2019-03-11' as IsoDate },
        surveillance2: null,
        recertification: { kind: 'tbc' },
      },
    },
    stages: base.stages.map((s) => {
      if (s.kind === 'reassessment') return { ...s, dates: { ...s.dates, visit: null } };
      if (s.kind !== 'surveillance-2') return s;
      return {
        ...s,
        entries: s.entries.map((e) => (e.element === '1.1.1' ? { ...e, dtrMark: 'P' } : e)),
      };
    }),
  };
}

const RECORD = record();
const STAGES = RECORD.stages;
const SURVEILLANCES = STAGES.filter((s) => s.kind.startsWith('surveillance'));
const OPTIONS = { generatedAt: GENERATED_AT, today: '2018-02-01' as IsoDate };
const ELEMENT = /^(\d+\.\d+\.\d+)\b/;
const MARK = '(CP|NC|[FP—])';

type Point = readonly [string, string, string];
type Change = readonly [string, string, string, string];

const factPoints = (stageId: string): Point[] =>
  stageDevelopmentPoints(RECORD, stageId).map((p) => [p.element, p.mark ?? '', p.status]);
const factChanges = (stageId: string): Change[] =>
  scoreChangesAt(RECORD, stageId).map((c) => [c.element, c.from ?? '—', c.dtr ?? '—', c.to ?? '—']);

let wordBlocks: Block[];
let wholeText: string;
const stagePdfs = new Map<string, Uint8Array>();
const reportTexts = new Map<string, string>();
const books = new Map<string, XLSX.WorkBook>();
let tools = false;

beforeAll(async () => {
  tools = await hasTool('pdftotext');
  const spec = buildWordRecord(RECORD, { generatedAt: GENERATED_AT });
  wordBlocks = await docxBlocks(await renderWordDocument(spec, docx));
  const render = { pdfmake: await pdfmake(), fonts: await loadReportFonts() };
  const ExcelJS = await excel();
  for (const stage of STAGES) {
    stagePdfs.set(stage.id, await renderPdf(buildRecordReport(RECORD, stage.id, OPTIONS), render));
    const bytes = await renderWorkbook(buildWorkbookSpec(RECORD, stage.id, OPTIONS), ExcelJS);
    books.set(stage.id, XLSX.read(bytes));
  }
  if (!tools) return;
  wholeText = await pdfLayout(await renderPdf(buildWholeRecordReport(RECORD, OPTIONS), render));
  for (const stage of SURVEILLANCES) {
    const bytes = await renderPdf(buildSurveillanceReport(RECORD, stage.id, OPTIONS), render);
    reportTexts.set(stage.id, await pdfLayout(bytes));
  }
}, 240_000);

/** The rows of every "Development points (n)" table of a PDF's text, in order. */
function pdfPointTables(text: string): Point[][] {
  // pdftotext's output of our own export, in a test: not a user's text.
  const row = new RegExp(
    // eslint-disable-next-line regexp/no-super-linear-backtracking
    `^\\s*(\\d+\\.\\d+\\.\\d+)\\s{2,}.*?\\s${MARK}?\\s+(Open|Progressing|Cleared)\\b`,
  );
  return text
    .split(/^Development points \(\d+\)$/m)
    .slice(1)
    .map((part) => {
      const body = part.split(/^\S.*$/m)[0] ?? '';
      return body.split('\n').flatMap((line): Point[] => {
        const m = row.exec(line);
        return m ? [[m[1]!, m[2] ?? '', m[3]!.toLowerCase()]] : [];
      });
    });
}

/** The DOCX's "Development points" table of a stage's section (element and mark). */
function wordPoints(sectionHeading: string): (readonly [string, string])[] {
  const at = headingIndex(wordBlocks, sectionHeading);
  expect(at, sectionHeading).toBeGreaterThanOrEqual(0);
  const i = headingIndex(wordBlocks, 'Development points', at);
  const next = wordBlocks[i + 1];
  if (next?.kind !== 'table') {
    expect(next).toEqual({ kind: 'paragraph', text: 'No development point at this stage.' });
    return [];
  }
  return next.rows.slice(1).map((r) => [r[0] ?? '', r[1] ?? '']);
}

function sectionOf(stage: AssessmentRecord['stages'][number]): string {
  return stage.kind.startsWith('surveillance')
    ? `Section 3 — Surveillance report: ${stageTitle(stage)}`
    : `Section 1 — Assessment analysis: ${stageTitle(stage)}`;
}

describe('the development points', () => {
  it('are the same in the DOCX, every PDF and every XLSX, stage by stage', async () => {
    for (const stage of STAGES) {
      const facts = factPoints(stage.id);
      expect(facts.length, stage.id).toBeGreaterThan(0);
      const xlsx = sheetRows(books.get(stage.id)!, 'Development points').slice(1);
      const rows = xlsx.slice(0, xlsx.findIndex((r) => r.every((c) => c === '')) >>> 0);
      expect(
        rows.map((r): Point => [r[0]!, r[3]!, r[4]!.toLowerCase()]),
        stage.id,
      ).toEqual(facts);
      expect(wordPoints(sectionOf(stage)), stage.id).toEqual(facts.map(([e, m]) => [e, m]));
      if (!tools) continue;
      const pdf = pdfPointTables(await pdfLayout(stagePdfs.get(stage.id)!));
      expect(pdf, stage.id).toEqual([facts]);
    }
    if (!tools) return;
    // The whole-record PDF: one table per stage, in the record's order.
    expect(pdfPointTables(wholeText)).toEqual(STAGES.map((s) => factPoints(s.id)));
  });
});

describe('the changed element scores', () => {
  it('are changes of mark only, the same in the DOCX, the PDFs and the XLSX', () => {
    const all = SURVEILLANCES.flatMap((s) => factChanges(s.id).map((c) => [...c, stageTitle(s)]));
    expect(all).toEqual([
      ['4.2.3', 'P', 'P', 'F', 'Surveillance 1'],
      ['1.1.1', 'F', 'P', 'F', 'Surveillance 2'],
      ['3.3.2', 'F', 'F', 'CP', 'Surveillance 2'],
      ['5.3.3', 'P', 'P', 'F', 'Surveillance 2'],
    ]);
    for (const stage of SURVEILLANCES) {
      const at = headingIndex(wordBlocks, sectionOf(stage));
      const i = headingIndex(wordBlocks, 'Element scores changed since the previous stage', at);
      const table = wordBlocks[i + 1];
      if (table?.kind !== 'table') throw new Error(`no score changes table for ${stage.id}`);
      const word = table.rows.slice(1).map((r): Change => {
        const element = ELEMENT.exec(r[0] ?? '')?.[1] ?? '';
        return [element, r[1] || '—', r.at(-2) || '—', r.at(-1) || '—'];
      });
      expect(word, stage.id).toEqual(factChanges(stage.id));
    }
    const sv2 = SURVEILLANCES.at(-1)!;
    const sheet = sheetRows(books.get(sv2.id)!, 'Surveillance report');
    const xlsx = sheet
      .filter((r) => ELEMENT.test(r[0] ?? '') && r[5]?.startsWith('Surveillance'))
      .map((r) => [r[0], r[2], r[3], r[4], r[5]]);
    expect(xlsx).toEqual(all);
  });

  it('read the same from the surveillance report and the whole-record PDF', () => {
    if (!tools) return;
    const line = new RegExp(
      `^\\s*(\\d+\\.\\d+\\.\\d+)\\s{2,}${MARK}\\s+${MARK}\\s+${MARK}\\s+(Surveillance \\d)\\s*$`,
    );
    const read = (text: string) =>
      text.split('\n').flatMap((l) => {
        const m = line.exec(l);
        return m ? [m.slice(1, 6)] : [];
      });
    const all = SURVEILLANCES.flatMap((s) => factChanges(s.id).map((c) => [...c, stageTitle(s)]));
    expect(read(reportTexts.get(SURVEILLANCES.at(-1)!.id)!)).toEqual(all);
    expect(read(reportTexts.get(SURVEILLANCES[0]!.id)!)).toEqual(all.slice(0, 1));
    const summary = wholeText.split('Every score change, stage by stage')[1] ?? '';
    expect(read(summary)).toEqual(all);
  });
});

describe('the key dates', () => {
  const decided = new Map(
    categoriesAfterStages(RECORD).map((c) => [
      c.stageId,
      c.decided === null ? '' : SURVEILLANCE_CATEGORY_NAMES[c.decided],
    ]),
  );
  const printed = new Map(categoriesAfterStages(RECORD).map((c) => [c.stageId, c.text]));
  const values = (stage: AssessmentRecord['stages'][number]): string[] => [
    stage.assessor,
    ...STAGE_DATE_FIELDS.map((f) => formatKeyDate(stage.dates[f])),
  ];

  it('of every stage are the same in the DOCX header, the record PDF and the XLSX cover', async () => {
    const at = headingIndex(wordBlocks, 'Name of assessor and key dates');
    const table = wordBlocks[at + 1];
    if (table?.kind !== 'table') throw new Error('no key dates table');
    STAGES.forEach((stage, c) => {
      const column = table.rows.slice(1).map((r) => r[c + 1] ?? '');
      expect(column.slice(0, 9), stage.id).toEqual(values(stage));
      expect(column.at(-1)).toBe(decided.get(stage.id));
    });
    // The XLSX cover and the PDF of stage 2 show the four stages of its record span.
    const labels = [KEY_DATE_LABELS.assessor, ...STAGE_DATE_FIELDS.map((f) => KEY_DATE_LABELS[f])];
    const cover = sheetRows(books.get(STAGES[1]!.id)!, 'Cover');
    STAGES.forEach((stage, c) => {
      const column = labels.map((l) => cover.find((r) => r[0] === l)?.[c + 1] ?? '?');
      expect(column, stage.id).toEqual(values(stage));
      const category = cover.find((r) => r[0] === KEY_DATE_LABELS.category)?.[c + 1];
      expect(category).toBe(printed.get(stage.id));
    });
    if (!tools) return;
    const words = await pdfWords(stagePdfs.get(STAGES[1]!.id)!, 1);
    const grid = pdfGrid(words, 'Assessors and key dates', STAGES.map(stageTitle), [
      ...labels,
      KEY_DATE_LABELS.visitDays,
      KEY_DATE_LABELS.category,
    ]);
    STAGES.forEach((stage, c) => {
      expect(
        labels.map((l) => grid.get(l)?.[c]),
        stage.id,
      ).toEqual(values(stage));
      expect(grid.get(KEY_DATE_LABELS.category)?.[c]).toBe(printed.get(stage.id));
    });
  });

  it('of first and second surveillance and of recertification agree everywhere, TBC included', async () => {
    const facts = allCycleDates(RECORD).map((d) => [d.label, d.value]);
    expect(facts).toEqual([
      ['Date of first surveillance', '10 March 2016'],
      ['Date of second surveillance', '9 March 2017'],
      ['Date of recertification', 'TBC'],
      ['Date of first surveillance (cycle 2)', '11 March 2019'],
      ['Date of second surveillance (cycle 2)', 'TBC'],
      ['Date of recertification (cycle 2)', 'TBC'],
    ]);
    const at = headingIndex(wordBlocks, 'Surveillance and recertification dates');
    const table = wordBlocks[at + 1];
    if (table?.kind !== 'table') throw new Error('no cycle dates table');
    expect(table.rows).toEqual(facts);
    for (const stage of STAGES) {
      const mine = facts.filter(([l]) => stage.cycle > 1 === l!.includes('(cycle'));
      const cover = sheetRows(books.get(stage.id)!, 'Cover');
      expect(
        mine.map(([l]) => [l, cover.find((r) => r[0] === l)?.[1]]),
        stage.id,
      ).toEqual(mine);
      if (!tools) continue;
      // The record PDF prints them with the labels above the values, as the Word record does.
      const text = await pdfLayout(stagePdfs.get(stage.id)!);
      const lines = text.split('\n');
      const head = lines.findIndex((l) => l.includes(mine[0]![0]!));
      const printedValues = lines
        .slice(head + 1)
        .find((l) => l.trim() !== '')!
        .trim()
        .split(/\s{2,}/);
      expect(printedValues, stage.id).toEqual(mine.map(([, v]) => v));
    }
    if (!tools) return;
    const rows = wholeText.split('\n').filter((l) => /^\s*Cycle \d\s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['Cycle 1', ...facts.slice(0, 3).map(([, v]) => v)],
      ['Cycle 2', ...facts.slice(3).map(([, v]) => v)],
    ]);
  });
});
