import type { CellStyle, HighlightRule } from './spec';

/** Colours shared by the workbook and the reports, RGB hex. */
export const COLOURS = {
  navy: '1F4E79',
  headingFill: 'DDEBF7',
  labelFill: 'F2F2F2',
  grey: '595959',
  confidential: 'C00000',
  cpFill: 'C6EFCE',
  cpText: '006100',
  pFill: 'FFEB9C',
  pText: '9C5700',
  ncFill: 'FFC7CE',
  ncText: '9C0006',
} as const;

/** Every named style a workbook uses. */
export const WORKBOOK_STYLES = {
  title: { bold: true, size: 14, color: COLOURS.navy },
  subtitle: { bold: true, size: 11, color: COLOURS.navy },
  confidential: { bold: true, italic: true, color: COLOURS.confidential },
  label: { bold: true, wrap: true, vertical: 'top', fill: COLOURS.labelFill, border: true },
  text: { wrap: true, vertical: 'top', border: true },
  plain: { wrap: true, vertical: 'top' },
  note: { italic: true, wrap: true, vertical: 'top', color: COLOURS.grey },
  header: {
    bold: true,
    color: 'FFFFFF',
    fill: COLOURS.navy,
    wrap: true,
    vertical: 'middle',
    horizontal: 'center',
    border: true,
  },
  heading: { bold: true, fill: COLOURS.headingFill, vertical: 'middle', border: true },
  element: { bold: true, vertical: 'top', horizontal: 'left', border: true },
  mark: { bold: true, vertical: 'top', horizontal: 'center', border: true },
  centre: { vertical: 'top', horizontal: 'center', border: true },
  continuation: { italic: true, wrap: true, vertical: 'top', color: COLOURS.grey, border: true },
  percent: { vertical: 'top', horizontal: 'center', border: true, numFmt: '0.0%' },
  verdict: { bold: true, size: 12, vertical: 'top', border: true },
  good: { fill: COLOURS.cpFill, color: COLOURS.cpText, bold: true },
  partial: { fill: COLOURS.pFill, color: COLOURS.pText, bold: true },
  bad: { fill: COLOURS.ncFill, color: COLOURS.ncText, bold: true },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof WORKBOOK_STYLES;

/** Fills that make CP, P and NC stand out in a range of mark cells; F stays plain. */
export function markHighlights(range: string): HighlightRule[] {
  return [
    { range, equals: 'CP', style: 'good' },
    { range, equals: 'P', style: 'partial' },
    { range, equals: 'NC', style: 'bad' },
  ];
}

/** Fills for the "Complies" and verdict cells of the scoring sheet. */
export function verdictHighlights(range: string): HighlightRule[] {
  return [
    { range, equals: 'Yes', style: 'good' },
    { range, equals: 'Achieved', style: 'good' },
    { range, equals: 'Incomplete', style: 'partial' },
    { range, equals: 'No', style: 'bad' },
    { range, equals: 'Not achieved', style: 'bad' },
  ];
}
