import { otherDevelopmentNotes, stageDevelopmentPoints } from '../../records/record-facts';
import { stageTitle } from '../../records/select-stage';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../types/surveillance';
import type { IsoDate } from '../../types/dates';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord } from '../../types/record';
import type { ExportContext, ExportOptions } from '../export-context';
import { CONFIDENTIAL, exportContext, exportTitle } from '../export-context';
import { isSurveillanceKind, surveillanceDataOf, todayOrGenerated } from '../surveillance-data';
import { buildCover } from './build-cover';
import { buildCriterionSheet } from './build-criterion-sheet';
import { buildScoringSheet } from './build-scoring-sheet';
import { buildSurveillancePlanSheet } from './build-surveillance-plan-sheet';
import { buildSurveillanceReportSheet } from './build-surveillance-report-sheet';
import { continuationLabel, estimateRowHeight, splitForCells } from './layout';
import type { RowSpec, SheetSpec, WorkbookSpec } from './spec';
import { META_SHEET, WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION, cell } from './spec';
import { WORKBOOK_STYLES, markHighlights } from './workbook-styles';

/** The keys of the `_fieldbook` sheet, column A; values in column B. */
export const META_KEYS = [
  'format',
  'formatVersion',
  'organisationId',
  'organisationName',
  'reference',
  'stageId',
  'stageTitle',
  'catalogueId',
  'profile',
  'generatedAt',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

const DEV_HEADERS = [
  'Element',
  'Statement',
  'Raised at',
  'Visit (final) result',
  'Status',
  'Development point',
];
const DEV_WIDTHS = [8, 45, 20, 10, 12, 80];

/** One row per piece of a long text: the first carries the cells, the rest "continued". */
function pieceRows(
  rows: RowSpec[],
  element: string,
  cells: readonly [string, string, string, string],
  text: string,
): void {
  splitForCells(text).forEach((piece, i) => {
    const first = i === 0;
    rows.push({
      cells: [
        cell(first ? element : continuationLabel(element), first ? 'element' : 'continuation'),
        cell(first ? cells[0] : '', 'text'),
        cell(first ? cells[1] : '', 'text'),
        cell(first ? cells[2] : '', 'mark'),
        cell(first ? cells[3] : '', 'text'),
        cell(piece, 'text'),
      ],
      height: estimateRowHeight([element, first ? cells[0] : '', '', '', '', piece], DEV_WIDTHS),
    });
  });
}

/**
 * The development points at the stage (`stageDevelopmentPoints`, as every export lists them),
 * then any development notes kept on elements without a point.
 */
function buildDevelopmentPoints(context: ExportContext): SheetSpec {
  const rows: RowSpec[] = [{ cells: DEV_HEADERS.map((h) => cell(h, 'header')), height: 30 }];
  const merges: string[] = [];
  const { record, stage } = context;
  for (const p of stageDevelopmentPoints(record, stage.id)) {
    const raised = p.raisedHere ? `${p.raisedAtTitle} (this stage)` : p.raisedAtTitle;
    const status = DEVELOPMENT_POINT_STATUS_NAMES[p.status];
    const note = p.note === '' ? '(no development note written)' : p.note;
    pieceRows(rows, p.element, [p.statement, raised, p.mark ?? '', status], note);
  }
  if (rows.length === 1) {
    rows.push({ cells: [cell('No development point at this stage.', 'note')] });
    merges.push('A2:F2');
  }
  const others = otherDevelopmentNotes(record, stage.id);
  if (others.length > 0) {
    rows.push({ cells: [] });
    rows.push({
      cells: [cell('Development notes on elements without a development point', 'subtitle')],
      height: 20,
    });
    merges.push(`A${rows.length}:F${rows.length}`);
    for (const o of others) pieceRows(rows, o.element, [o.statement, '', o.mark ?? '', ''], o.note);
  }
  const { organisation } = context.record;
  return {
    name: 'Development points',
    state: 'visible',
    tabColor: 'BF8F00',
    columns: DEV_WIDTHS.map((width) => ({ width })),
    rows,
    merges,
    freeze: { rows: 1, columns: 0 },
    highlights: markHighlights(`D2:D${rows.length}`),
    page: {
      orientation: 'landscape',
      printTitlesRow: '1:1',
      headerLeft: `${organisation.name} — ${organisation.reference}`,
      headerRight: `Development points — ${stageTitle(context.stage)}`,
      footerLeft: CONFIDENTIAL,
      fitToWidth: true,
    },
  };
}

/** The hidden sheet an import reads to recognise the workbook and the stage it came from. */
function buildMeta(context: ExportContext, criterionSheets: readonly string[]): SheetSpec {
  const values: Readonly<Record<MetaKey, string | number>> = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    organisationId: context.record.organisation.id,
    organisationName: context.record.organisation.name,
    reference: context.record.organisation.reference,
    stageId: context.stage.id,
    stageTitle: exportTitle(context),
    catalogueId: context.catalogue.id,
    profile: context.profile.id,
    generatedAt: context.generatedAt,
  };
  const rows: RowSpec[] = META_KEYS.map((key) => ({ cells: [cell(key), cell(values[key])] }));
  criterionSheets.forEach((name, i) => rows.push({ cells: [cell(`sheet.${i + 1}`), cell(name)] }));
  rows.push({
    cells: [
      cell('note'),
      cell('CSE Fieldbook reads this sheet to import edits. Do not change it.'),
    ],
  });
  return {
    name: META_SHEET,
    state: 'hidden',
    columns: [{ width: 18 }, { width: 60 }],
    rows,
  };
}

/** The surveillance plan and report sheets of a surveillance stage; none for other stages. */
function surveillanceSheets(
  context: ExportContext,
  options: ExportOptions & { readonly today?: IsoDate },
): SheetSpec[] {
  if (!isSurveillanceKind(context.stage.kind)) return [];
  const data = surveillanceDataOf(context, todayOrGenerated(options));
  return [buildSurveillancePlanSheet(data), buildSurveillanceReportSheet(data)];
}

/**
 * The workbook of one stage as plain data: Cover, one sheet per criterion, Scoring,
 * Development points, for a surveillance stage the Surveillance plan and Surveillance report
 * (planned on `options.today`, else the date of `generatedAt`), and the hidden `_fieldbook`
 * sheet. Pure: the times used are passed in. Throws `ExportError` for a stage id the record
 * does not hold.
 */
export function buildWorkbookSpec(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: ExportOptions & { readonly today?: IsoDate },
): WorkbookSpec {
  const context = exportContext(record, stageId, options);
  const criteria = context.catalogue.criteria.map((c) => buildCriterionSheet(context, c));
  const layouts = criteria.map((c) => c.layout);
  const sheets = [
    buildCover(context),
    ...criteria.map((c) => c.sheet),
    buildScoringSheet(context, layouts),
    buildDevelopmentPoints(context),
    ...surveillanceSheets(context, options),
    buildMeta(
      context,
      layouts.map((l) => l.name),
    ),
  ];
  // The certifying body's details at the foot of every printed page, as on its Word record
  // (an Excel footer holds at most 255 characters in all, so it is cut short there).
  const footerCentre = context.certifyingBodyLines.join(' · ').slice(0, 160);
  return {
    properties: {
      title: `${record.organisation.name} — ${exportTitle(context)}`,
      subject: `Customer Service Excellence assessment record, reference ${record.organisation.reference}`,
      creator: context.generator,
      created: context.generatedAt,
    },
    styles: WORKBOOK_STYLES,
    sheets:
      footerCentre === ''
        ? sheets
        : sheets.map((s) => (s.page ? { ...s, page: { ...s.page, footerCentre } } : s)),
  };
}
