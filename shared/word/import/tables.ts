import type { DocCell, DocRow, DocTable, SourceRef } from '../read/doc-model';
import { matchKey } from '../text';
import type { ColumnKey } from './columns';
import type { LabelReading } from './labels';
import { labelOf } from './labels';
import type { Located, RawRow } from './raw';
import type { StageMention } from './stage-names';
import { stageMention } from './stage-names';
import type { TableLayout } from './table-shape';
import { columnOfCell, filledCells, isRepeatedHeader, isTitleRow } from './table-shape';

/** Where a cell is, for the preview and warnings. */
export function cellSource(table: DocTable, row: DocRow, cell: DocCell): SourceRef {
  return { kind: 'cell', table: table.index, row: row.index, cell: cell.gridStart + 1 };
}

/** A row's filled cells as one line, "a | b | c", for the notes. */
export function rowLine(row: DocRow): string {
  return filledCells(row)
    .map((c) => c.text)
    .join(' | ');
}

/** A row kept verbatim, or `null` for an empty row. */
export function rowAsText(table: DocTable, row: DocRow): Located | null {
  const first = filledCells(row)[0];
  return first ? { text: rowLine(row), source: cellSource(table, row, first) } : null;
}

const BULLET = /^[•·\-–—*o▪■●◦]$/;

/**
 * A titled column that holds only bullets ("•", "-") with the text in the untitled column to its
 * right (a list typed with its bullets in a column of their own): the title moves to the text.
 */
function besideBullets(table: DocTable, layout: TableLayout): TableLayout {
  const data = table.rows.slice(layout.firstDataRow);
  const texts = (g: number): string[] =>
    data.flatMap((r) =>
      filledCells(r)
        .filter((c) => c.gridStart === g)
        .map((c) => c.text.trim()),
    );
  const columns = new Map(layout.columns);
  for (const [g, key] of layout.columns) {
    const own = texts(g);
    if (own.length === 0 || !own.every((t) => BULLET.test(t))) continue;
    if (columns.has(g + 1) || texts(g + 1).length === 0) continue;
    columns.delete(g);
    columns.set(g + 1, key);
  }
  return { ...layout, columns };
}

/**
 * The data rows of a table read through its columns. Repeated header rows and empty rows are
 * skipped; captions and the text of cells under no known column come back in `unmapped`.
 */
export function readRows(
  table: DocTable,
  layout: TableLayout,
): { rows: RawRow[]; unmapped: Located[] } {
  const rows: RawRow[] = [];
  const unmapped: Located[] = [];
  const single = table.gridColumns <= 1;
  layout = besideBullets(table, layout);
  for (const row of table.rows.slice(layout.firstDataRow)) {
    if (filledCells(row).length === 0 || isRepeatedHeader(row, layout, single)) continue;
    if (isTitleRow(row, table) && !single && layout.columns.size > 1) {
      const kept = rowAsText(table, row);
      if (kept) unmapped.push(kept);
      continue;
    }
    const cells = new Map<ColumnKey, Located>();
    for (const cell of filledCells(row)) {
      if (BULLET.test(cell.text.trim())) continue;
      const key = columnOfCell(cell, layout.columns);
      const located = { text: cell.text.trim(), source: cellSource(table, row, cell) };
      if (key === null) {
        const title = layout.titles.get(cell.gridStart);
        unmapped.push({ ...located, text: title ? `${title}: ${located.text}` : located.text });
        continue;
      }
      const before = cells.get(key);
      cells.set(key, before ? { ...before, text: `${before.text}\n${located.text}` } : located);
    }
    rows.push({ source: cellSource(table, row, row.cells[0] ?? filledCells(row)[0]!), cells });
  }
  return { rows, unmapped };
}

/** A label row: the label as written and read, and the cells after it. */
export interface LabelRow {
  readonly row: DocRow;
  readonly labelText: string;
  readonly label: LabelReading | null;
  readonly values: readonly DocCell[];
}

/** The rows of a label–value table: the first filled cell is the label. */
export function labelRows(table: DocTable): LabelRow[] {
  return table.rows.flatMap((row) => {
    const cells = row.cells.filter((c) => c.vMerge !== 'continue');
    const first = cells.find((c) => c.text.trim() !== '');
    if (!first) return [];
    return [
      {
        row,
        labelText: first.text.trim(),
        label: labelOf(first.text),
        values: cells.filter((c) => c.gridStart > first.gridStart),
      },
    ];
  });
}

/** True when most rows start with a label the layout knows. */
export function isLabelTable(table: DocTable): boolean {
  const rows = labelRows(table);
  const known = rows.filter((r) => r.label !== null).length;
  return known >= 1 && known >= rows.length / 2;
}

/**
 * The stage of each column when the table's first row names stages in its columns (the table of
 * assessors and key dates); `null` when it does not.
 */
export function stageColumns(table: DocTable): Map<number, StageMention> | null {
  const first = table.rows[0];
  if (!first) return null;
  const out = new Map<number, StageMention>();
  for (const cell of first.cells) {
    if (cell.gridStart === 0 || cell.text.trim() === '') continue;
    const mention = stageMention(cell.text);
    if (!mention) return null;
    out.set(cell.gridStart, mention);
  }
  const corner = first.cells.find((c) => c.gridStart === 0)?.text.trim() ?? '';
  if (corner !== '' && labelOf(corner) !== null) return null;
  return out.size > 0 ? out : null;
}

const KEY_OF_MARKS = new Set(['cp', 'f', 'p', 'nc', 'vo', 'dtr', 'av']);

/** The key of marks: rows of abbreviation and meaning (CP, F, P, NC, VO, DTR, AV). */
export function isKeyOfMarks(table: DocTable): boolean {
  const firsts = table.rows.map((r) => matchKey(filledCells(r)[0]?.text ?? ''));
  const keys = firsts.filter((k) => KEY_OF_MARKS.has(k)).length;
  return keys >= 3 && keys >= table.rows.length - 1;
}
