import { VERDICT_NAMES } from '../../scoring/score-types';
import { COMPLIES_WORDS } from '../export-context';
import type { SurveillanceExportData } from '../surveillance-data';
import { categoryText } from '../surveillance-data';
import {
  maximaSentence,
  profileDifferences,
  profileNote,
  profilesAgreeSentence,
} from '../surveillance-rules';
import type { SheetRows } from './build-surveillance-rows';
import {
  blockHeader,
  blockRow,
  blockTitle,
  factRow,
  sheetRows,
  surveillancePage,
  text,
  wideRow,
} from './build-surveillance-rows';
import type { SheetSpec } from './spec';
import { markHighlights, verdictHighlights } from './workbook-styles';

/** Sheet name of the surveillance report. */
export const SURVEILLANCE_REPORT_SHEET = 'Surveillance report';

/** A: criterion / element, B: name / statement, C–H: numbers, marks and texts. */
const WIDTHS = [10, 42, 12, 12, 12, 12, 12, 14];

function changedMarks(sheet: SheetRows, data: SurveillanceExportData): void {
  const { report } = data;
  blockTitle(
    sheet,
    `Element scores changed since the first assessment (${report.firstStageTitle})`,
  );
  blockHeader(sheet, ['Element', 'Statement', 'From', 'DTR', 'Final', ['Changed at', 3]]);
  const first = sheet.rows.length + 1;
  for (const change of report.changedMarks) {
    blockRow(sheet, [
      text(change.element, 'element'),
      text(change.statement),
      text(change.from ?? '—', 'mark'),
      text(change.dtr ?? '—', 'mark'),
      text(change.to ?? '—', 'mark'),
      text(change.stageTitle, 'text', 3),
    ]);
  }
  if (report.changedMarks.length === 0) {
    wideRow(sheet, `No element score has changed since ${report.firstStageTitle}.`, 'note');
  }
  sheet.highlights.push(...markHighlights(`C${first}:E${sheet.rows.length}`));
}

function scoring(sheet: SheetRows, data: SurveillanceExportData): void {
  const { report, context } = data;
  const final = context.scores.final;
  const status = new Map(final.criteria.map((c) => [c.criterion, c.status] as const));
  blockTitle(sheet, `Scoring — final marks at ${report.stageTitle} (as exported)`);
  blockHeader(sheet, [
    'Criterion',
    'Name',
    'Elements',
    'Maximum partials allowed',
    'Actual partials',
    'Actual CP',
    'Actual NC',
    'Complies',
  ]);
  const first = sheet.rows.length + 1;
  for (const row of report.scoring) {
    blockRow(sheet, [
      text(row.criterion, 'centre'),
      text(row.unmarked > 0 ? `${row.name} (${row.unmarked} not marked)` : row.name, 'label'),
      text(row.elements, 'centre'),
      text(row.maxPartials, 'centre'),
      text(row.partials, 'centre'),
      text(row.compliancePlus, 'centre'),
      text(row.nonCompliances, 'centre'),
      text(COMPLIES_WORDS[status.get(row.criterion) ?? 'incomplete'], 'mark'),
    ]);
  }
  blockRow(sheet, [
    text(`Verdict under "${context.profile.name}"`, 'label', 7),
    text(VERDICT_NAMES[final.verdict], 'mark'),
  ]);
  sheet.highlights.push(...verdictHighlights(`H${first}:H${sheet.rows.length}`));
  blockTitle(sheet, 'The rules');
  report.rules.forEach((rule, i) => wideRow(sheet, `${i + 1}. ${rule}`, 'plain'));
  wideRow(sheet, maximaSentence(context.profile, report.scoring), 'plain');
  for (const difference of profileDifferences(context.profile, report.scoring)) {
    wideRow(sheet, difference, 'plain');
  }
  const note = profileNote(final);
  wideRow(
    sheet,
    note === null ? profilesAgreeSentence(final) : `${note.lead} ${note.detail}`,
    note === null ? 'note' : 'label',
  );
}

function whatHasChanged(sheet: SheetRows, data: SurveillanceExportData): void {
  const { report } = data;
  blockTitle(sheet, `What has changed since the first assessment (${report.firstStageTitle})`);
  blockHeader(sheet, ['Criterion', 'Name', ['What has changed', 6]]);
  for (const row of report.whatHasChanged) {
    blockRow(sheet, [
      text(row.criterion, 'centre'),
      text(row.name, 'label'),
      text(row.text === '' ? '(nothing recorded)' : row.text, 'text', 6),
    ]);
  }
}

/**
 * The "Surveillance report" sheet of a surveillance stage: the element scores changed since the
 * cycle's first assessment, the scoring table per criterion with the rules, the profile in use
 * and any disagreement between the profiles, then what has changed under each criterion. Values
 * as exported (the Scoring sheet is the one that recalculates); the importer never reads it.
 */
export function buildSurveillanceReportSheet(data: SurveillanceExportData): SheetSpec {
  const { context, report } = data;
  const sheet = sheetRows(WIDTHS);
  const title = `${SURVEILLANCE_REPORT_SHEET} — ${report.stageTitle}`;
  wideRow(sheet, title, 'title', 22);
  wideRow(
    sheet,
    `Rule profile: ${context.profile.name}. Values as exported on ${context.generatedText}; CSE Fieldbook does not read this sheet back.`,
    'note',
  );
  sheet.rows.push({ cells: [] });
  factRow(sheet, 'First assessment', `${report.firstStageTitle} (cycle ${report.cycle})`);
  factRow(sheet, `Category after ${report.stageTitle}`, categoryText(data.categoryAfter));
  changedMarks(sheet, data);
  scoring(sheet, data);
  whatHasChanged(sheet, data);
  return {
    name: SURVEILLANCE_REPORT_SHEET,
    state: 'visible',
    tabColor: '7030A0',
    columns: WIDTHS.map((width) => ({ width })),
    rows: sheet.rows,
    merges: sheet.merges,
    highlights: sheet.highlights,
    page: surveillancePage(context, title),
  };
}
