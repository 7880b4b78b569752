import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CONFIDENTIAL, exportTitle } from '../export-context';
import type { SurveillanceExportData } from '../surveillance-data';
import type { NextSurveillance } from '../../surveillance/plan';
import { formatLongDate } from '../../types/dates';
import { reportFrame, rowsFitOnPage, titledTable } from './pdf-common';

/** Pieces the two surveillance reports share. */

/** Portrait A4 content width in points. */
export const PORTRAIT_WIDTH = 595 - 60;

/** An element cell: its number in bold over its statement in small grey type. */
export function elementCell(element: string, statement: string): TableCell {
  return {
    stack: [
      { text: element, bold: true },
      { text: statement, fontSize: 7, color: '#404040' },
    ],
  };
}

/** The text, or `none` in grey italics when the text is empty: nothing blank looks forgotten. */
export function textOrNone(text: string, none: string): TableCell {
  return text.trim() === '' ? { text: none, style: 'note' } : text;
}

const PLAN_WIDTHS = [92, 150, PORTRAIT_WIDTH - 92 - 150 - 3 * 9] as const;

/**
 * The on-site plan table (date/time, key people to be seen, key issues to be explored): the
 * assessor's rows, or the rows suggested from the open development points, said so above.
 */
export function onSitePlanTable(
  preparation: NextSurveillance,
  fontSize: number,
  pageHeight: number,
): Content {
  const plan = preparation.onSitePlan;
  const offSite = preparation.visit.mode === 'off-site';
  const title = offSite ? 'Plan of the off-site review' : 'On-site plan';
  const rows: TableCell[][] = [];
  const texts: string[][] = [];
  for (const row of plan.rows) {
    const when = [row.date === null ? '' : formatLongDate(row.date), row.time.trim()]
      .filter((t) => t !== '')
      .join('\n');
    rows.push([
      textOrNone(when, 'To be agreed'),
      textOrNone(row.people, 'To be agreed'),
      row.issues,
    ]);
    texts.push([when, row.people, row.issues]);
  }
  if (rows.length === 0) {
    rows.push([{ text: 'No plan yet.', style: 'note', colSpan: 3 }, '', '']);
  }
  const note =
    plan.source === 'suggested' && plan.rows.length > 0
      ? 'Outline plan drawn from the open development points; dates, times and the people to be seen are to be agreed.'
      : null;
  return {
    stack: [
      titledTable({
        title: `${title}${plan.source === 'suggested' ? ' (outline)' : ''}`,
        headers: ['Date / time', 'Key people to be seen', 'Key issues to be explored'],
        widths: [...PLAN_WIDTHS],
        rows,
        dontBreakRows: rowsFitOnPage(texts, PLAN_WIDTHS, fontSize, pageHeight),
        keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), PLAN_WIDTHS, fontSize, pageHeight),
      }),
      ...(note === null ? [] : [{ text: note, style: 'note', margin: [0, 3, 0, 0] } as Content]),
    ],
  };
}

/**
 * A surveillance PDF on its own (portrait): its title, the stage and "Commercial in
 * Confidence", then `body` — the same body the whole-record PDF prints as a section.
 */
export function surveillancePdf(
  data: SurveillanceExportData,
  title: string,
  report: string,
  body: readonly Content[],
  fontSize: number,
): TDocumentDefinitions {
  const { context } = data;
  const content: Content[] = [
    { text: title, style: 'title' },
    {
      text: `Customer Service Excellence · ${exportTitle(context)} · ${CONFIDENTIAL}`,
      style: 'subtitle',
    },
    ...body,
  ];
  return reportFrame(context, report, exportTitle(context), 'portrait', content, fontSize);
}
