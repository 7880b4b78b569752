import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ScoreChange } from '../../records/record-facts';
import { otherDevelopmentNotes, stageDevelopmentPoints } from '../../records/record-facts';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord } from '../../types/record';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../types/surveillance';
import { markCell, rowsFitOnPage, titledTable } from './pdf-common';
import { elementCell, textOrNone } from './surveillance-pdf-parts';

/**
 * The record's facts as PDF tables (shared/records/record-facts.ts): the development points at a
 * stage, the notes on elements without one, and score changes. Every PDF that lists them uses
 * these, so the reports agree with each other and with the DOCX and XLSX.
 */

/** Text width and height of the page the table goes on, and its font size. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/** Words for an empty development note. */
export const NO_NOTE = '(no development note written)';

function fixedWidths(page: PdfPage, fixed: readonly number[]): number[] {
  const rest = page.width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 1) * 9;
  return [...fixed, Math.max(80, rest)];
}

/**
 * "Development points": every point at the stage (`stageDevelopmentPoints`) with where it was
 * raised, the final mark and status at the stage, and the note; then, when there are any, the
 * notes kept on elements without a point.
 */
export function developmentPointsPdf(
  record: AssessmentRecord,
  stageId: StageId | string,
  page: PdfPage,
  title = 'Development points',
): Content[] {
  const points = stageDevelopmentPoints(record, stageId);
  const widths = fixedWidths(page, [page.width > 600 ? 210 : 130, 78, 34, 62]);
  const rows: TableCell[][] = points.map((p) => [
    elementCell(p.element, p.statement),
    p.raisedHere ? `${p.raisedAtTitle} (this stage)` : p.raisedAtTitle,
    markCell(p.mark),
    { text: DEVELOPMENT_POINT_STATUS_NAMES[p.status], bold: true },
    textOrNone(p.note, p.latestNote === '' ? NO_NOTE : `${NO_NOTE} — earlier: ${p.latestNote}`),
  ]);
  const texts = points.map((p) => [p.statement, p.raisedAtTitle, '', '', p.note || p.latestNote]);
  if (rows.length === 0) {
    rows.push([
      { text: 'No development point at this stage.', style: 'note', colSpan: 5 },
      '',
      '',
      '',
      '',
    ]);
  }
  const out: Content[] = [
    titledTable({
      title: `${title} (${points.length})`,
      headers: ['Element', 'Raised at', 'Final mark', 'Status', 'Development point'],
      widths,
      rows,
      dontBreakRows: rowsFitOnPage(texts, widths, page.fontSize, page.height),
      keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), widths, page.fontSize, page.height),
    }),
  ];
  const others = otherDevelopmentNotes(record, stageId);
  if (others.length > 0) {
    const otherWidths = fixedWidths(page, [page.width > 600 ? 210 : 130, 34]);
    out.push(
      titledTable({
        title: 'Development notes on elements without a development point at this stage',
        headers: ['Element', 'Final mark', 'Note'],
        widths: otherWidths,
        rows: others.map((o) => [elementCell(o.element, o.statement), markCell(o.mark), o.note]),
        dontBreakRows: rowsFitOnPage(
          others.map((o) => [o.statement, '', o.note]),
          otherWidths,
          page.fontSize,
          page.height,
        ),
        keepWithFirstRow: true,
      }),
    );
  }
  return out;
}

/**
 * A table of score changes (`scoreChangesAt` / `cycleScoreChanges`): element, the mark the stage
 * started from, the stage's DTR and final marks, and where it changed.
 */
export function scoreChangesPdf(
  changes: readonly ScoreChange[],
  title: string,
  empty: string,
): Content {
  const rows = changes.map((c): TableCell[] => [
    elementCell(c.element, c.statement),
    markCell(c.from ?? '—'),
    markCell(c.dtr ?? '—'),
    markCell(c.to ?? '—'),
    c.stageTitle,
  ]);
  if (rows.length === 0) {
    rows.push([{ text: empty, style: 'note', colSpan: 5 }, '', '', '', '']);
  }
  return titledTable({
    title,
    headers: ['Element', 'From', 'DTR', 'Final', 'Changed at'],
    widths: ['*', 36, 36, 36, 110],
    rows,
    dontBreakRows: true,
    keepWithFirstRow: true,
  });
}
