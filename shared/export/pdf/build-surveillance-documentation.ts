import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { NextSurveillance } from '../../surveillance/plan';
import { stageTitle } from '../../records/select-stage';
import { formatLongDate } from '../../types/dates';
import type { StageId } from '../../types/ids';
import { MARK_NAMES } from '../../types/marks';
import type { AssessmentRecord } from '../../types/record';
import { DEVELOPMENT_POINT_STATUS_NAMES } from '../../types/surveillance';
import { contactsText } from '../record-header';
import type { SurveillanceExportData, SurveillanceExportOptions } from '../surveillance-data';
import {
  categoryText,
  surveillanceExportData,
  visitDateText,
  visitDaysText,
  visitModeText,
} from '../surveillance-data';
import { PDF_COLOURS, factsTable, rowsFitOnPage, titledTable } from './pdf-common';
import {
  elementCell,
  onSitePlanTable,
  surveillancePdf,
  textOrNone,
} from './surveillance-pdf-parts';

const FONT_SIZE = 9;
/** Portrait A4 content area in points (595 × 842 less margins). */
const CONTENT_HEIGHT = 842 - 44 - 36;
const POINT_WIDTHS = [120, 185, 198] as const;

/** The note to the client: what a surveillance is, when it happens, what it looks at. */
function aboutSection(data: SurveillanceExportData): Content[] {
  const { item } = data.preparation;
  const contacted = item.contactedOn;
  const when: string[] = [];
  if (item.due !== null) {
    when.push(`This surveillance is due on ${formatLongDate(item.due)}: ${item.basis}.`);
  }
  if (contacted !== null) {
    when.push(`The certifying body contacted you about it on ${formatLongDate(contacted)}.`);
  } else if (item.contact !== null) {
    when.push(
      `The certifying body will contact you about it around ${formatLongDate(item.contact)}.`,
    );
  }
  return [
    { text: 'About the surveillance', style: 'h1' },
    {
      margin: [0, 0, 0, 4],
      text: 'A surveillance takes place one year after accreditation, and one year after the previous surveillance, to confirm that your organisation continues to meet the Customer Service Excellence standard. Its focus is the progress you have made on the development points raised at the last assessment and what has changed since the last assessment.',
    },
    {
      margin: [0, 0, 0, 4],
      text: [
        'The certifying body contacts you about two months before a surveillance is due. ',
        ...when.map((w) => `${w} `),
      ],
    },
    {
      margin: [0, 0, 0, 4],
      text: 'The first surveillance, and that of any client in the High category, is held on-site; the second surveillance is off-site for the Low category and on-site for the High category. The outline plan for the second surveillance is made after the first and detailed two weeks before it.',
    },
  ];
}

function receiptCell(document: NextSurveillance['documents'][number]): TableCell {
  const state = document.receiptConfirmed
    ? {
        text: `✓ Receipt confirmed${document.receivedOn === null ? '' : ` ${formatLongDate(document.receivedOn)}`}`,
        bold: true,
        color: PDF_COLOURS.navy,
      }
    : { text: '☐ Assessor to confirm receipt', color: PDF_COLOURS.grey };
  const note = document.note.trim();
  return note === ''
    ? state
    : { stack: [state, { text: note, style: 'small', margin: [0, 2, 0, 0] }] };
}

function documentsTable(preparation: NextSurveillance): Content[] {
  const { documents, documentsOutstanding } = preparation;
  const received = documents.length - documentsOutstanding;
  return [
    { text: 'Before the visit', style: 'h1' },
    {
      margin: [0, 0, 0, 2],
      text: 'Please send the documents listed below before the visit; the assessor will confirm receipt of each. Please also respond to each development point listed after them: these were raised at the last assessment or before it, and most relate to partial compliances. Say, for each, what has been done since and where the assessor can see the evidence.',
    },
    titledTable({
      title: `Documents requested — receipt confirmed for ${received} of ${documents.length}`,
      headers: ['Document requested', 'Assessor to confirm receipt'],
      widths: ['*', 205],
      rows: documents.map((d): TableCell[] => [d.name, receiptCell(d)]),
      dontBreakRows: true,
      keepWithFirstRow: true,
    }),
  ];
}

function pointRows(data: SurveillanceExportData): { rows: TableCell[][]; texts: string[][] } {
  const { stage } = data.context;
  const base = data.preparation.basedOn;
  const rows: TableCell[][] = [];
  const texts: string[][] = [];
  for (const point of data.preparation.openPoints) {
    const before = point.steps.find((s) => s.stageId === base?.stageId);
    const now = point.steps.find((s) => s.stageId === stage.id);
    const raised = `Raised at ${point.raisedAtTitle} as ${MARK_NAMES[point.raisedAs]} (${point.raisedAs})${point.nonCompliance ? ' — a non-compliance, which blocks the award' : ''}.`;
    const status =
      before && base && base.stageId !== point.raisedAt
        ? ` Status after ${base.title}: ${DEVELOPMENT_POINT_STATUS_NAMES[before.status].toLowerCase()}.`
        : '';
    const note = point.note === '' ? '(no development note written yet)' : point.note;
    const response = now?.clientResponse.trim() ?? '';
    rows.push([
      elementCell(point.element, point.statement),
      { stack: [{ text: `${raised}${status}`, style: 'small' }, note] },
      textOrNone(response, '(awaiting your response)'),
    ]);
    texts.push([point.statement, `${raised}${status}\n${note}`, response]);
  }
  return { rows, texts };
}

function pointsTable(data: SurveillanceExportData): Content[] {
  const { rows, texts } = pointRows(data);
  if (rows.length === 0) {
    rows.push([
      {
        text: 'No development point is open: there is nothing to respond to.',
        style: 'note',
        colSpan: 3,
      },
      '',
      '',
    ]);
  }
  return [
    titledTable({
      title: `Development points for your response (${data.preparation.openPoints.length})`,
      headers: ['Element', 'Development point', "Client's response"],
      widths: [...POINT_WIDTHS],
      rows,
      dontBreakRows: rowsFitOnPage(texts, POINT_WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
      keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), POINT_WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
    }),
  ];
}

function visitSection(data: SurveillanceExportData): Content[] {
  const { preparation } = data;
  const activities = preparation.activities.map((a): TableCell[] => [
    a.name,
    a.done
      ? {
          text: `✓ Done${a.note.trim() === '' ? '' : ` — ${a.note.trim()}`}`,
          color: PDF_COLOURS.navy,
        }
      : textOrNone(a.note.trim(), ''),
  ]);
  return [
    { text: 'The surveillance visit', style: 'h1' },
    factsTable([['On-site or off-site, and why', visitModeText(preparation)]], 150),
    titledTable({
      title: 'Activities',
      headers: ['Activity', 'Assessor’s note'],
      widths: ['*', 200],
      rows: activities,
      dontBreakRows: true,
      keepWithFirstRow: true,
    }),
    onSitePlanTable(preparation, FONT_SIZE, CONTENT_HEIGHT),
  ];
}

/**
 * The body of the surveillance documentation (everything under its title): the facts, the note
 * to the client, the documents, the development points to respond to and the visit. The whole
 * record PDF prints it as the stage's section 2.
 */
export function surveillanceDocumentationBody(data: SurveillanceExportData): Content[] {
  const { context, preparation } = data;
  const { organisation } = context.record;
  const { stage } = context;
  return [
    factsTable(
      [
        ['Name of organisation', organisation.name],
        ['Assessment reference number', organisation.reference],
        ['Units in scope', organisation.unitsInScope],
        ['Client contacts', contactsText(organisation)],
        ['Assessor', stage.assessor],
        ['Date of surveillance visit', visitDateText(stage, preparation)],
        ['Number of days required', visitDaysText(stage)],
        [
          `Surveillance category after ${preparation.basedOn?.title ?? 'the previous stage'}`,
          categoryText(preparation.category),
        ],
        [`Surveillance category after ${stageTitle(stage)}`, categoryText(data.categoryAfter)],
      ],
      150,
    ),
    ...aboutSection(data),
    ...documentsTable(preparation),
    ...pointsTable(data),
    ...visitSection(data),
  ];
}

/**
 * The surveillance documentation sent to the client before a surveillance (ASSESSMENT-RECORD.md
 * §2), portrait: reference, assessor, visit date and days, the category after the previous
 * stage beside the category after this one (the assessor's decision, or the labelled
 * suggestion), the note on what a surveillance is, the documents requested with their receipt,
 * the development points to respond to, on-site or off-site and why, the activities and the
 * on-site plan. Pure: `options.today` plans the cycle, `options.generatedAt` stamps it. Throws
 * `ExportError` for a stage that is not a surveillance of the record.
 */
export function buildSurveillanceDocumentation(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: SurveillanceExportOptions,
): TDocumentDefinitions {
  const data = surveillanceExportData(record, stageId, options);
  return surveillancePdf(
    data,
    'Surveillance documentation for the client',
    'Surveillance documentation',
    surveillanceDocumentationBody(data),
    FONT_SIZE,
  );
}
