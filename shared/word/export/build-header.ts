import { KEY_OF_MARKS } from '../../export/export-context';
import type { KeyDateLabels } from '../../export/record-header';
import { keyDateTable } from '../../export/record-header';
import { allCycleDates, categoriesAfterStages } from '../../records/record-facts';
import type { AssessmentRecord, Stage } from '../../types/record';
import { SURVEILLANCE_CATEGORY_NAMES } from '../../types/surveillance';
import {
  COLUMN_TITLES,
  CONFIDENTIAL_MARKING,
  DOCUMENT_SUBTITLE,
  DOCUMENT_TITLE,
  HEADER_LABELS,
  STAGE_CATEGORY_LABEL,
  STAGE_ROW_LABELS,
  SUBHEADINGS,
} from '../layout-text';
import type { WordBlock, WordTable } from './spec';
import { SHADES, cell, columnsTable, labelTable, paragraph } from './spec-helpers';

/** The key in three pairs of columns (three rows), so that it stays on the first page. */
function keyOfMarksTable(): WordTable {
  const perRow = 3;
  const rows = [];
  for (let i = 0; i < KEY_OF_MARKS.length; i += perRow) {
    const pairs = KEY_OF_MARKS.slice(i, i + perRow);
    const cells = Array.from({ length: perRow }, (_, j) => pairs[j] ?? (['', ''] as const)).flatMap(
      ([code, meaning]) => [
        cell(code, { bold: true, shade: code ? SHADES.label : undefined }),
        cell(meaning),
      ],
    );
    rows.push({ cells });
  }
  return { kind: 'table', widths: [7, 26, 7, 26, 7, 27], rows };
}

/** Stages per table of assessors and dates, so that the columns stay readable. */
const STAGES_PER_TABLE = 4;

/** The key-date table's labels in the Word layout (the import reads them back). */
const WORD_KEY_DATE_LABELS: KeyDateLabels = {
  ...STAGE_ROW_LABELS,
  category: STAGE_CATEGORY_LABEL,
};

/**
 * Assessors, key dates, visit days and the category after each stage, one column per stage
 * (`keyDateTable`, the same rows as the PDF and XLSX). A stage without a decided category shows
 * an empty cell: the layout carries only the assessor's decision.
 */
function stageTable(record: AssessmentRecord, stages: readonly Stage[]): WordTable {
  const decided = new Map(
    categoriesAfterStages(record).map((c) => [
      c.stageId,
      c.decided === null ? '' : SURVEILLANCE_CATEGORY_NAMES[c.decided],
    ]),
  );
  const table = keyDateTable(record, stages, undefined, WORD_KEY_DATE_LABELS);
  const rows = table.rows.map(([label, ...values]): readonly [string, ...string[]] =>
    label === STAGE_CATEGORY_LABEL
      ? [label, ...stages.map((s) => decided.get(s.id) ?? '')]
      : [label, ...values],
  );
  const width = 64 / stages.length;
  return {
    kind: 'table',
    widths: [36, ...stages.map(() => width)],
    rows: [
      {
        header: true,
        cells: [
          cell('', { shade: SHADES.header }),
          ...table.columns.map((t) => cell(t, { bold: true, shade: SHADES.header })),
        ],
      },
      ...rows.map(([label, ...values]) => ({
        cells: [cell(label, { bold: true, shade: SHADES.label }), ...values.map((v) => cell(v))],
      })),
    ],
  };
}

/** The first pages: title, organisation, contacts, assessors and key dates, key of marks. */
export function buildHeader(record: AssessmentRecord): WordBlock[] {
  const org = record.organisation;
  const blocks: WordBlock[] = [
    paragraph(DOCUMENT_TITLE, 'title'),
    paragraph(DOCUMENT_SUBTITLE, 'subtitle'),
    paragraph(CONFIDENTIAL_MARKING, 'body', { bold: true, color: 'C00000' }),
    labelTable([
      [HEADER_LABELS.reference, org.reference],
      [HEADER_LABELS.name, org.name],
      [HEADER_LABELS.units, org.unitsInScope],
    ]),
  ];
  if (org.contacts.length > 0) {
    blocks.push(
      paragraph(SUBHEADINGS.contacts, 'heading2'),
      columnsTable(
        COLUMN_TITLES.contacts,
        org.contacts.map((c) => [c.name, c.role, c.email, c.phone]),
        [22, 24, 34, 20],
      ),
    );
  }
  blocks.push(paragraph(SUBHEADINGS.keyDates, 'heading2'));
  for (let i = 0; i < record.stages.length; i += STAGES_PER_TABLE) {
    blocks.push(stageTable(record, record.stages.slice(i, i + STAGES_PER_TABLE)));
  }
  blocks.push(
    paragraph(SUBHEADINGS.cycleDates, 'heading2'),
    labelTable(
      allCycleDates(record).map((d) => [d.label, d.value]),
      [50, 50],
    ),
    paragraph(SUBHEADINGS.keyOfMarks, 'heading2'),
    keyOfMarksTable(),
  );
  return blocks;
}
