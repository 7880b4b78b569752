import { stageTitle } from '../../records/select-stage';
import type { CriterionScore, StageScore } from '../../scoring/score-types';
import { VERDICT_NAMES } from '../../scoring/score-types';
import type { MarkSet } from '../../types/marks';
import type { ExportContext } from '../export-context';
import { COMPLIES_WORDS, CONFIDENTIAL } from '../export-context';
import type { CriterionSheetLayout } from './build-criterion-sheet';
import { criterionColumn, estimateRowHeight } from './layout';
import type { CellSpec, HighlightRule, RowSpec, SheetSpec } from './spec';
import { cell, columnLetter, sheetRef } from './spec';
import { verdictHighlights } from './workbook-styles';

const HEADERS = [
  'Criterion',
  'Elements',
  'Max partials allowed',
  'Needed at F or CP',
  'CP',
  'F',
  'P',
  'NC',
  'Unmarked',
  'Share at F or CP',
  'Complies',
] as const;
const WIDTHS = [40, 10, 11, 11, 7, 7, 7, 7, 10, 11, 12];
const LAST = columnLetter(HEADERS.length);
const SET_TITLES: Readonly<Record<MarkSet, string>> = {
  dtr: 'Desk-top review (DTR) marks',
  final: 'Visit (final) marks',
};

/**
 * One criterion's row: counts are COUNTIF formulas over the criterion sheet's mark column, each
 * with the value computed now stored as its result, so the sheet recalculates after edits in
 * Excel or LibreOffice and still reads right in viewers that never recalculate.
 */
function criterionRow(
  score: CriterionScore,
  layout: CriterionSheetLayout,
  markSet: MarkSet,
  row: number,
): RowSpec {
  const column = columnLetter(criterionColumn(markSet === 'dtr' ? 'dtrMark' : 'finalMark'));
  const range = `${sheetRef(layout.name)}$${column}$${layout.firstRow}:$${column}$${layout.lastRow}`;
  const count = (mark: string, result: number): CellSpec =>
    cell({ formula: `COUNTIF(${range},"${mark}")`, result }, 'centre');
  const r = (letter: string): string => `${letter}${row}`;
  return {
    cells: [
      cell(`${score.criterion} ${score.name}`, 'label'),
      cell(score.elements, 'centre'),
      cell(score.maxPartial, 'centre'),
      cell(score.minFullOrBetter, 'centre'),
      count('CP', score.cp),
      count('F', score.f),
      count('P', score.p),
      count('NC', score.nc),
      cell({ formula: `${r('B')}-SUM(${r('E')}:${r('H')})`, result: score.unscored }, 'centre'),
      cell(
        { formula: `(${r('E')}+${r('F')})/${r('B')}`, result: score.fullOrBetterShare },
        'percent',
      ),
      cell(
        {
          formula: `IF(OR(${r('H')}>0,${r('G')}>${r('C')},${r('E')}+${r('F')}+${r('I')}<${r('D')}),"No",IF(${r('I')}>0,"Incomplete","Yes"))`,
          result: COMPLIES_WORDS[score.status],
        },
        'mark',
      ),
    ],
  };
}

/** A table of the five criteria for one mark set, then its recalculated verdict. */
function scoreTable(
  score: StageScore,
  layouts: readonly CriterionSheetLayout[],
  rows: RowSpec[],
  highlights: HighlightRule[],
): void {
  rows.push({ cells: [] });
  rows.push({ cells: [cell(SET_TITLES[score.markSet], 'subtitle')], height: 20 });
  rows.push({ cells: HEADERS.map((h) => cell(h, 'header')), height: 30 });
  const first = rows.length + 1;
  score.criteria.forEach((c, i) => {
    const layout = layouts[i];
    if (layout) rows.push(criterionRow(c, layout, score.markSet, rows.length + 1));
  });
  const lastRow = rows.length;
  highlights.push(...verdictHighlights(`K${first}:K${lastRow}`));
  const all = score.criteria.length;
  rows.push({
    cells: [
      cell('Verdict (recalculates from the marks)', 'label'),
      ...Array.from({ length: HEADERS.length - 2 }, () => null),
      cell(
        {
          formula: `IF(SUM(I${first}:I${lastRow})>0,"Incomplete",IF(COUNTIF(K${first}:K${lastRow},"Yes")=${all},"Achieved","Not achieved"))`,
          result: VERDICT_NAMES[score.verdict],
        },
        'mark',
      ),
    ],
  });
  highlights.push(...verdictHighlights(`K${rows.length}`));
}

/** The verdict as computed at export time, with its reasons and warnings, as plain text. */
function asExported(score: StageScore, rows: RowSpec[], merges: string[]): void {
  const wide = (text: string, style: string): void => {
    rows.push({ cells: [cell(text, style)], height: estimateRowHeight([text], [sum(WIDTHS)]) });
    merges.push(`A${rows.length}:${LAST}${rows.length}`);
  };
  rows.push({ cells: [] });
  wide(
    `${SET_TITLES[score.markSet]}: verdict as exported — ${VERDICT_NAMES[score.verdict]}`,
    'verdict',
  );
  for (const reason of score.reasons) wide(reason, 'text');
  for (const warning of score.warnings) wide(`To check: ${warning}`, 'note');
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * The Scoring sheet: per criterion and mark set the elements, maximum partials, counts of CP, F,
 * P and NC, unmarked, share at F or CP and whether it complies — live formulas with their
 * results — then the verdict and its reasons as exported.
 */
export function buildScoringSheet(
  context: ExportContext,
  layouts: readonly CriterionSheetLayout[],
): SheetSpec {
  const rows: RowSpec[] = [];
  const merges: string[] = [];
  const highlights: HighlightRule[] = [];
  rows.push({ cells: [cell(`Scoring — ${stageTitle(context.stage)}`, 'title')], height: 22 });
  const note =
    `Rule profile: ${context.profile.name}. ${context.profile.description} ` +
    'The counts and "Complies" recalculate when marks change on the criterion sheets; the ' +
    'verdicts and reasons at the foot are as exported.';
  rows.push({ cells: [cell(note, 'note')], height: 42 });
  merges.push(`A2:${LAST}2`);
  scoreTable(context.scores.final, layouts, rows, highlights);
  scoreTable(context.scores.dtr, layouts, rows, highlights);
  asExported(context.scores.final, rows, merges);
  asExported(context.scores.dtr, rows, merges);
  const { organisation } = context.record;
  return {
    name: 'Scoring',
    state: 'visible',
    tabColor: '548235',
    columns: WIDTHS.map((width) => ({ width })),
    rows,
    merges,
    highlights,
    page: {
      orientation: 'landscape',
      headerLeft: `${organisation.name} — ${organisation.reference}`,
      headerRight: `Scoring — ${stageTitle(context.stage)}`,
      footerLeft: CONFIDENTIAL,
      fitToWidth: true,
    },
  };
}
