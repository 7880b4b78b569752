import { formatLongDate } from '../../types/dates';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../types/surveillance';
import type { SurveillanceExportData } from '../surveillance-data';
import { categoryText, visitDateText, visitDaysText, visitModeText } from '../surveillance-data';
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

/** Sheet name of the surveillance plan. */
export const SURVEILLANCE_PLAN_SHEET = 'Surveillance plan';

/** A: number / element / date, B: the main text, C–F: states, dates and texts. */
const WIDTHS = [14, 45, 18, 16, 40, 40];
const STATUS_HIGHLIGHTS = [
  ['Open', 'partial'],
  ['Cleared', 'good'],
  ['To confirm', 'partial'],
  ['Confirmed', 'good'],
] as const;

function documents(sheet: SheetRows, data: SurveillanceExportData): void {
  const { documents: list, documentsOutstanding } = data.preparation;
  blockTitle(
    sheet,
    `Documents requested — receipt confirmed for ${list.length - documentsOutstanding} of ${list.length}`,
  );
  blockHeader(sheet, [
    'No.',
    'Document requested',
    'Assessor to confirm receipt',
    'Received on',
    ['Note', 2],
  ]);
  const first = sheet.rows.length + 1;
  list.forEach((d, i) => {
    blockRow(sheet, [
      text(i + 1, 'centre'),
      text(d.name),
      text(d.receiptConfirmed ? 'Confirmed' : 'To confirm', 'mark'),
      text(d.receivedOn === null ? '' : formatLongDate(d.receivedOn), 'centre'),
      text(d.note, 'text', 2),
    ]);
  });
  highlight(sheet, `C${first}:C${sheet.rows.length}`);
}

function points(sheet: SheetRows, data: SurveillanceExportData): void {
  const { stage } = data.context;
  const open = data.preparation.openPoints;
  blockTitle(sheet, `Development points carried into this stage (${open.length})`);
  blockHeader(sheet, [
    'Element',
    'Development point',
    `Status at this stage`,
    'Raised at',
    "Client's response",
    "Assessor's update",
  ]);
  const first = sheet.rows.length + 1;
  for (const point of open) {
    const step = point.steps.find((s) => s.stageId === stage.id);
    const note = point.note === '' ? '(no development note written yet)' : point.note;
    blockRow(sheet, [
      text(point.element, 'element'),
      text(`${point.statement}\n${note}`),
      text(step ? DEVELOPMENT_POINT_STATUS_NAMES[step.status] : '', 'mark'),
      text(`${point.raisedAtTitle} (${point.raisedAs})`, 'centre'),
      text(step?.clientResponse ?? ''),
      text(step?.assessorUpdate ?? ''),
    ]);
  }
  if (open.length === 0) wideRow(sheet, 'No development point is carried into this stage.', 'note');
  highlight(sheet, `C${first}:C${sheet.rows.length}`);
}

function plan(sheet: SheetRows, data: SurveillanceExportData): void {
  const { onSitePlan, visit } = data.preparation;
  const name = visit.mode === 'off-site' ? 'Plan of the off-site review' : 'On-site plan';
  blockTitle(
    sheet,
    `${name}${onSitePlan.source === 'suggested' ? ' (outline, suggested from the open development points)' : ''}`,
  );
  blockHeader(sheet, ['Date / time', 'Key people to be seen', ['Key issues to be explored', 4]]);
  for (const row of onSitePlan.rows) {
    const when = [row.date === null ? '' : formatLongDate(row.date), row.time.trim()]
      .filter((t) => t !== '')
      .join('\n');
    blockRow(sheet, [text(when), text(row.people), text(row.issues, 'text', 4)]);
  }
  if (onSitePlan.rows.length === 0) wideRow(sheet, 'No plan yet.', 'note');
}

function activities(sheet: SheetRows, data: SurveillanceExportData): void {
  blockTitle(sheet, 'Activities');
  blockHeader(sheet, ['No.', 'Activity', 'Done', ['Note', 3]]);
  data.preparation.activities.forEach((a, i) => {
    blockRow(sheet, [
      text(i + 1, 'centre'),
      text(a.name),
      text(a.done ? 'Yes' : 'No', 'centre'),
      text(a.note, 'text', 3),
    ]);
  });
}

function highlight(sheet: SheetRows, range: string): void {
  for (const [equals, style] of STATUS_HIGHLIGHTS) sheet.highlights.push({ range, equals, style });
}

/**
 * The "Surveillance plan" sheet of a surveillance stage: visit date and days, the category
 * after the stage before, on-site or off-site and why, then the documents requested with their
 * receipt, the development points carried in with status, client's response and assessor's
 * update at this stage, the on-site plan and the activities. Values as exported; the importer
 * never reads this sheet.
 */
export function buildSurveillancePlanSheet(data: SurveillanceExportData): SheetSpec {
  const { context, preparation } = data;
  const { stage } = context;
  const sheet = sheetRows(WIDTHS);
  const title = `${SURVEILLANCE_PLAN_SHEET} — ${data.report.stageTitle}`;
  wideRow(sheet, title, 'title', 22);
  wideRow(
    sheet,
    `Planned on ${formatLongDate(data.today)}; values as exported on ${context.generatedText}. CSE Fieldbook does not read this sheet back: edit the surveillance records in the app.`,
    'note',
  );
  sheet.rows.push({ cells: [] });
  factRow(sheet, 'Assessor', stage.assessor);
  factRow(sheet, 'Date of surveillance visit', visitDateText(stage, preparation));
  factRow(sheet, 'Number of days required', visitDaysText(stage));
  factRow(
    sheet,
    `Surveillance category after ${preparation.basedOn?.title ?? 'the previous stage'}`,
    categoryText(preparation.category),
  );
  factRow(sheet, 'On-site or off-site, and why', visitModeText(preparation));
  documents(sheet, data);
  points(sheet, data);
  plan(sheet, data);
  activities(sheet, data);
  return {
    name: SURVEILLANCE_PLAN_SHEET,
    state: 'visible',
    tabColor: '7030A0',
    columns: WIDTHS.map((width) => ({ width })),
    rows: sheet.rows,
    merges: sheet.merges,
    highlights: sheet.highlights,
    page: surveillancePage(context, title),
  };
}
