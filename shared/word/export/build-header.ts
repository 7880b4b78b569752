import { stageTitle } from '../../records/select-stage';
import { formatKeyDate } from '../../types/dates';
import type { AssessmentRecord, Stage } from '../../types/record';
import { STAGE_DATE_FIELDS } from '../../types/record';
import {
  COLUMN_TITLES,
  CONFIDENTIAL_MARKING,
  CYCLE_DATE_LABELS,
  DOCUMENT_SUBTITLE,
  DOCUMENT_TITLE,
  HEADER_LABELS,
  STAGE_ROW_LABELS,
  SUBHEADINGS,
} from '../layout-text';
import type { WordBlock, WordTable } from './spec';
import { SHADES, cell, columnsTable, labelTable, paragraph } from './spec-helpers';

/** The key of marks and abbreviations, as the record prints it. */
const KEY_OF_MARKS: readonly (readonly [string, string])[] = [
  ['CP', 'Compliance Plus'],
  ['F', 'Full Compliance'],
  ['P', 'Partial Compliance'],
  ['NC', 'Non-compliance'],
  ['VO', 'Evidence Verified On-Site'],
  ['DTR', 'Desk-top Review'],
  ['AV', 'Assessment Visit'],
];

/** The key in two pairs of columns, so that it stays on the first page. */
function keyOfMarksTable(): WordTable {
  const half = Math.ceil(KEY_OF_MARKS.length / 2);
  const rows = KEY_OF_MARKS.slice(0, half).map((left, i) => {
    const right = KEY_OF_MARKS[half + i] ?? ['', ''];
    return {
      cells: [
        cell(left[0], { bold: true, shade: SHADES.label }),
        cell(left[1]),
        cell(right[0], { bold: true, shade: right[0] ? SHADES.label : undefined }),
        cell(right[1]),
      ],
    };
  });
  return { kind: 'table', widths: [10, 40, 10, 40], rows };
}

/** Stages per table of assessors and dates, so that the columns stay readable. */
const STAGES_PER_TABLE = 4;

function stageTable(stages: readonly Stage[]): WordTable {
  const rows: (readonly [string, ...string[]])[] = [
    [STAGE_ROW_LABELS.assessor, ...stages.map((s) => s.assessor)],
    ...STAGE_DATE_FIELDS.map((f): [string, ...string[]] => [
      STAGE_ROW_LABELS[f],
      ...stages.map((s) => formatKeyDate(s.dates[f])),
    ]),
    [
      STAGE_ROW_LABELS.visitDays,
      ...stages.map((s) => (s.visitDays === null ? '' : String(s.visitDays))),
    ],
  ];
  const width = 64 / stages.length;
  return {
    kind: 'table',
    widths: [36, ...stages.map(() => width)],
    rows: [
      {
        header: true,
        cells: [
          cell('', { shade: SHADES.header }),
          ...stages.map((s) => cell(stageTitle(s), { bold: true, shade: SHADES.header })),
        ],
      },
      ...rows.map(([label, ...values]) => ({
        cells: [cell(label, { bold: true, shade: SHADES.label }), ...values.map((v) => cell(v))],
      })),
    ],
  };
}

/**
 * "Date of first surveillance" and the like for each cycle: the visit of that stage as the
 * record holds it, empty when the stage exists without a visit date, "TBC" when it does not
 * exist yet (as the certifying body writes it).
 */
function cycleDateRows(record: AssessmentRecord): [string, string][] {
  const cycles = [...new Set(record.stages.map((s) => s.cycle))].sort((a, b) => a - b);
  const rows: [string, string][] = [];
  for (const cycle of cycles) {
    const suffix = cycle > 1 ? ` (cycle ${cycle})` : '';
    for (const [kind, label] of Object.entries(CYCLE_DATE_LABELS)) {
      const wanted = kind === 'reassessment' ? cycle + 1 : cycle;
      const stage = record.stages.find((s) => s.kind === kind && s.cycle === wanted);
      const value = stage ? formatKeyDate(stage.dates.visit) : 'TBC';
      rows.push([`${label}${suffix}`, value]);
    }
  }
  return rows;
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
        [26, 26, 28, 20],
      ),
    );
  }
  blocks.push(paragraph(SUBHEADINGS.keyDates, 'heading2'));
  for (let i = 0; i < record.stages.length; i += STAGES_PER_TABLE) {
    blocks.push(stageTable(record.stages.slice(i, i + STAGES_PER_TABLE)));
  }
  blocks.push(
    paragraph(SUBHEADINGS.cycleDates, 'heading2'),
    labelTable(cycleDateRows(record), [50, 50]),
    paragraph(SUBHEADINGS.keyOfMarks, 'heading2'),
    keyOfMarksTable(),
  );
  return blocks;
}
