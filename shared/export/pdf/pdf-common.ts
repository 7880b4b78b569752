import type {
  Content,
  CustomTableLayout,
  DynamicContent,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { MaybeMark } from '../../types/marks';
import type { ExportContext } from '../export-context';
import { CONFIDENTIAL } from '../export-context';
import { COLOURS } from '../xlsx/workbook-styles';
import { REPORT_FONT } from './render-pdf';

/** Pieces every report shares: page furniture, styles, tables and marks. */

const hex = (rgb: string): string => `#${rgb}`;

export const PDF_COLOURS = {
  navy: hex(COLOURS.navy),
  headingFill: hex(COLOURS.headingFill),
  labelFill: hex(COLOURS.labelFill),
  grey: hex(COLOURS.grey),
  rule: '#BFBFBF',
  confidential: hex(COLOURS.confidential),
} as const;

const MARK_FILLS: Readonly<Record<string, readonly [string, string]>> = {
  CP: [hex(COLOURS.cpFill), hex(COLOURS.cpText)],
  P: [hex(COLOURS.pFill), hex(COLOURS.pText)],
  NC: [hex(COLOURS.ncFill), hex(COLOURS.ncText)],
  Yes: [hex(COLOURS.cpFill), hex(COLOURS.cpText)],
  Achieved: [hex(COLOURS.cpFill), hex(COLOURS.cpText)],
  Incomplete: [hex(COLOURS.pFill), hex(COLOURS.pText)],
  No: [hex(COLOURS.ncFill), hex(COLOURS.ncText)],
  'Not achieved': [hex(COLOURS.ncFill), hex(COLOURS.ncText)],
};

export const PDF_STYLES: StyleDictionary = {
  title: { fontSize: 16, bold: true, color: PDF_COLOURS.navy, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, color: PDF_COLOURS.grey, margin: [0, 0, 0, 8] },
  h1: { fontSize: 13, bold: true, color: PDF_COLOURS.navy, margin: [0, 10, 0, 6] },
  h2: { fontSize: 10.5, bold: true, color: PDF_COLOURS.navy, margin: [0, 8, 0, 4] },
  th: { bold: true, fontSize: 8, color: '#FFFFFF', fillColor: PDF_COLOURS.navy },
  label: { bold: true, fillColor: PDF_COLOURS.labelFill },
  small: { fontSize: 7.5, color: PDF_COLOURS.grey },
  note: { italics: true, color: PDF_COLOURS.grey },
  confidential: { bold: true, italics: true, color: PDF_COLOURS.confidential },
};

/** Thin grey rules, a little padding: readable tables that print well. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => PDF_COLOURS.rule,
  vLineColor: () => PDF_COLOURS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * The facts every page of a report shows: whose record, by whom, when and by what. Reports built
 * from an `ExportContext` take them from it (`frameFacts`); others pass them in.
 */
export interface FrameFacts {
  readonly organisation: string;
  readonly reference: string;
  readonly assessor: string;
  readonly generator: string;
  /** ISO 8601, as given to the export. */
  readonly generatedAt: string;
  /** `generatedAt` as the reports print it. */
  readonly generatedText: string;
  /** The words at the left of the footer; default "Commercial in Confidence". */
  readonly footer?: string;
  /** The certifying body as the page footer prints it (`certifyingBodyLines`); none when absent. */
  readonly certifyingBodyLines?: readonly string[];
}

/** The frame facts of an export of one stage. */
export function frameFacts(context: ExportContext): FrameFacts {
  const { name, reference } = context.record.organisation;
  return {
    organisation: name,
    reference,
    assessor: context.stage.assessor,
    generator: context.generator,
    generatedAt: context.generatedAt,
    generatedText: context.generatedText,
    certifyingBodyLines: context.certifyingBodyLines,
  };
}

/** A page header: organisation and reference (left), the report and stage (right). */
function pageHeader(facts: FrameFacts, report: string, stage: string): DynamicContent {
  return () => ({
    margin: [30, 14, 30, 0],
    columns: [
      { stack: [facts.organisation, `Reference ${facts.reference}`], style: 'small', width: '*' },
      { stack: [report, stage], style: 'small', alignment: 'right', width: 'auto' },
    ],
  });
}

/**
 * "Commercial in Confidence" (or the footer given), the generation date and "Page x of n"; under
 * them, when set, the certifying body's name, address, telephone and web site, as its Word record
 * prints them.
 */
function pageFooter(facts: FrameFacts): DynamicContent {
  const body = facts.certifyingBodyLines ?? [];
  return (page, count) => ({
    margin: [30, body.length > 0 ? 6 : 8, 30, 0],
    stack: [
      {
        columns: [
          { text: facts.footer ?? CONFIDENTIAL, style: ['small', 'confidential'], width: '*' },
          {
            text: `Generated ${facts.generatedText}`,
            style: 'small',
            alignment: 'center',
            width: '*',
          },
          { text: `Page ${page} of ${count}`, style: 'small', alignment: 'right', width: '*' },
        ],
      },
      ...body.map((line): Content => ({
        text: line,
        fontSize: 6.5,
        color: PDF_COLOURS.grey,
        alignment: 'center',
      })),
    ],
  });
}

/** Bottom page margin: room for the footer, and for the certifying body's lines when set. */
export function bottomMargin(facts: FrameFacts): number {
  return (facts.certifyingBodyLines ?? []).length > 0 ? 50 : 36;
}

/** The frame of a report: page size, margins, header, footer, styles, metadata. */
export function reportFrame(
  context: ExportContext | FrameFacts,
  report: string,
  stage: string,
  orientation: 'portrait' | 'landscape',
  content: Content[],
  fontSize: number,
): TDocumentDefinitions {
  const facts = 'record' in context ? frameFacts(context) : context;
  const created = new Date(facts.generatedAt);
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [30, 44, 30, bottomMargin(facts)],
    info: {
      title: `${report} — ${stage} — ${facts.organisation}`,
      author: facts.assessor,
      subject: `Customer Service Excellence, reference ${facts.reference}`,
      creator: facts.generator,
      producer: facts.generator,
      ...(Number.isNaN(created.getTime()) ? {} : { creationDate: created, modDate: created }),
    },
    header: pageHeader(facts, report, stage),
    footer: pageFooter(facts),
    defaultStyle: { font: REPORT_FONT, fontSize, lineHeight: 1.1 },
    styles: PDF_STYLES,
    content,
  };
}

/** A table cell holding a mark or a verdict word. */
export interface MarkCell {
  readonly text: string;
  readonly bold: true;
  readonly alignment: 'center' | 'left';
  readonly fontSize?: number;
  readonly fillColor?: string;
  readonly color?: string;
}

/** A mark cell: bold, centred, CP green, P amber, NC red (the workbook's colours). */
export function markCell(mark: MaybeMark | string, fontSize?: number): MarkCell {
  const text = mark ?? '';
  const fill = MARK_FILLS[text];
  return {
    text,
    bold: true,
    alignment: 'center',
    ...(fontSize === undefined ? {} : { fontSize }),
    ...(fill ? { fillColor: fill[0], color: fill[1] } : {}),
  };
}

/**
 * A table whose title is its first header row, so the title can never be left alone at the
 * foot of a page and is repeated, with the column headers, on every page the table runs onto.
 */
export function titledTable(spec: {
  readonly title: string;
  readonly headers: readonly string[];
  readonly widths: readonly (number | '*')[];
  readonly rows: readonly TableCell[][];
  /** Keep each row on one page; only when every row is clearly shorter than a page. */
  readonly dontBreakRows: boolean;
  /**
   * Keep the title and headers with the first row; only when that row is clearly shorter than
   * a page, since pdfmake drops an unbreakable block taller than a page.
   */
  readonly keepWithFirstRow: boolean;
}): Content {
  const span = spec.headers.length;
  const title: TableCell[] = [
    {
      text: spec.title,
      style: 'h2',
      colSpan: span,
      border: [false, false, false, false],
      margin: [-4, 6, 0, 0],
    },
    ...Array.from({ length: span - 1 }, () => ''),
  ];
  return {
    layout: { ...GRID, hLineWidth: (i) => (i === 0 ? 0 : 0.5) },
    table: {
      headerRows: 2,
      keepWithHeaderRows: spec.keepWithFirstRow ? 1 : 0,
      dontBreakRows: spec.dontBreakRows,
      widths: [...spec.widths],
      body: [title, headerCells(spec.headers), ...spec.rows],
    },
  };
}

/** Header cells of a table. */
export function headerCells(labels: readonly string[]): TableCell[] {
  return labels.map((text) => ({ text, style: 'th' }));
}

/** A two-column table of labels and values. */
export function factsTable(
  rows: readonly (readonly [string, string])[],
  labelWidth: number,
): Content {
  return {
    layout: GRID,
    table: {
      widths: [labelWidth, '*'],
      dontBreakRows: true,
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
    },
  };
}

/**
 * Whether a table's rows can each be kept on one page. pdfmake drops a row that is taller than
 * a page when `dontBreakRows` is set, so rows are kept whole only when the tallest is clearly
 * shorter than a page (estimated from characters per line, erring tall).
 */
export function rowsFitOnPage(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  fontSize: number,
  pageHeight: number,
): boolean {
  const charWidth = fontSize * 0.6;
  const lineHeight = fontSize * 1.35;
  for (const row of rows) {
    let tallest = 0;
    row.forEach((text, i) => {
      const perLine = Math.max(1, Math.floor(((widths[i] ?? 40) - 8) / charWidth));
      const lines = text
        .split('\n')
        .reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
      tallest = Math.max(tallest, lines * lineHeight + 8);
    });
    if (tallest > pageHeight * 0.45) return false;
  }
  return true;
}
