import type { ExportContext } from '../export-context';
import { CONFIDENTIAL } from '../export-context';
import { continuationLabel, EXCEL_CELL_LIMIT, estimateRowHeight, splitForCells } from './layout';
import type { CellSpec, HighlightRule, PageSpec, RowSpec } from './spec';
import { cell, columnLetter } from './spec';

/**
 * Rows of the surveillance sheets, written block after block (facts, then tables of different
 * columns), with cells that span columns and texts longer than one Excel cell carried on to
 * "continued" rows beneath — never cut.
 */

/** A cell of a block row: a value, a style, and how many columns it spans (default 1). */
export interface BlockCell {
  readonly value: string | number;
  readonly style: string;
  readonly span?: number;
}

/** The rows, merges and highlights of a sheet being written. */
export interface SheetRows {
  readonly widths: readonly number[];
  readonly rows: RowSpec[];
  readonly merges: string[];
  readonly highlights: HighlightRule[];
}

export function sheetRows(widths: readonly number[]): SheetRows {
  return { widths, rows: [], merges: [], highlights: [] };
}

function spanWidths(sheet: SheetRows, cells: readonly BlockCell[]): number[] {
  let column = 0;
  return cells.map((c) => {
    const span = c.span ?? 1;
    const width = sheet.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return width;
  });
}

function place(sheet: SheetRows, cells: readonly BlockCell[], height?: number): void {
  const row = sheet.rows.length + 1;
  const out: (CellSpec | null)[] = [];
  for (const c of cells) {
    const span = c.span ?? 1;
    const first = out.length + 1;
    out.push(cell(c.value, c.style));
    for (let i = 1; i < span; i += 1) out.push(cell(null, c.style));
    if (span > 1)
      sheet.merges.push(`${columnLetter(first)}${row}:${columnLetter(first + span - 1)}${row}`);
  }
  sheet.rows.push(height === undefined ? { cells: out } : { cells: out, height });
}

/**
 * One row of a block. A text longer than an Excel cell goes on over the rows beneath, the first
 * cell of each reading "<label> continued", so the whole text is in the sheet.
 */
export function blockRow(sheet: SheetRows, cells: readonly BlockCell[]): void {
  const widths = spanWidths(sheet, cells);
  const pieces = cells.map((c) =>
    typeof c.value === 'string' && c.value.length > EXCEL_CELL_LIMIT
      ? splitForCells(c.value)
      : [c.value],
  );
  const count = Math.max(...pieces.map((p) => p.length));
  for (let i = 0; i < count; i += 1) {
    const row = cells.map((c, j): BlockCell => {
      const piece = pieces[j]?.[i] ?? '';
      if (i > 0 && j === 0) {
        return { ...c, value: continuationLabel(String(c.value)), style: 'continuation' };
      }
      return { ...c, value: piece };
    });
    place(
      sheet,
      row,
      estimateRowHeight(
        row.map((c) => String(c.value)),
        widths,
      ),
    );
  }
}

/** Header cells of a block: white on navy. */
export function blockHeader(
  sheet: SheetRows,
  labels: readonly (string | [string, number])[],
): void {
  place(
    sheet,
    labels.map((l) =>
      typeof l === 'string'
        ? { value: l, style: 'header' }
        : { value: l[0], style: 'header', span: l[1] },
    ),
    30,
  );
}

/** A text across every column (titles, notes, rules). */
export function wideRow(sheet: SheetRows, text: string, style: string, height?: number): void {
  const total = sheet.widths.reduce((a, b) => a + b, 0);
  place(
    sheet,
    [{ value: text, style, span: sheet.widths.length }],
    height ?? estimateRowHeight([text], [total]),
  );
}

/** An empty row, then a block's title. */
export function blockTitle(sheet: SheetRows, text: string): void {
  sheet.rows.push({ cells: [] });
  place(sheet, [{ value: text, style: 'subtitle', span: sheet.widths.length }], 20);
}

/** A label over the first two columns and a value spanning the others. */
export function factRow(sheet: SheetRows, label: string, value: string): void {
  blockRow(sheet, [
    { value: label, style: 'label', span: 2 },
    { value, style: 'text', span: sheet.widths.length - 2 },
  ]);
}

/** Landscape, fitted to the page width, with the organisation, the sheet and "in Confidence". */
export function surveillancePage(context: ExportContext, title: string): PageSpec {
  const { organisation } = context.record;
  return {
    orientation: 'landscape',
    headerLeft: `${organisation.name} — ${organisation.reference}`,
    headerRight: title,
    footerLeft: CONFIDENTIAL,
    fitToWidth: true,
  };
}

/** A cell of a block row. */
export function text(value: string | number, style = 'text', span?: number): BlockCell {
  return span === undefined ? { value, style } : { value, style, span };
}
