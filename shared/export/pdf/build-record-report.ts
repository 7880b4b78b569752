import { stageTitle } from '../../records/select-stage';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CatalogueSubCriterion } from '../../catalogue/catalogue';
import type { LinkedEvidenceItem } from '../../evidence/links';
import { VERDICT_NAMES } from '../../scoring/score-types';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord, ElementEntry } from '../../types/record';
import type { ExportContext, ExportOptions } from '../export-context';
import { CONFIDENTIAL, exportContext, exportTitle } from '../export-context';
import { linkedEvidenceLine } from '../linked-evidence';
import {
  contactsText,
  cycleDateRows,
  headerStages,
  keyDateTable,
  signOffText,
} from '../record-header';
import {
  cyclesTable,
  factsGrid,
  keyDatesTable,
  keyOfMarks,
  labelsAboveValues,
} from './header-tables';
import { markCell, reportFrame, rowsFitOnPage, titledTable } from './pdf-common';
import { developmentPointsPdf } from './record-facts-pdf';
import { allCycleDates, cycleDates } from '../../records/record-facts';

const FONT_SIZE = 8;
/** Landscape A4 text width in points (842 less margins). */
export const LANDSCAPE_WIDTH = 782;
/** Landscape A4 content area in points (842 × 595 less margins). */
const CONTENT_HEIGHT = 595 - 44 - 36;
const FIXED = { element: 150, questions: 105, visit: 120, vo: 24, dtr: 30, final: 40 } as const;
const EVIDENCE = 782 - Object.values(FIXED).reduce((a, b) => a + b, 0) - 7 * 9;
const WIDTHS = [
  FIXED.element,
  EVIDENCE,
  FIXED.questions,
  FIXED.visit,
  FIXED.vo,
  FIXED.dtr,
  FIXED.final,
];
/** Widths of the notes tables, the last one as laid out (for estimates). */
const NOTE_WIDTHS = [40, 200, 34, 40, 782 - 314 - 45];
const HEADERS = [
  'Element',
  'Desk-top evidence',
  'Key questions / person asked',
  'Visit day(s) evidence',
  'VO',
  'DTR result',
  'Visit (final) result',
];

/**
 * The desk-top evidence cell: the assessor's text, then a "Linked:" line for each document or
 * passage linked to the element (just the text when nothing is linked).
 */
function deskTopCell(text: string, linked: readonly LinkedEvidenceItem[]): TableCell {
  if (linked.length === 0) return text;
  const lines: Content[] = linked.map((item) => ({
    text: [{ text: 'Linked: ', bold: true }, linkedEvidenceLine(item)],
    fontSize: 7,
    color: '#1F3864',
    margin: [0, 1, 0, 0],
  }));
  return { stack: text.trim() === '' ? lines : [text, { stack: lines, margin: [0, 3, 0, 0] }] };
}

/** One sub-criterion: a titled table with a row per element (the title repeats on each page). */
function subCriterionTable(context: ExportContext, sub: CatalogueSubCriterion): Content {
  const rows: TableCell[][] = [];
  const texts: string[][] = [];
  for (const element of sub.elements) {
    const entry = context.entry(element.id);
    const linked = context.linked(element.id);
    rows.push([
      {
        stack: [
          { text: element.id, bold: true },
          { text: element.statement, fontSize: 7, color: '#404040' },
        ],
      },
      deskTopCell(entry.deskTopEvidence, linked),
      entry.keyQuestions,
      entry.visitEvidence,
      { text: entry.verifiedOnSite ? 'VO' : '', alignment: 'center' },
      markCell(entry.dtrMark),
      markCell(entry.finalMark),
    ]);
    const deskTop = [
      entry.deskTopEvidence,
      ...linked.map((l) => `Linked: ${linkedEvidenceLine(l)}`),
    ];
    texts.push([element.statement, deskTop.join('\n'), entry.keyQuestions, entry.visitEvidence]);
  }
  return titledTable({
    title: `${sub.id} ${sub.name}`,
    headers: HEADERS,
    widths: WIDTHS,
    rows,
    dontBreakRows: rowsFitOnPage(texts, WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
    keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
  });
}

/**
 * A list of element texts after the tables: the Compliance Plus justifications (as the paper
 * record has them) or the development points. Elements with the text written, or with a mark
 * that calls for it, are listed.
 */
function notesSection(
  context: ExportContext,
  field: 'cpJustification' | 'developmentNote',
  title: string,
  column: string,
  calledFor: (entry: ElementEntry) => boolean,
): Content {
  const widths = [40, 200, 34, 40, '*'] as const;
  const rows: TableCell[][] = [];
  const texts: string[][] = [];
  for (const element of context.catalogue.elements) {
    const entry = context.entry(element.id);
    if (!calledFor(entry) && entry[field].trim() === '') continue;
    const text = entry[field].trim() === '' ? '(not written)' : entry[field];
    rows.push([
      { text: element.id, bold: true },
      { text: element.statement, fontSize: 7 },
      markCell(entry.dtrMark),
      markCell(entry.finalMark),
      text,
    ]);
    texts.push([element.id, element.statement, '', '', text]);
  }
  if (rows.length === 0) {
    rows.push([{ text: 'None.', colSpan: 5, style: 'note' }, '', '', '', '']);
  }
  return titledTable({
    title,
    headers: ['Element', 'Statement', 'DTR result', 'Visit (final) result', column],
    widths: [...widths],
    rows,
    dontBreakRows: rowsFitOnPage(texts, NOTE_WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
    keepWithFirstRow: rowsFitOnPage(texts.slice(0, 1), NOTE_WIDTHS, FONT_SIZE, CONTENT_HEIGHT),
  });
}

/** Stages per table of assessors and key dates, so that the columns stay readable. */
const STAGES_PER_TABLE = 4;

/**
 * The record's header, laid out to fit the first landscape page: organisation and stage facts in
 * two columns, assessors and key dates (with the category after each stage), the cycle dates
 * with labels above values as the certifying body's record has them, and the key of marks.
 * `whole`: every stage and every cycle of the record (the whole-record PDF), not only the
 * exported stage's cycle.
 */
export function recordHeader(context: ExportContext, whole = false): Content[] {
  const { organisation } = context.record;
  const { final, dtr } = context.scores;
  const stages = whole ? context.record.stages : headerStages(context);
  const tables: Content[] = [];
  for (let i = 0; i < stages.length; i += STAGES_PER_TABLE) {
    const some = stages.slice(i, i + STAGES_PER_TABLE);
    tables.push(keyDatesTable(keyDateTable(context.record, some, context.profile), 230));
  }
  const cycles = whole
    ? [...new Set(allCycleDates(context.record).map((d) => d.cycle))]
    : [context.stage.cycle];
  return [
    { text: 'Customer Service Excellence — assessment record', style: 'title' },
    {
      text: `${whole ? 'The whole record, every stage' : exportTitle(context)} · ${CONFIDENTIAL}`,
      style: 'subtitle',
    },
    factsGrid([
      ['Name of organisation', organisation.name],
      whole
        ? ['Assessment reference number', organisation.reference]
        : [
            'Assessment reference number',
            organisation.reference,
            'Assessor',
            context.stage.assessor,
          ],
      ['Units in scope', organisation.unitsInScope],
      ['Client contacts', contactsText(organisation)],
      [
        whole ? `Verdict at ${stageTitle(context.stage)}` : 'Verdict',
        `Visit (final) marks: ${VERDICT_NAMES[final.verdict]} · desk-top review (DTR) marks: ${VERDICT_NAMES[dtr.verdict]} (details in the assessment summary)`,
      ],
      ['Rule profile', `${context.profile.name}: ${context.profile.description}`],
      ...(whole ? [] : [['Sign-off', signOffText(context.stage)] as const]),
    ]),
    { text: 'Assessors and key dates', style: 'h2' },
    ...tables,
    cycles.length === 1
      ? labelsAboveValues(cycleDateRows(context))
      : cyclesTable(
          cycles.map((c) => [`Cycle ${c}`, ...cycleDates(context.record, c).map((d) => d.value)]),
        ),
    // The key stays with its heading.
    { unbreakable: true, stack: [{ text: 'Key of marks', style: 'h2' }, keyOfMarks()] },
  ];
}

/**
 * Section 1 of a stage, each criterion from a new landscape page: all its elements by
 * sub-criterion, then the Compliance Plus justifications and the development points at the
 * stage. `section` names the section in the headings ("Section 1 — Assessment analysis").
 */
export function analysisBody(
  context: ExportContext,
  section = 'Section 1 — Assessment analysis',
): Content[] {
  const content: Content[] = [];
  context.catalogue.criteria.forEach((criterion) => {
    content.push({
      text: `${section} · Criterion ${criterion.number}: ${criterion.name}`,
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    });
    for (const sub of criterion.subCriteria) content.push(subCriterionTable(context, sub));
  });
  content.push(
    {
      text: 'Compliance Plus justification and development points',
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    notesSection(
      context,
      'cpJustification',
      'Compliance Plus justifications',
      'Compliance Plus justification',
      (e) => e.finalMark === 'CP',
    ),
    ...developmentPointsPdf(context.record, context.stage.id, {
      width: LANDSCAPE_WIDTH,
      height: CONTENT_HEIGHT,
      fontSize: FONT_SIZE,
    }),
  );
  return content;
}

/**
 * The assessment record of one stage as a landscape pdfmake document: header (organisation,
 * reference, units in scope, assessors and key dates with the category after each stage, the
 * surveillance and recertification dates, key of marks) on the first page, then Section 1 — all
 * 57 elements by criterion and sub-criterion with desk-top evidence (and, under it, the documents
 * linked to the element in the record's evidence library), key questions, visit evidence, VO
 * and both marks — then the Compliance Plus justifications and the development points at the
 * stage. Pure; throws `ExportError` for an unknown stage.
 */
export function buildRecordReport(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: ExportOptions,
): TDocumentDefinitions {
  const context = exportContext(record, stageId, options);
  const content: Content[] = [...recordHeader(context), ...analysisBody(context)];
  return reportFrame(
    context,
    'Assessment record',
    exportTitle(context),
    'landscape',
    content,
    FONT_SIZE,
  );
}
