import type { DocCell, DocRow, DocTable } from '../read/doc-model';
import { leadingElementNumber } from '../text';
import type { ColumnKey } from './columns';
import { columnOf } from './columns';

/** How a table's columns are read: grid column → what it holds, and where data starts. */
export interface TableLayout {
  readonly columns: ReadonlyMap<number, ColumnKey>;
  /** Column titles by grid column, for messages about unknown columns. */
  readonly titles: ReadonlyMap<number, string>;
  /** 0-based index of the first row after the title and header rows. */
  readonly firstDataRow: number;
  readonly hasHeader: boolean;
}

/** The non-empty cell texts of a row. */
export function filledCells(row: DocRow): DocCell[] {
  return row.cells.filter((c) => c.vMerge !== 'continue' && c.text.trim() !== '');
}

/** A row that is one caption across the table: one filled cell wide, or the same text repeated. */
export function isTitleRow(row: DocRow, table: DocTable): boolean {
  const filled = filledCells(row);
  if (filled.length === 0) return false;
  const first = filled[0];
  if (!first) return false;
  if (filled.every((c) => c.text === first.text) && filled.length > 1) return true;
  return filled.length === 1 && (first.span >= table.gridColumns || row.cells.length === 1);
}

/** The columns a row's titles name, by grid column; `null` when it is not a header row. */
export function headerRowColumns(
  row: DocRow,
  singleColumn: boolean,
): Map<number, ColumnKey> | null {
  const filled = filledCells(row);
  if (filled.length === 0) return null;
  if (filled.some((c) => leadingElementNumber(c.text) !== null)) return null;
  const columns = new Map<number, ColumnKey>();
  for (const cell of filled) {
    const key = columnOf(cell.text);
    if (key !== null) columns.set(cell.gridStart, key);
  }
  const enough = columns.size >= 2 || (singleColumn && columns.size === 1);
  return enough && columns.size >= filled.length / 2 ? columns : null;
}

/**
 * A header whose titles wrap over two or three rows ("Maximum number of" over "partial
 * compliances"): each column's title is its cells' texts joined, top to bottom.
 */
function wrappedHeader(
  rows: readonly DocRow[],
  singleColumn: boolean,
): { columns: Map<number, ColumnKey>; titles: Map<number, string>; rows: number } | null {
  for (let n = 2; n <= rows.length; n += 1) {
    const texts = new Map<number, string[]>();
    for (const row of rows.slice(0, n)) {
      if (
        filledCells(row).some(
          (c) => leadingElementNumber(c.text) !== null || /^\d+$/.test(c.text.trim()),
        )
      ) {
        return null;
      }
      for (const cell of filledCells(row)) {
        const list = texts.get(cell.gridStart) ?? [];
        list.push(cell.text.trim());
        texts.set(cell.gridStart, list);
      }
    }
    const joined: DocCell[] = [...texts].map(([g, t]) => ({
      text: t.join(' '),
      gridStart: g,
      span: 1,
      vMerge: null,
    }));
    const found = headerRowColumns(
      { index: 0, cells: joined, repeatsAsHeader: false },
      singleColumn,
    );
    if (found && found.size === joined.length) {
      return { columns: found, titles: new Map(joined.map((c) => [c.gridStart, c.text])), rows: n };
    }
  }
  return null;
}

/**
 * Reads the title and header rows at the top of a table: up to two caption rows, then one or
 * more header rows (a two-row header gives each column its lower, more specific title).
 */
export function readHeader(table: DocTable): TableLayout {
  const rows = table.rows;
  let at = 0;
  const caption = (row: DocRow): boolean =>
    isTitleRow(row, table) || (filledCells(row).length === 1 && table.gridColumns > 1);
  while (at < Math.min(rows.length, 2) && rows[at] && caption(rows[at]!)) {
    if (headerRowColumns(rows[at]!, table.gridColumns <= 1)) break;
    at += 1;
  }
  const columns = new Map<number, ColumnKey>();
  const titles = new Map<number, string>();
  let hasHeader = false;
  const wrapped = wrappedHeader(rows.slice(at, at + 3), table.gridColumns <= 1);
  if (wrapped && !headerRowColumns(rows[at]!, table.gridColumns <= 1)) {
    return {
      columns: spreadSpans(wrapped.columns),
      titles: wrapped.titles,
      firstDataRow: at + wrapped.rows,
      hasHeader: true,
    };
  }
  while (at < rows.length) {
    const row = rows[at]!;
    const found = headerRowColumns(row, table.gridColumns <= 1);
    if (!found) break;
    hasHeader = true;
    for (const cell of filledCells(row)) {
      const key = found.get(cell.gridStart);
      for (let g = cell.gridStart; g < cell.gridStart + cell.span; g += 1) {
        titles.set(g, cell.text);
        if (key !== undefined && (cell.span === 1 || !columns.has(g))) columns.set(g, key);
      }
    }
    at += 1;
  }
  return {
    columns: hasHeader ? spreadSpans(columns) : columns,
    titles,
    firstDataRow: at,
    hasHeader,
  };
}

/**
 * Keeps the first column of each kind (a header cell spanning several grid columns names only
 * its first). Two "visit" columns and no visit-evidence column: the first holds the evidence.
 */
function spreadSpans(columns: Map<number, ColumnKey>): Map<number, ColumnKey> {
  const order = [...columns.keys()].sort((a, b) => a - b);
  const finals = order.filter((g) => columns.get(g) === 'finalMark');
  const hasEvidence = order.some((g) => columns.get(g) === 'visitEvidence');
  const out = new Map<number, ColumnKey>();
  const seen = new Set<ColumnKey>();
  for (const g of order) {
    let key = columns.get(g)!;
    if (key === 'finalMark' && finals.length > 1 && !hasEvidence && g === finals[0]) {
      key = 'visitEvidence';
    }
    if (seen.has(key) && key !== 'element') continue;
    seen.add(key);
    out.set(g, key);
  }
  return out;
}

/** The column a cell falls in: its first grid column that has one. */
export function columnOfCell(
  cell: DocCell,
  columns: ReadonlyMap<number, ColumnKey>,
): ColumnKey | null {
  for (let g = cell.gridStart; g < cell.gridStart + cell.span; g += 1) {
    const key = columns.get(g);
    if (key !== undefined) return key;
  }
  return null;
}

/** True when the row repeats the header (a header row again after a page break). */
export function isRepeatedHeader(row: DocRow, layout: TableLayout, singleColumn: boolean): boolean {
  if (!layout.hasHeader) return headerRowColumns(row, singleColumn) !== null && row.repeatsAsHeader;
  return headerRowColumns(row, singleColumn) !== null;
}
