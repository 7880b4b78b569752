import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { diffStage } from '../../shared/export/xlsx/edits';
import { criterionSheetName } from '../../shared/export/xlsx/layout';
import { readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { setPointProgress, withStage } from '../../shared/records/surveillance-edit';
import { scoreStage } from '../../shared/scoring/score-stage';
import { trackDevelopmentPoints } from '../../shared/surveillance/development-points';
import type { IsoDate } from '../../shared/types/dates';
import { formatLongDate } from '../../shared/types/dates';
import type { StageId } from '../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import type { DevelopmentPointId } from '../../shared/types/surveillance';
import {
  DEVELOPMENT_POINT_STATUS_NAMES,
  REQUESTED_DOCUMENT_NAMES,
} from '../../shared/types/surveillance';
import { GENERATED_AT, INITIAL, excel, sampleRecord, sheetRows } from './support';
import { longText } from './support-long';

const SV1 = 'stage-sv1-2016' as StageId;
const SV2 = 'stage-sv2-2017' as StageId;
const TODAY = '2017-03-20' as IsoDate;
const PLAN = 'Surveillance plan';
const REPORT = 'Surveillance report';

let record: AssessmentRecord;
let bytes: Uint8Array;
let book: XLSX.WorkBook;

async function workbookOf(r: AssessmentRecord, stage: string): Promise<Uint8Array> {
  return renderWorkbook(
    buildWorkbookSpec(r, stage, { generatedAt: GENERATED_AT, today: TODAY }),
    await excel(),
  );
}

function stageOf(id: string): Stage {
  const stage = record.stages.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage ${id}`);
  return stage;
}

/** The row whose first cell is `first`. */
function rowStarting(rows: string[][], first: string): string[] {
  const row = rows.find((r) => r[0] === first);
  if (!row) throw new Error(`no row starting "${first}"`);
  return row;
}

beforeAll(async () => {
  record = sampleRecord();
  bytes = await workbookOf(record, SV1);
  book = XLSX.read(bytes);
});

describe('the workbook of a surveillance stage', () => {
  it('adds the Surveillance plan and Surveillance report sheets before the hidden id sheet', () => {
    expect(book.SheetNames).toEqual([
      'Cover',
      ...DEFAULT_CATALOGUE.criteria.map(criterionSheetName),
      'Scoring',
      'Development points',
      PLAN,
      REPORT,
      '_fieldbook',
    ]);
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('adds no surveillance sheet to the workbook of an initial assessment', async () => {
    const initial = XLSX.read(await workbookOf(record, INITIAL));
    expect(initial.SheetNames).not.toContain(PLAN);
    expect(initial.SheetNames).not.toContain(REPORT);
  });

  it('lists the documents requested with their receipt', () => {
    const rows = sheetRows(book, PLAN);
    const header = rows.findIndex((r) => r[1] === 'Document requested');
    expect(rows[header]?.slice(0, 5)).toEqual([
      'No.',
      'Document requested',
      'Assessor to confirm receipt',
      'Received on',
      'Note',
    ]);
    for (const receipt of stageOf(SV1).surveillance.documents) {
      const row = rows.find((r) => r[1] === REQUESTED_DOCUMENT_NAMES[receipt.document]);
      expect(row?.slice(2, 4), receipt.document).toEqual([
        receipt.receiptConfirmed ? 'Confirmed' : 'To confirm',
        receipt.receivedOn ? formatLongDate(receipt.receivedOn) : '',
      ]);
    }
  });

  it('lists the development points with status, client response and assessor update', () => {
    const rows = sheetRows(book, PLAN);
    const points = trackDevelopmentPoints(record).points.filter(
      (p) => p.raisedAt === 'stage-ia-2015',
    );
    expect(points).toHaveLength(6);
    for (const point of points) {
      const step = point.steps.find((s) => s.stageId === SV1)!;
      const row = rowStarting(rows, point.element);
      expect(row[1]).toContain(point.note);
      expect(row.slice(2, 6)).toEqual([
        DEVELOPMENT_POINT_STATUS_NAMES[step.status],
        'Initial assessment (P)',
        step.clientResponse,
        step.assessorUpdate,
      ]);
    }
    expect(rowStarting(rows, '4.2.3')[2]).toBe('Cleared');
  });

  it('holds the on-site plan rows and the activities', () => {
    const rows = sheetRows(book, PLAN);
    for (const plan of stageOf(SV1).surveillance.onSitePlan) {
      const row = rows.find((r) => r[2] === plan.issues);
      expect(row?.slice(0, 2)).toEqual([
        `${formatLongDate(plan.date!)}\n${plan.time}`,
        plan.people,
      ]);
    }
    for (const tick of stageOf(SV1).surveillance.activities) {
      const row = rows.find((r) => r[2] === (tick.done ? 'Yes' : 'No') && r[3] === tick.note);
      expect(row, tick.activity).toBeDefined();
    }
  });

  it('reports the changed marks, the scoring table of the scoring core and what has changed', () => {
    const rows = sheetRows(book, REPORT);
    expect(rowStarting(rows, '4.2.3').slice(2, 6)).toEqual(['P', 'P', 'F', 'Surveillance 1']);
    const score = scoreStage(stageOf(SV1), DEFAULT_CATALOGUE, 'final');
    const header = rows.findIndex((r) => r[3] === 'Maximum partials allowed');
    for (const c of score.criteria) {
      const row = rows.slice(header).find((r) => r[0] === String(c.criterion));
      expect(row?.slice(1, 8)).toEqual([
        c.name,
        ...[c.elements, c.maxPartial, c.p, c.cp, c.nc].map(String),
        'Yes',
      ]);
    }
    const texts = rows.map((r) => r.join(' '));
    expect(rows.some((r) => r[0] === '1. No non-compliance is allowed.')).toBe(true);
    expect(texts.some((t) => t.includes('"Certifying-body table": 2, 2, 2, 3, 2'))).toBe(true);
    expect(texts.some((t) => t.includes('"Strict 80%" allows 2'))).toBe(true);
    for (const note of stageOf(SV1).surveillance.whatHasChanged) {
      const row = rows.slice(header + 7).find((r) => r[0] === String(note.criterion));
      expect(row?.[2]).toBe(note.text);
    }
  });

  it('carries a client response longer than an Excel cell on "continued" rows, whole', async () => {
    const long = longText(40_000, 'RESPONSE');
    const sv1 = setPointProgress(stageOf(SV1), {
      point: '1.3.4@stage-ia-2015' as DevelopmentPointId,
      status: 'progressing',
      clientResponse: long,
      assessorUpdate: 'Seen.',
    });
    const rows = sheetRows(XLSX.read(await workbookOf(withStage(record, sv1), SV1)), PLAN);
    const first = rows.findIndex((r) => r[0] === '1.3.4');
    const pieces = [rows[first]![4]!];
    for (let r = first + 1; rows[r]?.[0] === '1.3.4 continued'; r += 1) pieces.push(rows[r]![4]!);
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.length <= 32_767)).toBe(true);
    expect(pieces.join('')).toBe(long);
  });
});

describe('the importer reads a surveillance-stage workbook', () => {
  it('finds no difference in a workbook exported from surveillance 1 or 2', async () => {
    for (const stage of [SV1, SV2]) {
      const exported = stage === SV1 ? bytes : await workbookOf(record, stage);
      const read = await readWorkbookEdits(exported, record, await excel(), { stageId: stage });
      if (!read.ok) throw new Error(read.errors.join('\n'));
      expect(read.value.stageId).toBe(stage);
      expect(read.value.entries).toHaveLength(57);
      expect(diffStage(record, stage, read.value)).toEqual([]);
    }
  });

  it('still reads marks edited on a criterion sheet of a surveillance workbook', async () => {
    const edited = XLSX.read(bytes);
    const sheet = criterionSheetName(DEFAULT_CATALOGUE.criteria[0]!);
    const rows = sheetRows(edited, sheet);
    const row = rows.findIndex((r) => r[0] === '1.3.4') + 1;
    XLSX.utils.sheet_add_aoa(edited.Sheets[sheet]!, [['F']], { origin: `I${row}` });
    const out = XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
    const read = await readWorkbookEdits(out, record, await excel(), { stageId: SV1 });
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(diffStage(record, SV1, read.value).map((e) => e.element)).toEqual(['1.3.4']);
  });
});
