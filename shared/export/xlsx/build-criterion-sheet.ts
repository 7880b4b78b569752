import type { CatalogueCriterion, CatalogueElement } from '../../catalogue/catalogue';
import { MARKS } from '../../types/marks';
import type { ElementEntry } from '../../types/record';
import { stageTitle } from '../../records/select-stage';
import type { ExportContext } from '../export-context';
import { CONFIDENTIAL } from '../export-context';
import { linkedEvidenceText } from '../linked-evidence';
import type { CriterionColumnKey } from './layout';
import {
  CRITERION_COLUMNS,
  continuationLabel,
  criterionColumn,
  criterionSheetName,
  estimateRowHeight,
  splitForCells,
} from './layout';
import type { CellSpec, ListValidation, RowSpec, SheetSpec } from './spec';
import { cell, columnLetter } from './spec';
import type { StyleName } from './workbook-styles';
import { markHighlights } from './workbook-styles';

const WIDTHS = CRITERION_COLUMNS.map((c) => c.width);
const LAST_COLUMN = columnLetter(CRITERION_COLUMNS.length);

/** What one element row shows: the stage's entry and the evidence linked to the element. */
interface ElementRowData {
  readonly element: CatalogueElement;
  readonly entry: ElementEntry;
  /** The "Linked evidence" cell: one line per linked document or passage. */
  readonly linked: string;
}

/** The text each column shows for an entry (before any split over continuation rows). */
function columnText(key: CriterionColumnKey, { element, entry, linked }: ElementRowData): string {
  switch (key) {
    case 'element':
      return element.id;
    case 'statement':
      return element.statement;
    case 'linkedEvidence':
      return linked;
    case 'verifiedOnSite':
      return entry.verifiedOnSite ? 'VO' : '';
    case 'dtrMark':
      return entry.dtrMark ?? '';
    case 'finalMark':
      return entry.finalMark ?? '';
    default:
      return entry[key];
  }
}

const COLUMN_STYLE: Readonly<Record<CriterionColumnKey, StyleName>> = {
  element: 'element',
  statement: 'text',
  deskTopEvidence: 'text',
  linkedEvidence: 'text',
  keyQuestions: 'text',
  visitEvidence: 'text',
  verifiedOnSite: 'centre',
  dtrMark: 'mark',
  finalMark: 'mark',
  cpJustification: 'text',
  developmentNote: 'text',
};

/**
 * The rows of one element: its own row, then a continuation row for each further piece of any
 * text over Excel's 32,767-character cell limit (column A says "1.1.1 continued"). Joining a
 * column's pieces in order gives the text back exactly.
 */
function elementRows(data: ElementRowData): RowSpec[] {
  const { element } = data;
  const pieces = CRITERION_COLUMNS.map((c) => splitForCells(columnText(c.key, data)));
  const count = Math.max(...pieces.map((p) => p.length));
  const rows: RowSpec[] = [];
  for (let i = 0; i < count; i += 1) {
    const texts = pieces.map((p) => p[i] ?? '');
    const cells: CellSpec[] = CRITERION_COLUMNS.map((column, c) => {
      if (i === 0) return cell(texts[c] ?? '', COLUMN_STYLE[column.key]);
      if (column.key === 'element') return cell(continuationLabel(element.id), 'continuation');
      if (column.key === 'statement') {
        return cell(
          `Continuation of ${element.id}: text over 32,767 characters (one Excel cell) carries on here.`,
          'continuation',
        );
      }
      return cell(texts[c] ?? '', COLUMN_STYLE[column.key]);
    });
    rows.push({ cells, height: estimateRowHeight(texts, WIDTHS) });
  }
  return rows;
}

function headingRow(text: string): RowSpec {
  const cells = CRITERION_COLUMNS.map((_, i) => cell(i === 0 ? text : null, 'heading'));
  return { cells, height: 18 };
}

function listValidation(
  column: number,
  lastRow: number,
  values: readonly string[],
): ListValidation {
  const letter = columnLetter(column);
  return {
    range: `${letter}2:${letter}${lastRow}`,
    values,
    promptTitle: values.length === 1 ? 'Verified on-site' : 'Mark',
    prompt:
      values.length === 1
        ? 'VO when the evidence was verified on-site; leave blank otherwise.'
        : 'CP Compliance Plus, F Full, P Partial, NC Non-compliance; blank while unmarked.',
    error: `Choose ${values.join(', ')} or leave the cell blank.`,
  };
}

/** Where a criterion sheet's mark cells are, for the scoring sheet's formulas. */
export interface CriterionSheetLayout {
  readonly name: string;
  /** First and last row that may hold marks (header excluded). */
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * One sheet per criterion: header row (frozen, repeated when printed), a heading row per
 * sub-criterion and a row per element with every field, its linked evidence and both marks;
 * drop-down lists on the VO and mark columns as one range per column; CP, P and NC highlighted.
 * The "Linked evidence" column is hidden when no element of the stage has any, so that a record
 * without an evidence library looks as it always did.
 */
export function buildCriterionSheet(
  context: ExportContext,
  criterion: CatalogueCriterion,
): { sheet: SheetSpec; layout: CriterionSheetLayout } {
  const name = criterionSheetName(criterion);
  const header: RowSpec = {
    cells: CRITERION_COLUMNS.map((c) => cell(c.header, 'header')),
    height: 30,
  };
  const rows: RowSpec[] = [header];
  const merges: string[] = [];
  for (const sub of criterion.subCriteria) {
    rows.push(headingRow(`${sub.id} ${sub.name}`));
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
    for (const element of sub.elements) {
      const linked = linkedEvidenceText(context.linked(element.id));
      rows.push(...elementRows({ element, entry: context.entry(element.id), linked }));
    }
  }
  const lastRow = rows.length;
  const dtr = columnLetter(criterionColumn('dtrMark'));
  const final = columnLetter(criterionColumn('finalMark'));
  const organisation = context.record.organisation;
  const sheet: SheetSpec = {
    name,
    state: 'visible',
    tabColor: '2E75B6',
    columns: CRITERION_COLUMNS.map((c) =>
      c.key === 'linkedEvidence' && !context.hasLinkedEvidence
        ? { width: c.width, hidden: true }
        : { width: c.width },
    ),
    rows,
    freeze: { rows: 1, columns: 1 },
    merges,
    validations: [
      listValidation(criterionColumn('verifiedOnSite'), lastRow, ['VO']),
      listValidation(criterionColumn('dtrMark'), lastRow, MARKS),
      listValidation(criterionColumn('finalMark'), lastRow, MARKS),
    ],
    highlights: markHighlights(`${dtr}2:${final}${lastRow}`),
    page: {
      orientation: 'landscape',
      printTitlesRow: '1:1',
      headerLeft: `${organisation.name} — ${organisation.reference}`,
      headerRight: `Criterion ${criterion.number} ${criterion.name} — ${stageTitle(context.stage)}`,
      footerLeft: CONFIDENTIAL,
      fitToWidth: true,
    },
  };
  return { sheet, layout: { name, firstRow: 2, lastRow } };
}
